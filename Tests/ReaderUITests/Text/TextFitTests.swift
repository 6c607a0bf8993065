import Testing
import PropertyBased
@testable import ReaderUI

/// Fitting text walks its graphemes on their bytes; each function must give what its plain definition,
/// character by character, gives.
@Suite("TextFit")
struct TextFitTests {
    /// The definitions, as they were written on `Character`s.
    enum Plain {
        static func truncated(_ text: some StringProtocol, width: Int) -> String {
            guard width > 0 else { return "" }
            var used = 0
            var result = ""
            for character in text {
                let columns = TextWrapper.columns(character)
                if used + columns > width {
                    while used + 1 > width, let last = result.popLast() { used -= TextWrapper.columns(last) }
                    return result + "…"
                }
                result.append(character)
                used += columns
            }
            return result
        }

        static func padded(_ text: some StringProtocol, width: Int) -> String {
            let fitted = truncated(text, width: width)
            let columns = DisplayWidth.of(SafeText.cleaned(fitted))
            return fitted + String(repeating: " ", count: max(0, width - columns))
        }

        static func oneLine(_ text: some StringProtocol) -> String {
            text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
    }

    /// Equal as strings and scalar for scalar (String equality alone is canonical equivalence).
    static func same(_ a: String, _ b: String) -> Bool {
        a == b && Array(a.unicodeScalars) == Array(b.unicodeScalars)
    }

    @Test("truncating and padding any text to any width give what the definitions give")
    func truncatedAndPadded() async {
        await propertyCheck(count: 1000, input: TrickyText.text, Gen.int(in: -1...90)) { text, width in
            #expect(Self.same(TextFit.truncated(text, width: width), Plain.truncated(text, width: width)), "\(text.debugDescription) at \(width)")
            #expect(Self.same(TextFit.padded(text, width: width), Plain.padded(text, width: width)), "\(text.debugDescription) at \(width)")
            let slice = text.dropFirst(3)
            #expect(Self.same(TextFit.truncated(slice, width: width), Plain.truncated(slice, width: width)), "\(slice.debugDescription) at \(width)")
        }
    }

    @Test("a text's drawn width is the width of the text made safe")
    func drawnWidth() async {
        await propertyCheck(count: 1000, input: TrickyText.text) { text in
            #expect(TextFit.drawnWidth(text) == DisplayWidth.of(SafeText.cleaned(text)), "\(text.debugDescription)")
        }
    }

    @Test("one line of any text is its words joined by single spaces")
    func oneLine() async {
        await propertyCheck(count: 1000, input: TrickyText.text) { text in
            #expect(Self.same(TextFit.oneLine(text), Plain.oneLine(text)), "\(text.debugDescription)")
            let slice = text.dropFirst(2)
            #expect(Self.same(TextFit.oneLine(slice), Plain.oneLine(slice)), "\(slice.debugDescription)")
        }
        for text in ["", " ", "a", " a", "a ", "a  b", "a b", "a\tb", "a\u{A0}b", "a\r\nb", " \u{301}a", "a \u{301}b", "\u{600} a"] {
            #expect(Self.same(TextFit.oneLine(text), Plain.oneLine(text)), "\(text.debugDescription)")
        }
    }

    @Test("spaces are String(repeating:count:) of a space, none below one")
    func spaces() {
        for count in -2...300 { #expect(TextFit.spaces(count) == String(repeating: " ", count: max(0, count))) }
    }
}
