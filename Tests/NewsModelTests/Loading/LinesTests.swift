import Testing
import TestSupport
@testable import NewsModel

@Suite("Lines of a text")
struct LinesTests {
    @Test("a text's lines are its pieces between line feeds, empty ones kept, in a string or a slice of one")
    func linesAreThePiecesBetweenFeeds() {
        var texts = ["", "\n", "a", "a\n", "\na", "a\n\nb", "ü\r\n“x”\n🇳🇱"]
        var generator = SplitMix64(seed: 3)
        let pieces = ["a", "é", "\n", "\r\n", " ", "’", "😀", "\n\n"]
        for _ in 0..<300 {
            texts.append(generator.joined(pieces, count: Int(generator.next() % 10)))
        }
        for text in texts {
            let expected = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Array($0) }
            #expect(text.lines.map { Array($0.utf8) } == expected, "\(text.debugDescription)")
            let slice = ("x\n" + text + "\ny").dropFirst(2).dropLast(2)  // a slice that starts and ends inside its string
            #expect(slice.lines.map { Array($0.utf8) } == expected, "\(text.debugDescription)")
        }
    }
}

@Suite("Folding white space")
struct FoldingWhitespaceTests {
    /// The definition, scalar by scalar: the ends trimmed, each run of Unicode white space one space.
    static func reference(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars.drop(while: \.properties.isWhitespace) {
            if scalar.properties.isWhitespace {
                pendingSpace = true
                continue
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result.append(scalar)
        }
        return String(result)
    }

    @Test("a text folded on its bytes is the text folded scalar by scalar, in a string or a slice")
    func foldsAsScalarsDo() {
        var generator = SplitMix64(seed: 29)
        let pieces = ["a", "Blinken", " ", "  ", "\t", "\n", "\r\n", "\u{A0}", "\u{2028}", "\u{3000}", "é", "e\u{301}", "“", "😀", "\u{85}"]
        for _ in 0..<500 {
            let text = generator.joined(pieces, count: Int(generator.next() % 12))
            #expect(text.foldingWhitespace.utf8.elementsEqual(Self.reference(text).utf8), "\(text.debugDescription)")
            let slice = ("x" + text + "y").dropFirst().dropLast()
            #expect(slice.foldingWhitespace.utf8.elementsEqual(Self.reference(text).utf8), "\(text.debugDescription)")
        }
    }

    @Test("folding counts the folded text's words and asks of each of its scalars whether it is a character of its own")
    func countsWordsAndCharacters() {
        var generator = SplitMix64(seed: 31)
        let pieces = ["a", "Blinken", " ", "  ", "\t", "\n", "\u{A0}", "\u{3000}", "é", "e\u{301}", "“", "’", "—", "€",
                      "\u{2BC}", "\u{300}", "\u{2060}", "\u{202F}", "😀", "Ж", "\u{85}", "\u{1680}",
                      "Außenministerin", "abcdefghijklmnop", "\u{1}", "\u{1F}", "!~"]
        var bytes: [UInt8] = []
        for _ in 0..<1_000 {
            let text = generator.joined(pieces, count: Int(generator.next() % 16))
            let reference = Self.reference(text)
            let (words, oneScalarPerCharacter) = WhitespaceFolding.fold(text, into: &bytes)
            #expect(bytes == Array(reference.utf8), "\(text.debugDescription)")
            #expect(words == reference.unicodeScalars.split(separator: " ").count, "\(text.debugDescription)")
            #expect(oneScalarPerCharacter == ScalarText.isOneScalarPerCharacter(reference), "\(text.debugDescription)")
        }
    }
}
