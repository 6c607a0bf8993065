/// Breaks text into lines that fit a width in display columns, at spaces where it can.
///
/// Lines never split a grapheme and never exceed `width` columns: a word longer than the line is cut
/// between graphemes. Spaces at a break are dropped; the ranges returned index the text given.
public enum TextWrapper {
    /// The ranges of `text` that make its lines at `width` columns (at least one line, maybe empty).
    public static func wrap(_ text: Substring, width: Int) -> [Range<String.Index>] {
        guard width > 0 else { return [text.startIndex..<text.startIndex] }
        var lines: [Range<String.Index>] = []
        var lineStart = text.startIndex
        var lineWidth = 0
        // The last space in the current line: the line can end before it and resume after it.
        var lastBreak: (end: String.Index, resume: String.Index)?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            let columns = Self.columns(character)
            if character == " " {
                if lineWidth == 0 && index == lineStart {  // no leading spaces on a line
                    lineStart = next
                    index = next
                    continue
                }
                lastBreak = (index, next)
                lineWidth += columns
                index = next
                continue
            }
            if lineWidth + columns > width {
                if let cut = lastBreak, cut.end > lineStart {
                    lines.append(lineStart..<trimmedEnd(text, lineStart, cut.end))
                    lineStart = cut.resume
                    lineWidth = text[cut.resume..<index].reduce(0) { $0 + Self.columns($1) }
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
            index = next
        }
        lines.append(lineStart..<trimmedEnd(text, lineStart, text.endIndex))
        return lines
    }

    /// Columns `character` takes once made safe to draw (0 when it is dropped).
    public static func columns(_ character: Character) -> Int {
        SafeText.cleaned(character).map(DisplayWidth.of) ?? 0
    }

    /// `end` moved back over the spaces before it, not before `start`.
    private static func trimmedEnd(_ text: Substring, _ start: String.Index, _ end: String.Index) -> String.Index {
        var end = end
        while end > start, text[text.index(before: end)] == " " { end = text.index(before: end) }
        return end
    }
}
