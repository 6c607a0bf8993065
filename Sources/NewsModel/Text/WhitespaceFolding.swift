/// Text with each run of white space made one space and the ends trimmed, on UTF-8 bytes: for comparing
/// paragraphs (`ArticleAnalyzer.markRepeats`) and for one-line header values (`foldingWhitespace`).
enum WhitespaceFolding {
    /// Writes `text` into `bytes` as UTF-8 with each run of white space made one space and the ends trimmed;
    /// returns how many words it has, and whether every scalar written is a character of its own
    /// (`ScalarText.isOneScalarPerCharacter` of the result). One pass over the text's UTF-8 bytes, copied in
    /// runs, into a buffer used again for every paragraph; only a byte beyond ASCII is decoded, to ask
    /// whether its scalar is white space (appending scalar by scalar was a fortieth of the analysis).
    static func fold(_ text: String, into bytes: inout [UInt8]) -> (words: Int, oneScalarPerCharacter: Bool) {
        var text = text
        return text.withUTF8 { source in
            bytes.removeAll(keepingCapacity: true)
            bytes.reserveCapacity(source.count)
            var words = 0
            var oneScalarPerCharacter = true
            var i = 0
            while i < source.count {
                // white space up to the next word
                var width = 1
                var isSpace = true
                while i < source.count {
                    (width, isSpace) = scalarAt(i, in: source)
                    if !isSpace { break }
                    i += width
                }
                guard i < source.count else { break }
                if words > 0 { bytes.append(0x20) }
                words += 1
                // the word, up to the next white space
                let start = i
                while i < source.count {
                    (width, isSpace) = scalarAt(i, in: source)
                    if isSpace { break }
                    if width > 1, oneScalarPerCharacter {
                        oneScalarPerCharacter = ScalarText.isOneScalarPerCharacter(ScalarText.decode(i, width, in: source))
                    }
                    i += width
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<i]))
            }
            return (words, oneScalarPerCharacter)
        }
    }

    /// The width in bytes of the scalar whose UTF-8 begins at `i` of valid UTF-8, and whether it is white space.
    @inline(__always)
    private static func scalarAt(_ i: Int, in source: UnsafeBufferPointer<UInt8>) -> (width: Int, isSpace: Bool) {
        let width = ScalarText.width(ofLead: source[i])
        return (width, ScalarClass.isWhitespace(ScalarText.decode(i, width, in: source)))
    }
}
