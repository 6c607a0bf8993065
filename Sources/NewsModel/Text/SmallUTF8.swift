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
        var bits: (UInt64, UInt64) = (0, 0)
        let count = withUnsafeMutableBytes(of: &bits) { raw -> Int? in
            var n = 0
            for scalar in scalars {
                guard let scalar = lowercased ? ScalarText.lowercaseWithoutTables(scalar) : scalar else { return nil }
                let value = scalar.value
                let width = UTF8.width(scalar)
                guard n + width <= 15 else { return nil }
                switch width {
                case 1:
                    raw[n] = UInt8(truncatingIfNeeded: value)
                case 2:
                    raw[n] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
                    raw[n + 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                case 3:
                    raw[n] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
                    raw[n + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
                    raw[n + 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                default:
                    raw[n] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
                    raw[n + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
                    raw[n + 2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
                    raw[n + 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                }
                n += width
            }
            return n
        }
        guard let count else { return nil }
        let isASCII = (bits.0 | bits.1) & 0x8080_8080_8080_8080 == 0
        bits.1 |= UInt64((isASCII ? 0xE0 : 0xA0) | count) << 56
        return withUnsafeMutablePointer(to: &bits) { $0.withMemoryRebound(to: String.self, capacity: 1) { $0.move() } }
    }
}
