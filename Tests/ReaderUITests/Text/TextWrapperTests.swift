import Testing
import PropertyBased
@testable import ReaderUI

/// Wrapping walks the text's graphemes on their bytes; the lines must be those the plain definition,
/// character by character, gives.
@Suite("TextWrapper")
struct TextWrapperTests {
    /// The definition, as it was written on `Character`s and `String.Index`es.
    static func plainWrap(_ text: Substring, width: Int) -> [Range<String.Index>] {
        guard width > 0 else { return [text.startIndex..<text.startIndex] }
        var lines: [Range<String.Index>] = []
        var lineStart = text.startIndex
        var lineWidth = 0
        var lastBreak: (end: String.Index, resume: String.Index)?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            let columns = TextWrapper.columns(character)
            if character == " " {
                if lineWidth == 0 && index == lineStart {
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
                    lineWidth = text[cut.resume..<index].reduce(0) { $0 + TextWrapper.columns($1) }
                } else {
                    lines.append(lineStart..<index)
                    lineStart = index
                    lineWidth = 0
                }
                lastBreak = nil
                if columns > width {
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

    static func trimmedEnd(_ text: Substring, _ start: String.Index, _ end: String.Index) -> String.Index {
        var end = end
        while end > start, text[text.index(before: end)] == " " { end = text.index(before: end) }
        return end
    }

    /// Lines as UTF-8 offsets in the whole text, to compare.
    static func offsets(_ lines: [Range<String.Index>], in text: String) -> [Range<Int>] {
        lines.map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound)..<text.utf8.distance(from: text.startIndex, to: $0.upperBound) }
    }

    @Test("wrapping any text, or a slice of it, at any width gives the lines the definition gives")
    func wrapEqualsCharacters() async {
        await propertyCheck(count: 1000, input: TrickyText.text, Gen.int(in: -1...40), Gen.int(in: 0...10)) { text, width, from in
            let slice = text[text.index(text.startIndex, offsetBy: min(from, text.count))...]
            for part in [Substring(text), slice] {
                #expect(Self.offsets(TextWrapper.wrap(part, width: width), in: text) == Self.offsets(Self.plainWrap(part, width: width), in: text),
                        "\(part.debugDescription) at \(width)")
            }
        }
        let spaced = "  a  bb   ccc \u{301} d    e\u{600} f  "
        for width in 0...12 {
            #expect(Self.offsets(TextWrapper.wrap(Substring(spaced), width: width), in: spaced)
                    == Self.offsets(Self.plainWrap(Substring(spaced), width: width), in: spaced), "at \(width)")
        }
    }
}
