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
        for text in [ascii, "Antony Blinken, U.S. State-Department\r\n2024", "  ", "", "Élysée's Ｍacron", "Ça va\u{301} naïve 東京"] {
            let bySplit = TextFolding.fold(text).split { !$0.isLetter && !$0.isNumber }.map(String.init)
            #expect(TextFolding.words(text) == bySplit)
        }
        #expect(TextFolding.words("Élysée, U.N.") == ["elysee", "u", "n"])
    }
}
