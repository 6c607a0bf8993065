import Testing
@testable import NewsModel

/// Strings built from scalars, and text read by scalars where characters are asked for.
@Suite("ScalarText")
struct ScalarTextTests {
    @Test("a string built from scalars equals the string of those scalars, ASCII or not")
    func stringOfScalars() {
        for text in ["Blinken", "Außenministerin", "l’ambassadeur", "“Nein”", "Orba\u{301}n", "🇳🇱", ""] {
            let scalars = Array(text.unicodeScalars)
            #expect(ScalarText.string(scalars[...]) == text)
            #expect(ScalarText.string(scalars[...]).utf8.elementsEqual(text.utf8))
        }
    }

    @Test("two texts have the same bytes exactly when they have the same scalars")
    func sameBytes() {
        let texts = ["", "Blinken", "Blinke", "Blinken ", "é", "e\u{301}", "“Nein”", "🇳🇱"]
        for a in texts {
            for b in texts {
                let sliced = Substring(" \(b) ".dropFirst().dropLast())  // a view into a larger string
                #expect(ScalarText.sameBytes(Substring(a), sliced) == a.unicodeScalars.elementsEqual(b.unicodeScalars), "\(a) \(b)")
            }
        }
    }

    @Test("text of one scalar per character counts and splits as its characters do")
    func oneScalarPerCharacter() {
        var simple: [Unicode.Scalar] = (0..<0x300).compactMap(Unicode.Scalar.init).filter { $0 != "\r" }
        simple += (0x2010...0x2027).compactMap(Unicode.Scalar.init) + ["\u{202F}"]
        for scalar in simple {
            for text in ["a\(scalar)a", " \(scalar) ", "\(scalar)\(scalar)", "\n\(scalar)"] {
                #expect(ScalarText.isOneScalarPerCharacter(text))
                #expect(text.count == text.unicodeScalars.count, "\(scalar.value)")
                #expect(ScalarText.spaceSeparatedWordCount(text) == text.split(whereSeparator: { $0 == " " }).count, "\(scalar.value)")
            }
        }
        for text in ["e\u{301}", "\r\n", "a\u{200D}b", "🇳🇱"] { #expect(!ScalarText.isOneScalarPerCharacter(text)) }
        for text in ["a \u{301}b c", "“Wir bleiben”, sagte er", "  two  words  ", ""] {
            #expect(ScalarText.spaceSeparatedWordCount(text) == text.split(whereSeparator: { $0 == " " }).count)
        }
    }
}
