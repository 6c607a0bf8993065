/// Up to fifteen ASCII bytes held in two integers, the first byte lowest: a short word read once, lower-cased
/// eight bytes at a time and made into a string without writing its bytes one by one.
struct PackedASCII: Equatable {
    /// The first eight bytes, the first lowest; zero past the end.
    var low: UInt64
    /// Bytes eight to fourteen, the first lowest; zero past the end (the top byte is always zero).
    var high: UInt64
    /// How many bytes: at most fifteen.
    var count: Int

    /// Strings are made from their bits (`string(fromBits:)`, `SmallUTF8`): the standard library lays out a
    /// short ASCII string as `smallStringBits` says, checked once for every count against strings it made, and
    /// a short one beyond ASCII as `SmallUTF8` says, checked on three. (Where it does
    /// not, as on a 32-bit platform, strings are made by `String(unsafeUninitializedCapacity:)`.)
    static let stringsFromBits: Bool = {
        guard MemoryLayout<String>.size == 16 else { return false }
        #if _endian(little)
        let bytes = Array("abcdefghijklmnoABCDEFGHIJKLMNO".utf8)
        return (0...15).allSatisfy { count in
            let packed = PackedASCII(bytes[count..<count + count])
            let made = String(decoding: bytes[count..<count + count], as: UTF8.self)
            let bits = unsafeBitCast(made, to: (UInt64, UInt64).self)
            return bits == packed.smallStringBits && packed.string(fromBits: false) == made
        } && ["für", "éééééé\u{2019}", "\u{1F600}zo’n"].allSatisfy { text in  // and beyond ASCII (`SmallUTF8`): 0xA0
            let bytes = Array(text.utf8)
            let made = String(decoding: bytes, as: UTF8.self)
            var packed: (UInt64, UInt64) = (0, 0)
            withUnsafeMutableBytes(of: &packed) { raw in
                for (n, byte) in bytes.enumerated() where n < 15 { raw[n] = byte }
            }
            return bytes.count <= 15
                && unsafeBitCast(made, to: (UInt64, UInt64).self) == SmallUTF8.layout(packed, count: bytes.count)
        }
        #else
        return false
        #endif
    }()

    /// The bytes of `bytes` (ASCII, at most fifteen).
    init(_ bytes: some Collection<UInt8>) {
        low = 0
        high = 0
        count = 0
        for byte in bytes {
            if count < 8 { low |= UInt64(byte) << (8 * count) } else { high |= UInt64(byte) << (8 * (count - 8)) }
            count += 1
        }
    }

    init(low: UInt64, high: UInt64, count: Int) {
        self.low = low
        self.high = high
        self.count = count
    }

    /// The `count` bytes (one to fifteen) that `low` and `high` hold the other way round, as shifting each byte
    /// in from below leaves them: the last byte lowest in `low`, the two read as one 128-bit number.
    init(lastByteLowest low: UInt64, _ high: UInt64, count: Int) {
        // reversed, the sixteen bytes hold byte k at 16 - count + k: shifted down by 16 - count bytes
        let (reversedLow, reversedHigh) = (high.byteSwapped, low.byteSwapped)
        let shift = UInt64(truncatingIfNeeded: 8 &* (16 &- count))
        if shift < 64 {
            self.init(low: reversedLow &>> shift | reversedHigh &<< (64 &- shift), high: reversedHigh &>> shift, count: count)
        } else {
            self.init(low: reversedHigh &>> (shift &- 64), high: 0, count: count)
        }
    }

    /// One ASCII scalar's value, as one byte.
    init(ascii value: UInt32) {
        self.init(low: UInt64(value), high: 0, count: 1)
    }

    /// `ASCIIBytes.lowered` of every byte, eight at once: each byte from 0x41 to 0x5A gets 0x20.
    var lowercased: PackedASCII {
        PackedASCII(low: Self.lowered(low), high: Self.lowered(high), count: count)
    }

    /// The two words of a string of these bytes in the standard library's "small" layout on a 64-bit
    /// little-endian platform: the bytes, and in the top byte of the second word 0xE0 (immortal, small,
    /// ASCII) plus the count.
    var smallStringBits: (UInt64, UInt64) {
        SmallUTF8.layout((low, high), count: count, isASCII: true)
    }

    /// The string of these bytes; `fromBits` is `stringsFromBits`, read once by the caller. From the bits, a
    /// string is two words stored (`String(unsafeUninitializedCapacity:)`, which calls back a closure and
    /// validates the bytes, cost 97 instructions a word), by `SmallUTF8.string`: a caller that needs the string
    /// twice makes it twice, as a copy is retained.
    @inline(__always)
    func string(fromBits: Bool) -> String {
        guard fromBits else { return initializedString() }
        return SmallUTF8.string((low, high), count: count, isASCII: true)
    }

    /// The string of these bytes, written by the initializer: the first eight stored at once. Asked for
    /// fifteen bytes of room, the standard library hands out a small string's own storage.
    private func initializedString() -> String {
        String(unsafeUninitializedCapacity: 15) { buffer in
            let bytes = UnsafeMutableRawBufferPointer(buffer)
            bytes.storeBytes(of: low.littleEndian, as: UInt64.self)
            var high = high
            for index in min(count, 8)..<count {
                bytes[index] = UInt8(truncatingIfNeeded: high)
                high >>= 8
            }
            return count
        }
    }

    /// `ASCIIBytes.lowered` of the eight ASCII bytes of `word` at once.
    private static func lowered(_ word: UInt64) -> UInt64 {
        // no byte is above 0x7F, so neither sum carries into the next byte; each high bit says byte ≥ 0x41, ≥ 0x5B
        let fromA = word &+ 0x3F3F_3F3F_3F3F_3F3F  // 0x80 - 0x41 in each byte
        let pastZ = word &+ 0x2525_2525_2525_2525  // 0x80 - 0x5B
        let capitals = fromA & ~pastZ & 0x8080_8080_8080_8080
        return word | capitals >> 2
    }
}
