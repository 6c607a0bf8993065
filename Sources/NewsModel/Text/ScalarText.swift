/// Strings made from runs of an article's scalars: tokens, mentions and quote texts.
enum ScalarText {
    /// The text of `scalars`, encoded as UTF-8 in one pass into one buffer (appending scalars to a string's
    /// scalar view one by one cost a twentieth of the analysis).
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var capacity = 0
        for scalar in scalars { capacity += UTF8.width(scalar) }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var n = 0
            for scalar in scalars {
                if scalar.isASCII {
                    buffer[n] = UInt8(truncatingIfNeeded: scalar.value)
                    n += 1
                } else {
                    for byte in scalar.utf8 {
                        buffer[n] = byte
                        n += 1
                    }
                }
            }
            return n
        }
    }

    /// The text of ASCII `scalars` with A–Z made a–z, which is what `lowercased()` does to ASCII.
    static func asciiLowercased(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(unsafeUninitializedCapacity: scalars.count) { buffer in
            for (n, scalar) in zip(buffer.indices, scalars) {
                let byte = UInt8(truncatingIfNeeded: scalar.value)
                buffer[n] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
            }
            return scalars.count
        }
    }
}
