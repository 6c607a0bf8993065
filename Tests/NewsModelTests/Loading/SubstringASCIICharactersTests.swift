import Testing
import TestSupport
@testable import NewsModel

/// Searches read on ASCII bytes find what the same searches over characters find.
@Suite("Character searches on ASCII bytes")
struct SubstringASCIICharactersTests {
    @Test("the first key end, white space, other than white space and colon prefix agree with the characters' answers")
    func agreeWithCharacters() {
        var generator = SplitMix64(seed: 53)
        let pieces = ["a", "date", ":", " ", "\t", "\n", "\r", "\r\n", "\u{A0}", "\u{3000}", "é", "\u{301}", ":\u{301}", " \u{301}",
                      "\u{600}", "“", "😀", "\u{200D}", "-"]
        for _ in 0..<3_000 {
            let text = generator.joined(pieces, count: Int(generator.next() % 10))
            for slice in [Substring(text), ("a" + text + "\u{301}b").dropFirst().dropLast(2)] {
                let keyEnd = slice.firstCharacterIndex(ascii: { $0 == UInt8(ascii: ":") || ASCIIBytes.isWhitespace($0) },
                                                       { $0 == ":" || $0.isWhitespace })
                #expect(keyEnd == slice.firstIndex(where: { $0 == ":" || $0.isWhitespace }), "\(text.debugDescription)")
                #expect(slice.firstCharacterIndex(ascii: ASCIIBytes.isWhitespace, \.isWhitespace)
                            == slice.firstIndex(where: \.isWhitespace), "\(text.debugDescription)")
                #expect(slice.firstCharacterIndex(ascii: { !ASCIIBytes.isWhitespace($0) }, { !$0.isWhitespace })
                            == slice.firstIndex(where: { !$0.isWhitespace }), "\(text.debugDescription)")
                #expect(slice.hasPrefix(ascii: UInt8(ascii: ":")) == slice.hasPrefix(":"), "\(text.debugDescription)")
            }
        }
    }
}
