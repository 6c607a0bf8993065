import Testing
import TestSupport
@testable import NewsModel

/// White-space folding's count of the bytes it keeps, which tells paragraphs apart before any is folded.
@Suite("White-space folding")
struct WhitespaceFoldingTests {
    /// `keptASCIICount` worked out scalar by scalar.
    func expectedKept(_ text: String) -> Int? {
        let breaksCount = text.unicodeScalars.contains { scalar in
            let punctuationSpace = ScalarClass.isWhitespace(scalar) && (0x2000...0x205F).contains(scalar.value)
            return scalar.value >= 0x300 && !ScalarText.isOneScalarPerCharacter(scalar) && !punctuationSpace
        }
        return breaksCount ? nil : text.utf8.count { (0x21...0x7F).contains($0) }
    }

    func kept(_ text: String) -> Int? {
        Array(text.utf8).withUnsafeBufferPointer(WhitespaceFolding.keptASCIICount)
    }

    @Test("the kept bytes are the ASCII from ! to DEL, and a scalar from U+0300 that is no character of its own gives none")
    func keptCountIsScalarByScalar() {
        var generator = SplitMix64(seed: 101)
        let pieces = ["a", "Blinken", "zei", "é", "“Nein”", "’s", " ", "  ", "\t", "\n", "\u{A0}", "\u{2009}", "\u{3000}", "\u{1680}",
                      "\u{1}", "\r", "\u{301}", "😀", "abcdefghijklmno", "€", "\u{7F}", "!", "~", "«", "»", "…", "\u{202F}", "\u{205F}",
                      "\u{200B}", "\u{2060}", "\u{20C0}", "\u{20C1}", "Путин", "\u{2028}", "ÿ", "\u{2FF}"]
        var texts = ["", " ", "!", "\u{7F}", "abcdefgh", "abcdefg\u{2019}", "abcdefgh\u{301}", "\u{E2}", "a\u{300}"]
        for _ in 0..<4_000 {
            texts.append(generator.joined(pieces, count: Int(generator.next() % 30)))
        }
        var counted = 0
        for text in texts {
            let found = kept(text)
            if found != nil { counted += 1 }
            #expect(found == expectedKept(text), "\(text.debugDescription)")
        }
        #expect(counted > 300)
        // longer than the 255 words of eight bytes whose counts are added up in one
        for words in [255, 700, 2_000] {
            let text = Array(repeating: "a“b”", count: words).joined(separator: " ")
            #expect(kept(text) == 2 * words)
        }
    }

    @Test("texts that fold alike keep as many bytes")
    func foldedTextsKeepAsMany() {
        var generator = SplitMix64(seed: 103)
        let words = ["Blinken", "zei", "“Nein”", "’s", "é", "abcdefghijklmno", "€", "U.S."]
        let spaces = [" ", "  ", "\n", "\t ", "\u{A0}", "\u{2009}", "\u{202F}", "\r\n"]
        var key: [UInt8] = []
        for _ in 0..<1_000 {
            let picked = (0..<1 + generator.next() % 12).map { _ in words[Int(generator.next() % UInt64(words.count))] }
            var text = spaces[Int(generator.next() % UInt64(spaces.count))]
            for word in picked { text += word + spaces[Int(generator.next() % UInt64(spaces.count))] }
            _ = WhitespaceFolding.fold(text, into: &key)
            #expect(kept(text) == key.withUnsafeBufferPointer(WhitespaceFolding.keptASCIICount), "\(text.debugDescription)")
            #expect(kept(text) == picked.joined().utf8.count { (0x21...0x7F).contains($0) })
        }
    }
}
