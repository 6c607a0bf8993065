/// What the ASCII fast paths rely on: in ASCII a character is one byte, and lower-casing A–Z sets one bit
/// (what `lowercased()` and case folding do to ASCII).
enum ASCIIBytes {
    /// Every byte of `text` is ASCII.
    static func isASCII(_ text: some StringProtocol) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }

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
