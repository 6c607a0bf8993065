/// What the ASCII fast paths rely on: in ASCII a character is one byte, and lower-casing A–Z sets one bit
/// (what `lowercased()` and case folding do to ASCII).
enum ASCIIBytes {
    /// Every byte of `text` is ASCII.
    static func isASCII(_ text: some StringProtocol) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// Unicode `White_Space` in ASCII: tab to carriage return, and the space (what `Character.isWhitespace`
    /// says of a character of one ASCII byte; `ScalarClass.isWhitespace` holds it to the tables).
    @inline(__always)
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte &- 0x09 < 5
    }

    /// The eight bytes from `offset` are all ASCII (false when fewer than eight are left): asked of one 64-bit
    /// word, so that a run of ASCII text is read eight bytes a step.
    @inline(__always)
    static func eightAreASCII(_ raw: UnsafeRawBufferPointer, at offset: Int) -> Bool {
        offset + 8 <= raw.count && raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
    }

    /// Whether one of the eight bytes of `word` is `byte`: the zero-byte test of a word (a byte of
    /// `word ^ byte…` is zero where they are equal; subtracting one borrows into its top bit only there or
    /// past a zero already found), so eight bytes are searched with a few operations.
    @inline(__always)
    static func contains(_ byte: UInt8, in word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let difference = word ^ (ones &* UInt64(byte))
        return (difference &- ones) & ~difference & 0x8080_8080_8080_8080 != 0
    }

    /// An ASCII letter, A to Z or a to z.
    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    /// A–Z as a–z; every other byte as it is.
    @inline(__always)
    static func lowered(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }

    /// `bytes` lower-cased, as a string; contiguous bytes (a string's) are read by index, not through a
    /// generic iterator.
    static func loweredString(_ bytes: some Collection<UInt8>) -> String {
        let contiguous = bytes.withContiguousStorageIfAvailable { source in
            String(unsafeUninitializedCapacity: source.count) { buffer in
                for n in 0..<source.count { buffer[n] = lowered(source[n]) }
                return source.count
            }
        }
        if let contiguous { return contiguous }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (n, byte) in zip(buffer.indices, bytes) { buffer[n] = lowered(byte) }
            return bytes.count
        }
    }
}
