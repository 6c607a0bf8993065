import Foundation
import Testing
@testable import NewsModel

/// Folding ASCII byte by byte gives what Foundation's folding gives.
@Suite("TextFolding")
struct TextFoldingTests {
    @Test("ASCII text folds as Foundation folds it; other text still loses case, accents and width")
    func foldMatchesFoundation() {
        let ascii = String(decoding: (0x20..<0x7F).map { UInt8($0) }, as: UTF8.self)
        for text in [ascii, "Antony Blinken", "U.S. State Department", "already lower", ""] {
            #expect(TextFolding.fold(text) == text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil))
        }
        #expect(TextFolding.fold("Élysée") == "elysee")
        #expect(TextFolding.fold("ＡＢＣ") == "abc")
    }

    @Test("words split ASCII on its bytes as the folded characters split, and fold other text first")
    func wordsMatchCharacterSplit() {
        let ascii = String(decoding: (0x00..<0x80).map { UInt8($0) }, as: UTF8.self)
        let texts = [ascii, "Antony Blinken, U.S. State-Department\r\n2024", "  ", "", "Élysée's Ｍacron", "Ça va\u{301} naïve 東京",
                     "Blinken’s “talks” – 2\u{A0}days—Sánchez’", "’\u{301}s", "x\u{2019}\u{200D}y"]
        for text in texts {
            let bySplit = TextFolding.fold(text).split { !$0.isLetter && !$0.isNumber }.map(String.init)
            #expect(TextFolding.words(text) == bySplit)
        }
        #expect(TextFolding.words("Élysée, U.N.") == ["elysee", "u", "n"])
    }

    @Test("accented Latin letters and fold-free marks fold one by one as Foundation folds them alone, beside ASCII and each other")
    func latinLettersFoldAsFoundation() {
        func foundation(_ text: String) -> String {
            text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        }
        let marks = TextFolding.foldFreeMarks.compactMap(Unicode.Scalar.init).map { String(Character($0)) }
        #expect(marks.count == 7)
        let letters = (0xC0...0x17F).compactMap(Unicode.Scalar.init).map { String(Character($0)) } + marks
        for letter in letters {
            for text in [letter, "A" + letter, letter + "z", "Ab " + letter + "-9"] {
                #expect(TextFolding.fold(text) == foundation(text), "\(text)")
            }
        }
        var mismatches: [String] = []
        for first in letters {
            for second in letters where TextFolding.fold(first + second) != foundation(first + second) {
                mismatches.append(first + second)
            }
        }
        #expect(mismatches.isEmpty)
        // a combining mark after a letter, or a letter beyond the table, is left to Foundation
        for text in ["e\u{301}", "É\u{301}x", "Ǆemal", "Ｍacron", "Straße İstanbul ŉ"] {
            #expect(TextFolding.fold(text) == foundation(text), "\(text)")
        }
    }

    @Test("short text, folded into a string made from its bits, has Foundation's bytes, hash and count, at every length")
    func shortFoldsAreWholeStrings() {
        func foundation(_ text: String) -> String {
            text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        }
        var generator = SystemRandomNumberGenerator()
        let pieces = ["A", "b", "Z", " ", ".", "é", "Ł", "ß", "ŉ", "\u{2019}", "\u{A0}", "9"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let folded = TextFolding.fold(text), expected = foundation(text)
            #expect(Array(folded.utf8) == Array(expected.utf8), "\(text)")
            #expect(folded.utf8.count == expected.utf8.count && folded.count == expected.count && folded.hashValue == expected.hashValue)
            let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            let joined = TextFolding.foldJoined(words)
            #expect(Array(joined.utf8) == Array(foundation(words.joined(separator: " ")).utf8), "\(words)")
            #expect(joined.hashValue == foundation(words.joined(separator: " ")).hashValue)
        }
    }

    @Test("joined words fold as their joining folds: one word, several, empty words, ASCII and beyond")
    func foldJoinedMatchesFold() {
        let names: [[String]] = [[], [""], ["Blinken"], ["blinken"], ["Antony", "Blinken"], ["", "Price"], ["Ned", ""],
                                 ["Ursula", "von", "der", "Leyen"], ["Élysée", "Palace"], ["Sánchez"], ["U.S.", "State", "Department"],
                                 ["A", "Very", "Long", "Name", "Of", "Many", "Words", "Beyond", "Fifteen", "Bytes"]]
        for words in names {
            #expect(TextFolding.foldJoined(words) == TextFolding.fold(words.joined(separator: " ")), "\(words)")
        }
    }
}
