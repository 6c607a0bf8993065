/// Text of ASCII and the letters À to ſ (U+00C0 to U+017F: two bytes each in UTF-8, lead byte C3 to C5) mapped
/// byte by byte, each letter from a table of what it becomes: most names beyond ASCII are such text, and the
/// standard library's and Foundation's case mapping and folding, scalar by scalar, cost thousands of
/// instructions a word.
enum LatinLetters {
    /// By letter from U+00C0, the UTF-8 of what `transform` makes of it alone.
    static func table(_ transform: (String) -> String) -> [[UInt8]] {
        (0xC0...0x17F).map { value in
            Array(transform(Unicode.Scalar(UInt32(value)).map { String(Character($0)) } ?? "").utf8)
        }
    }

    /// Writes `bytes` into `buffer` with each ASCII byte lower-cased, each letter À to ſ replaced by its entry in
    /// `letters` (a `table`), and each run that `kept` measures at an offset (a length above 0) copied as it is;
    /// returns how many bytes it wrote, or 0 for text with any other scalar, a letter whose entry is empty, or a
    /// buffer too small.
    @inline(__always)
    static func map(_ bytes: UnsafeBufferPointer<UInt8>, letters: [[UInt8]], into buffer: UnsafeMutableRawBufferPointer,
                    keeping kept: (UnsafeBufferPointer<UInt8>, Int) -> Int = { _, _ in 0 }) -> Int {
        var at = 0, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                guard at < buffer.count else { return 0 }
                buffer[at] = ASCIIBytes.lowered(byte)
                at += 1
                index += 1
                continue
            }
            let run = kept(bytes, index)
            if run > 0 {
                guard at + run <= buffer.count else { return 0 }
                for offset in 0..<run { buffer[at + offset] = bytes[index + offset] }
                at += run
                index += run
                continue
            }
            guard (0xC3...0xC5).contains(byte), index + 1 < bytes.count, bytes[index + 1] & 0xC0 == 0x80 else { return 0 }
            let scalar = Int(byte & 0x1F) << 6 | Int(bytes[index + 1] & 0x3F)
            guard scalar >= 0xC0 else { return 0 }
            let letter = letters[scalar - 0xC0]
            guard !letter.isEmpty, at + letter.count <= buffer.count else { return 0 }
            for mapped in letter {
                buffer[at] = mapped
                at += 1
            }
            index += 2
        }
        return at
    }
}
