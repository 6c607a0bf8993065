/// Exact UTF-8 validation of a file's bytes, quick over ASCII, and the string made from bytes it passed.
///
/// `String(validating:)` checked a file byte by byte once any byte was beyond ASCII (nine instructions a
/// byte, four fifths of decoding a file); here eight bytes at a time are asked whether any is beyond ASCII,
/// and only the sequences that start with such a byte are checked, by the table of well-formed sequences
/// (Unicode 3-7): no overlong forms, no surrogates, nothing above U+10FFFF.
enum UTF8Check {
    /// A string of `bytes` when they are well-formed UTF-8 (as `String(validating: bytes, as: UTF8.self)`),
    /// else nil. The string is copied from the bytes as checked here, without the standard library checking
    /// them again.
    static func string(validating bytes: ArraySlice<UInt8>) -> String? {
        let ascii = bytes.withUnsafeBufferPointer(isASCIIIfValid)
        guard let ascii else { return nil }
        return unsafe String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: ascii))
    }

    /// Whether `bytes` are all ASCII when they are well-formed UTF-8; nil when they are not.
    static func isASCIIIfValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var ascii = true
        var i = 0
        while i < count {
            if i + 16 <= count {
                let first = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let second = raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)
                if (first | second) & highBits == 0 {
                    i += 16
                    continue
                }
            }
            if i + 8 <= count {
                // the first byte beyond ASCII is the lowest high bit of the word read in memory order
                let high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) & highBits
                if high == 0 {
                    i += 8
                    continue
                }
                i += high.trailingZeroBitCount >> 3
            } else if base[i] < 0x80 {
                i += 1
                continue
            }
            ascii = false
            let length = sequenceLength(base, at: i, count: count)
            if length == 0 { return nil }
            i += length
        }
        return ascii
    }

    /// The length of the well-formed sequence that starts at `i` with a byte beyond ASCII, or 0 when none does.
    @inline(__always)
    private static func sequenceLength(_ bytes: UnsafePointer<UInt8>, at i: Int, count: Int) -> Int {
        @inline(__always) func continues(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
        let lead = bytes[i]
        switch lead {
        case 0xC2...0xDF:
            return i + 1 < count && continues(bytes[i + 1]) ? 2 : 0
        case 0xE0...0xEF:
            guard i + 2 < count else { return 0 }
            let second = bytes[i + 1]
            let fits = switch lead {
            case 0xE0: second >= 0xA0 && second <= 0xBF  // no overlong form
            case 0xED: second >= 0x80 && second <= 0x9F  // no surrogate
            default: continues(second)
            }
            return fits && continues(bytes[i + 2]) ? 3 : 0
        case 0xF0...0xF4:
            guard i + 3 < count else { return 0 }
            let second = bytes[i + 1]
            let fits = switch lead {
            case 0xF0: second >= 0x90 && second <= 0xBF  // no overlong form
            case 0xF4: second >= 0x80 && second <= 0x8F  // nothing above U+10FFFF
            default: continues(second)
            }
            return fits && continues(bytes[i + 2]) && continues(bytes[i + 3]) ? 4 : 0
        default:
            return 0
        }
    }
}
