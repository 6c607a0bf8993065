/// White space at the ends of a stretch of UTF-8, found on the bytes: an ASCII byte is asked as it is, a
/// scalar beyond ASCII decoded and asked of `ScalarClass.isWhitespace`.
///
/// Trimming a line through its `UnicodeScalarView` (`firstIndex`, `lastIndex`, an index step per scalar)
/// cost a thousand instructions a header line.
enum UTF8Whitespace {
    /// `range` without white space at either end, as `trimmingWhitespace` cuts it; `range` starts on a
    /// scalar of the valid UTF-8 `bytes` (a string's).
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        while start < range.upperBound {
            let byte = bytes[start]
            if byte < 0x80 {
                guard ASCIIBytes.isWhitespace(byte) else { break }
                start += 1
            } else {
                let (scalar, length) = Self.scalar(in: bytes, at: start)
                guard ScalarClass.isWhitespace(scalar) else { break }
                start += length
            }
        }
        var end = range.upperBound
        while end > start {
            let byte = bytes[end - 1]
            if byte < 0x80 {
                guard ASCIIBytes.isWhitespace(byte) else { break }
                end -= 1
            } else {
                var lead = end - 1
                while lead > start, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
                guard ScalarClass.isWhitespace(Self.scalar(in: bytes, at: lead).0) else { break }
                end = lead
            }
        }
        return start..<end
    }

    /// The scalar whose UTF-8 begins at `offset` of valid UTF-8 `bytes`, and how many bytes it takes.
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[offset])
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard offset + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = lead & (0x7F >> UInt32(length))
        for k in 1..<length { value = value << 6 | UInt32(bytes[offset + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
