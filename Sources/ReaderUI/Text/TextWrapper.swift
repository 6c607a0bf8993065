/// Breaks text into lines that fit a width in display columns, at spaces where it can.
///
/// Lines never split a grapheme and never exceed `width` columns: a word longer than the line is cut
/// between graphemes. Spaces at a break are dropped; the ranges returned index the text given.
public enum TextWrapper {
    /// The ranges of `text` that make its lines at `width` columns (at least one line, maybe empty).
    public static func wrap(_ text: Substring, width: Int) -> [Range<String.Index>] {
        guard width > 0 else { return [text.startIndex..<text.startIndex] }
        // Walked a grapheme at a time on the UTF-8 bytes (`Grapheme`), in offsets from the start of `text`.
        let lines = Grapheme.withBytes(of: text) { bytes -> [Range<Int>] in
            var lines: [Range<Int>] = []
            var lineStart = 0
            var lineWidth = 0
            // The last space in the current line: the line can end before it (and before the spaces just
            // before it, `trimmed`) and resume after it; `columnsAfter` is what the line holds after it.
            var lastBreak: (end: Int, resume: Int, trimmed: Int)?
            var columnsAfter = 0
            // Where the run of spaces up to here began, while the last grapheme was a space.
            var spacesStart: Int?
            var index = 0
            while index < bytes.count {
                let grapheme = Grapheme.at(index, of: text, bytes: bytes)
                let next = grapheme.end
                let columns = grapheme.columns
                if grapheme.first == " " && grapheme.scalarCount == 1 {
                    let runStart = spacesStart ?? index
                    spacesStart = runStart
                    if lineWidth == 0 && index == lineStart {  // no leading spaces on a line
                        lineStart = next
                        index = next
                        continue
                    }
                    lastBreak = (index, next, max(lineStart, runStart))
                    columnsAfter = 0
                    lineWidth += columns
                    index = next
                    continue
                }
                spacesStart = nil
                if lineWidth + columns > width {
                    if let cut = lastBreak, cut.end > lineStart {
                        lines.append(lineStart..<cut.trimmed)
                        lineStart = cut.resume
                        lineWidth = columnsAfter
                    } else {
                        lines.append(lineStart..<index)
                        lineStart = index
                        lineWidth = 0
                    }
                    lastBreak = nil
                    if columns > width {  // a grapheme wider than the whole line: skip it
                        index = next
                        lineStart = next
                        continue
                    }
                }
                lineWidth += columns
                columnsAfter += columns
                index = next
            }
            lines.append(lineStart..<(spacesStart.map { max(lineStart, $0) } ?? bytes.count))
            return lines
        }
        let utf8 = text.utf8
        return lines.map { utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound) }
    }

    /// Columns `character` takes once made safe to draw (0 when it is dropped).
    public static func columns(_ character: Character) -> Int {
        SafeText.cleaned(character).map(DisplayWidth.of) ?? 0
    }
}
