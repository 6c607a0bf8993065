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
                let width = ScalarText.width(ofLead: byte)
                guard ScalarClass.isWhitespace(ScalarText.decode(start, width, in: bytes)) else { break }
                start += width
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
                guard ScalarClass.isWhitespace(ScalarText.decode(lead, ScalarText.width(ofLead: bytes[lead]), in: bytes)) else { break }
                end = lead
            }
        }
        return start..<end
    }
}
