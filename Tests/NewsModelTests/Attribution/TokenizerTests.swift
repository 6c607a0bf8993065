import Testing
import TestSupport
@testable import NewsModel

/// The tokenizer's fast paths (ASCII classes, words packed as they are read, a space stepped over after a
/// word) split a text as the Unicode properties say.
@Suite("Tokenizer")
struct TokenizerTests {
    @Test("the tokenizer's table of ASCII word scalars says what ScalarClass says of each")
    func asciiWordTable() {
        let table = Tokenizer.asciiWordTable
        #expect(table.utf8CodeUnitCount == 128)
        for value in 0..<min(128, table.utf8CodeUnitCount) {
            #expect((table.utf8Start[value] & 1 != 0) == ScalarClass.isASCIIWord(UInt32(value)), "\(value)")
        }
    }

    /// What the tokenizer makes of `scalars` without quotes, from the Unicode tables alone.
    static func reference(_ scalars: [Unicode.Scalar]) -> [Token] {
        func isWord(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || s.properties.numericType != nil }
        func continues(_ s: Unicode.Scalar) -> Bool { isWord(s) || s.properties.generalCategory == .nonspacingMark }
        func token(_ kind: Token.Kind, _ range: Range<Int>) -> Token {
            let text = String(String.UnicodeScalarView(scalars[range]))
            return Token(kind: kind, range: range, text: text, lower: kind == .word ? text.lowercased() : text,
                         isCapitalized: scalars[range.lowerBound].properties.isUppercase)
        }
        var tokens: [Token] = []
        var i = 0
        while i < scalars.count {
            if scalars[i].properties.isWhitespace {
                i += 1
            } else if isWord(scalars[i]) {
                var j = i + 1
                while j < scalars.count {
                    if continues(scalars[j]) {
                        j += 1
                    } else if "-'\u{2019}.&\u{2011}".unicodeScalars.contains(scalars[j]), j + 1 < scalars.count, isWord(scalars[j + 1]) {
                        j += 2
                    } else {
                        break
                    }
                }
                tokens.append(token(.word, i..<j))
                i = j
            } else {
                tokens.append(token(.punctuation, i..<i + 1))
                i += 1
            }
        }
        return tokens
    }

    @Test("random texts of words up to twenty scalars, joiners, marks, spaces and scalars beyond ASCII tokenize as the Unicode tables say")
    func randomTexts() {
        let pieces: [Unicode.Scalar] = Array("aAzZ09qQ  --''..&&,;!?()\t\n\u{2019}\u{2011}é\u{301}ßÉ\u{A0}—“".unicodeScalars)
        var generator = SplitMix64(seed: 2_026_12_07)
        for _ in 0..<400 {
            var scalars: [Unicode.Scalar] = []
            for _ in 0..<Int.random(in: 0...120, using: &generator) {
                if Int.random(in: 0..<3, using: &generator) == 0 {
                    scalars.append(pieces.randomElement(using: &generator)!)
                } else {  // runs of letters, so that words reach and pass fifteen scalars
                    scalars.append(contentsOf: Array("abcdefghIJKLMNOPqrst".unicodeScalars.shuffled(using: &generator).prefix(Int.random(in: 1...9, using: &generator))))
                }
            }
            let tokens = Tokenizer().tokens(scalars, paragraphs: [0..<scalars.count], quotes: [], skipped: [])
            let expected = Self.reference(scalars)
            #expect(tokens == expected, "\(String(String.UnicodeScalarView(scalars)).debugDescription)")
            #expect(tokens.map(\.isCapitalized) == expected.map(\.isCapitalized))
            for (token, reference) in zip(tokens, expected) {
                #expect(token.text.utf8.elementsEqual(reference.text.utf8) && token.lower.utf8.elementsEqual(reference.lower.utf8))
            }
        }
    }
}
