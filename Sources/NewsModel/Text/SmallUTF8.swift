/// Strings of at most fifteen UTF-8 bytes beyond ASCII, made from their bits as `PackedASCII` makes ASCII
/// ones: the standard library keeps such a string in its own two words, the bytes and, in the top byte,
/// 0xA0 (immortal, small) plus the count.
enum SmallUTF8 {
    /// The string of `scalars`, or with `lowercased` of their lower-case mappings as `ScalarText.lowercased`
    /// makes it, from its bits; nil when its UTF-8 has more than fifteen bytes, or when a scalar's mapping
    /// needs the Unicode tables. `fromBits` is `PackedASCII.stringsFromBits`. (Through
    /// `String(unsafeUninitializedCapacity:)`, a word beyond ASCII cost 460 instructions, and 600 lower-cased.)
    static func string(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, lowercased: Bool, fromBits: Bool) -> String? {
        guard fromBits else { return nil }
        // room for a scalar of four bytes written past the fifteenth: each is encoded, then the count checked
        var bits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        let count = withUnsafeMutableBytes(of: &bits) { raw -> Int? in
            let buffer = raw.bindMemory(to: UInt8.self)
            var n = 0
            for scalar in scalars {
                guard let scalar = lowercased ? ScalarText.lowercaseWithoutTables(scalar) : scalar else { return nil }
                n = ScalarText.encode(scalar, into: buffer, at: n)
                guard n <= 15 else { return nil }
            }
            return n
        }
        guard let count else { return nil }
        return string((bits.0, bits.1), count: count)
    }

    /// The two words the standard library keeps a string of `count` (at most fifteen) UTF-8 bytes in: the bytes
    /// of `bytes` (the first lowest, zero past the end), and in the top byte 0xE0 (immortal, small, ASCII) or
    /// 0xA0 (immortal, small) plus the count; `isASCII` says which, where the caller knows it. `PackedASCII
    /// .stringsFromBits` checks this against strings the library made.
    @inline(__always)
    static func layout(_ bytes: (UInt64, UInt64), count: Int, isASCII: Bool? = nil) -> (UInt64, UInt64) {
        let isASCII = isASCII ?? ((bytes.0 | bytes.1) & 0x8080_8080_8080_8080 == 0)
        return (bytes.0, bytes.1 | UInt64((isASCII ? 0xE0 : 0xA0) | count) << 56)
    }

    /// The string of the `count` (at most fifteen) UTF-8 bytes in `bytes`, laid out as `layout` says and moved
    /// out of memory as a string the caller owns (bit-cast, or copied, a string is retained, 14 instructions
    /// each time); only where `PackedASCII.stringsFromBits` holds.
    @inline(__always)
    static func string(_ bytes: (UInt64, UInt64), count: Int, isASCII: Bool? = nil) -> String {
        var bits = layout(bytes, count: count, isASCII: isASCII)
        return withUnsafeMutablePointer(to: &bits) { $0.withMemoryRebound(to: String.self, capacity: 1) { $0.move() } }
    }
}
