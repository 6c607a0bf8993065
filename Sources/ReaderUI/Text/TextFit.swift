/// Shortens text to a number of display columns, ending it with … when something was cut.
///
/// Each works on the text's graphemes as `Grapheme` reads them (ASCII byte by byte), and gives what
/// its plain definition in `Character`s gives.
public enum TextFit {
    /// `text` cut to `width` columns (as `TextWrapper.columns` counts them), with … in place of what
    /// did not fit.
    public static func truncated(_ text: some StringProtocol, width: Int) -> String {
        guard width > 0 else { return "" }
        // Where the text is cut, the longest prefix of at most width - 1 columns is kept and … follows:
        // what taking back the last characters until … fits leaves.
        let cut: Int? = Grapheme.withBytes(of: text) { bytes in
            var used = 0
            var fitting = 0
            var index = 0
            while index < bytes.count {
                let grapheme = Grapheme.at(index, of: text, bytes: bytes)
                if used + grapheme.columns > width { return fitting }
                used += grapheme.columns
                index = grapheme.end
                if used < width { fitting = index }
            }
            return nil
        }
        guard let cut else { return String(text) }
        let utf8 = text.utf8
        return String(text[..<utf8.index(utf8.startIndex, offsetBy: cut)]) + "…"
    }

    /// `text` truncated and padded with spaces to exactly `width` columns.
    public static func padded(_ text: some StringProtocol, width: Int) -> String {
        let fitted = truncated(text, width: width)
        let columns = drawnWidth(fitted)
        return fitted + spaces(width - columns)
    }

    /// `count` spaces (none for a count below 1): `String(repeating: " ", count:)`, written in one go.
    public static func spaces(_ count: Int) -> String {
        guard count > 0 else { return "" }
        return String(unsafeUninitializedCapacity: count) { buffer in
            buffer.initialize(repeating: 0x20)
            return count
        }
    }

    /// Columns `text` takes once made safe: `DisplayWidth.of(SafeText.cleaned(text))`.
    public static func drawnWidth(_ text: some StringProtocol) -> Int {
        // Text that cleaning leaves as it is (nearly all) is measured grapheme by grapheme as it stands;
        // otherwise the cleaned text, whose graphemes may join differently, is measured.
        let verbatimColumns: Int? = Grapheme.withBytes(of: text) { bytes in
            var columns = 0
            var index = 0
            while index < bytes.count {
                let grapheme = Grapheme.at(index, of: text, bytes: bytes)
                guard grapheme.isVerbatim else { return nil }
                columns += grapheme.columns
                index = grapheme.end
            }
            return columns
        }
        return verbatimColumns ?? DisplayWidth.of(SafeText.cleaned(text))
    }

    /// The text of one line of a paragraph with line breaks and runs of spaces made single spaces.
    public static func oneLine(_ text: some StringProtocol) -> String {
        // `split(whereSeparator: \.isWhitespace)` joined by " ": the words' bytes joined by single spaces.
        // Most titles and quotes are that already (single spaces between words) and are kept as they are.
        guard !isOneLine(text) else { return String(text) }
        var words: [Range<Int>] = []
        var wordStart: Int?
        var end = 0
        Grapheme.forEach(in: text) { grapheme in
            if grapheme.isWhitespace {
                if let start = wordStart { words.append(start..<grapheme.start) }
                wordStart = nil
            } else if wordStart == nil {
                wordStart = grapheme.start
            }
            end = grapheme.end
            return true
        }
        if let start = wordStart { words.append(start..<end) }
        let joined = text.utf8.withContiguousStorageIfAvailable { join(words, of: $0) }
        return joined ?? Array(text.utf8).withUnsafeBufferPointer { join(words, of: $0) }
    }

    /// True when `text` is words separated by single spaces: no other white space, none at either end.
    private static func isOneLine(_ text: some StringProtocol) -> Bool {
        Grapheme.withBytes(of: text) { bytes in
            var afterWord = false
            var index = 0
            while index < bytes.count {
                let grapheme = Grapheme.at(index, of: text, bytes: bytes)
                if grapheme.isWhitespace {
                    // A space only between words, as one scalar alone in its grapheme.
                    guard afterWord, grapheme.first == " ", grapheme.end - grapheme.start == 1 else { return false }
                    afterWord = false
                } else {
                    afterWord = true
                }
                index = grapheme.end
            }
            return afterWord || bytes.isEmpty
        }
    }

    /// The `words` (UTF-8 ranges of `bytes`) joined by single spaces.
    private static func join(_ words: [Range<Int>], of bytes: UnsafeBufferPointer<UInt8>) -> String {
        let count = words.reduce(max(0, words.count - 1)) { $0 + $1.count }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var written = 0
            for word in words {
                if written > 0 {
                    buffer[written] = 0x20
                    written += 1
                }
                for offset in word {
                    buffer[written] = bytes[offset]
                    written += 1
                }
            }
            return written
        }
    }
}
