import Testing
@testable import NewsModel

/// What a token says of itself without the lexicon.
@Suite("Token")
struct TokenTests {
    @Test("a punctuation mark is among marks where a search of them finds it; a word or a quote never is")
    func marks() {
        let dash = Token(kind: .punctuation, range: 0..<1, text: "—", lower: "—")
        let closing = Token(kind: .punctuation, range: 0..<1, text: "\u{201D}", lower: "\u{201D}")
        #expect(dash.isMark(in: "(—–-") && ",—–-(".contains(dash.text))
        #expect(!closing.isMark(in: "(—–-") && !"(—–-".contains(closing.text))
        #expect(closing.isMark(in: ")]\u{201D}\u{2019}"))
        #expect(!Token(kind: .word, range: 0..<1, text: "-", lower: "-").isMark(in: "(—–-"))
        #expect(!Token(kind: .quote(0), range: 0..<5, text: "", lower: "").isMark(in: "(—–-"))
    }

    @Test("a token is capitalised when its first scalar is upper case")
    func capitalised() {
        #expect(Token(kind: .word, range: 0..<5, text: "Élysée", lower: "élysée").isCapitalized)
        #expect(!Token(kind: .word, range: 0..<3, text: "van", lower: "van").isCapitalized)
        #expect(!Token(kind: .paragraphBreak, range: 0..<0, text: "", lower: "").isCapitalized)
    }

    @Test("a word token holds its text as written and lower-cased as lowercased() does, ASCII or not")
    func wordsAsWrittenAndLowerCased() {
        let text = "NAVO-chef Blinken zei: Außenministerin Orba\u{301}n, U.S. 2022 l’ambassadeur"
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer().tokens(scalars, paragraphs: [0..<scalars.count], quotes: [], skipped: [])
        let words = tokens.filter(\.isWord)
        #expect(words.map(\.text) == ["NAVO-chef", "Blinken", "zei", "Außenministerin", "Orba\u{301}n", "U.S", "2022", "l’ambassadeur"])
        for word in words {
            #expect(word.lower == word.text.lowercased() && word.lower.utf8.elementsEqual(word.text.lowercased().utf8), "\(word.text)")
            #expect(ScalarText.string(scalars[word.range]) == word.text)
        }
    }

    @Test("ASCII words of one to seventeen scalars, with every capital and the bytes around A–Z, keep their text and are lower-cased as lowercased() does")
    func asciiWordsOfEveryLength() {
        let letters = Array("AZaz09@[`{MQ".unicodeScalars)  // @ [ ` { border A–Z and a–z, and join nothing
        var text = ""
        for length in 1...17 {
            for shift in 0..<letters.count {
                var word = "W"
                for k in 1..<length { word.unicodeScalars.append(letters[(k + shift) % letters.count]) }
                text += word + " "
            }
        }
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer().tokens(scalars, paragraphs: [0..<scalars.count], quotes: [], skipped: [])
        for token in tokens {
            #expect(token.text == ScalarText.string(scalars[token.range]), "\(token.text)")
            #expect(token.lower == token.text.lowercased() && token.lower.utf8.elementsEqual(token.text.lowercased().utf8), "\(token.text)")
        }
        #expect(tokens.filter(\.isWord).count > 100)
    }

    @Test("a punctuation token holds its one scalar, ASCII or not")
    func punctuationText() {
        let text = "!\"#$%()*+,/:;<=>?@[\\]^_`{|}~\u{7F}\u{1}—«»…€"
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer().tokens(scalars, paragraphs: [0..<scalars.count], quotes: [], skipped: [])
        #expect(tokens.map(\.text) == text.unicodeScalars.map { String(Character($0)) })
        #expect(tokens.allSatisfy { $0.kind == .punctuation && $0.lower == $0.text })
    }
}
