import Testing
@testable import NewsModel

/// The ASCII shortcuts answer exactly what the Unicode properties answer.
@Suite("ScalarClass")
struct ScalarClassTests {
    static let samples: [Unicode.Scalar] = (0..<0x80).compactMap(Unicode.Scalar.init)
        + ["\u{85}", "\u{A0}", "\u{2009}", "\u{202F}", "\u{3000}", "É", "é", "ß", "İ", "Ж", "ж", "٣", "\u{301}", "’", "“", "—"]

    @Test("white space agrees with the Unicode tables for every scalar")
    func whitespaceEverywhere() {
        var disagreeing: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(value) else { continue }
            if ScalarClass.isWhitespace(s) != s.properties.isWhitespace { disagreeing.append(value) }
        }
        #expect(disagreeing.isEmpty)
    }

    @Test("word scalars, and what continues a word, agree with the Unicode tables for every scalar")
    func wordsEverywhere() {
        var disagreeing: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(value) else { continue }
            let isWord = s.properties.isAlphabetic || s.properties.numericType != nil
            if QuoteScanner.isWordScalar(s) != isWord || ScalarClass.isWord(s) != isWord
                || ScalarClass.continuesWord(s) != (isWord || s.properties.generalCategory == .nonspacingMark) {
                disagreeing.append(value)
            }
        }
        #expect(disagreeing.isEmpty, "\(disagreeing.prefix(20).map { String($0, radix: 16) })")
    }

    @Test("Alphabetic agrees with the Unicode tables for every scalar up to U+2100, where ranges answer it")
    func alphabeticByRange() {
        let disagreeing = (UInt32(0)...0x2100).compactMap(Unicode.Scalar.init).filter { ScalarClass.isAlphabetic($0) != $0.properties.isAlphabetic }
        #expect(disagreeing.isEmpty, "\(disagreeing.prefix(20).map { String($0.value, radix: 16) })")
    }

    @Test("Uppercase agrees with the Unicode tables for every scalar up to U+2100, Latin-1 answered by range")
    func uppercaseByRange() {
        let disagreeing = (UInt32(0)...0x2100).compactMap(Unicode.Scalar.init).filter { ScalarClass.isUppercase($0) != $0.properties.isUppercase }
        #expect(disagreeing.isEmpty, "\(disagreeing.prefix(20).map { String($0.value, radix: 16) })")
    }

    @Test("white space, word scalars and capitals agree with the Unicode tables, in ASCII and beyond")
    func agreesWithUnicode() {
        for s in Self.samples {
            let isWord = s.properties.isAlphabetic || s.properties.numericType != nil
            #expect(ScalarClass.isWhitespace(s) == s.properties.isWhitespace, "\(s.value)")
            #expect(ScalarClass.isWord(s) == isWord && QuoteScanner.isWordScalar(s) == isWord, "\(s.value)")
            #expect(ScalarClass.continuesWord(s) == (isWord || s.properties.generalCategory == .nonspacingMark), "\(s.value)")
            #expect(ScalarClass.isUppercase(s) == s.properties.isUppercase, "\(s.value)")
            #expect(ScalarClass.isAlphabetic(s) == s.properties.isAlphabetic, "\(s.value)")
        }
    }
}
