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
}
