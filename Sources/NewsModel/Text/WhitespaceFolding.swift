/// Text with each run of white space made one space and the ends trimmed, on UTF-8 bytes: for comparing
/// paragraphs (`ArticleAnalyzer.markRepeats`) and for one-line header values (`foldingWhitespace`).
enum WhitespaceFolding {
    /// Writes `text` into `bytes` as UTF-8 with each run of white space made one space and the ends trimmed;
    /// returns how many words it has, and whether every scalar written is a character of its own
    /// (`ScalarText.isOneScalarPerCharacter` of the result). The text is copied into a buffer used again for
    /// every paragraph and folded there in place: an ASCII byte is its own scalar and is asked of directly,
    /// only a byte beyond ASCII is decoded, and a word is moved only when white space before it was dropped. (Decoding every scalar and appending each
    /// word's run of bytes cost forty instructions a byte, a twentieth of the analysis.)
    static func fold(_ text: some StringProtocol, into bytes: inout [UInt8]) -> (words: Int, oneScalarPerCharacter: Bool) {
        bytes.removeAll(keepingCapacity: true)
        // from contiguous storage in one copy: a view's UTF-8 was appended byte by byte
        if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil { bytes.append(contentsOf: text.utf8) }
        let (length, words, oneScalarPerCharacter) = bytes.withUnsafeMutableBufferPointer(foldInPlace)
        bytes.removeLast(bytes.count - length)
        return (words, oneScalarPerCharacter)
    }

    /// Folds the UTF-8 in `buffer` into its own front (the folded text is never longer); returns the folded
    /// length, the words and whether every scalar is a character of its own.
    private static func foldInPlace(_ buffer: inout UnsafeMutableBufferPointer<UInt8>)
        -> (length: Int, words: Int, oneScalarPerCharacter: Bool) {
        let source = UnsafeBufferPointer(buffer)
        let raw = UnsafeRawBufferPointer(source)
        let count = buffer.count
        var i = 0  // read
        var n = 0  // written
        var words = 0
        var oneScalarPerCharacter = true
        while true {
            // white space up to the next word
            while i < count {
                let byte = source[i]
                if byte < 0x80 {
                    guard ASCIIBytes.isWhitespace(byte) else { break }
                    i += 1
                    continue
                }
                let width = ScalarText.width(ofLead: byte)
                guard ScalarClass.isWhitespace(ScalarText.decode(i, width, in: source)) else { break }
                i += width
            }
            guard i < count else { break }
            if words > 0 {
                buffer[n] = 0x20
                n += 1
            }
            words += 1
            // the word, up to the next white space, moved down only when white space was dropped before it
            let start = i
            while i < count {
                // eight bytes at a time up to the first that is white space or beyond ASCII: a high bit set in
                // each byte below 0x21 or from 0x80 (a borrow reaches only bytes above the first such byte)
                if i + 8 <= count {
                    let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                    let special = ((word &- 0x2121_2121_2121_2121) | word) & 0x8080_8080_8080_8080
                    guard special != 0 else {
                        i += 8
                        continue
                    }
                    i += special.trailingZeroBitCount / 8
                }
                let byte = source[i]
                if byte < 0x80 {
                    if ASCIIBytes.isWhitespace(byte) { break }
                    i += 1
                    continue
                }
                let width = ScalarText.width(ofLead: byte)
                let scalar = ScalarText.decode(i, width, in: source)
                if ScalarClass.isWhitespace(scalar) { break }
                if oneScalarPerCharacter { oneScalarPerCharacter = ScalarText.isOneScalarPerCharacter(scalar) }
                i += width
            }
            if n != start {
                for k in 0..<i - start { buffer[n + k] = source[start + k] }  // forwards: `n` is below `start`
            }
            n += i - start
        }
        return (n, words, oneScalarPerCharacter)
    }
}
