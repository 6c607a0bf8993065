/// The UTF-8 offsets in a text of a set of scalar offsets, found in one walk over its bytes up to the
/// last of them. (An array of every scalar's UTF-8 offset was eight bytes written per byte of text.)
struct ScalarOffsetMap {
    /// The scalar offsets asked for, sorted.
    private let bounds: [Int]
    /// By position in `bounds`: its UTF-8 offset, or -1 past the text's last scalar.
    private let offsets: [Int]

    /// Maps `scalarOffsets` (in any order, repeats allowed) in `text`.
    init(_ scalarOffsets: [Int], in text: String) {
        var bounds = scalarOffsets
        bounds.sort()
        var bytesOfText = text  // `withUTF8` may make a copy contiguous; offsets are the same in `text`
        offsets = bytesOfText.withUTF8 { bytes in
            var offsets = Array(repeating: -1, count: bounds.count)
            let raw = UnsafeRawBufferPointer(bytes)
            var scalar = 0
            var offset = 0
            for (k, target) in bounds.enumerated() {
                while scalar < target, offset < bytes.count {
                    // the ASCII bytes among the next eight, up to the first that is not, are as many scalars:
                    // skipped at once (eight only when all were ASCII, this walk was a fifth slower)
                    if offset + 8 <= bytes.count {
                        let high = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080
                        let ascii = min(high.trailingZeroBitCount >> 3, target - scalar)
                        if ascii > 0 {
                            offset += ascii
                            scalar += ascii
                            continue
                        }
                    }
                    offset += 1
                    while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
                    scalar += 1
                }
                guard scalar == target else { break }
                offsets[k] = offset
            }
            return offsets
        }
        self.bounds = bounds
    }

    /// The UTF-8 offset where the scalar at `scalarOffset` begins (the text's end for its scalar count); nil
    /// for an offset not asked for or past the text.
    func utf8Offset(_ scalarOffset: Int) -> Int? {
        var low = 0
        var high = bounds.count
        while low < high {
            let middle = (low + high) / 2
            if bounds[middle] < scalarOffset { low = middle + 1 } else { high = middle }
        }
        guard low < bounds.count, bounds[low] == scalarOffset, offsets[low] >= 0 else { return nil }
        return offsets[low]
    }
}
