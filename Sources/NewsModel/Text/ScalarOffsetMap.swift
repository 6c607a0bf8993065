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
            var scalar = 0  // the scalars that begin before `offset`
            var offset = 0
            for (k, target) in bounds.enumerated() {
                // the target begins at least as many bytes on as it is scalars on: the scalars that begin in those
                // bytes are counted at once, and each of them that continues a scalar is one byte more to go
                // (stepping over every scalar beyond ASCII and the ASCII up to it, the walk cost four instructions
                // a byte; now one)
                while scalar < target {
                    let step = target - scalar
                    guard step <= bytes.count - offset else { return offsets }  // past the text's last scalar
                    if step < 8, offset + 8 <= bytes.count {
                        // a few bytes, most often the continuation bytes of the step before: in one word, the bytes
                        // after them masked off (a call to count them cost a hundred instructions)
                        let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                        scalar += step - ScalarText.continuationCount(word & (1 << (8 * step) - 1))
                    } else {
                        scalar += ScalarText.scalarCount(UnsafeBufferPointer(rebasing: bytes[offset..<offset + step]))
                    }
                    offset += step
                }
                guard scalar == target else { break }
                while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }  // the rest of the scalar before
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
