import Testing
import TestSupport
@testable import NewsModel

/// A paragraph that repeats an earlier one word for word is marked, however its accents are encoded.
@Suite("Repeated paragraphs")
struct RepeatedParagraphTests {
    func repeats(_ texts: [String]) -> [Int?] {
        var paragraphs = texts.map { _ in Paragraph(range: 0..<0) }
        ArticleAnalyzer().markRepeats(&paragraphs, texts.map { Substring($0) })
        return paragraphs.map(\.repeatOf)
    }

    @Test("a repeat is marked with the first paragraph it repeats, white space folded; a one-word line is none")
    func plainRepeats() {
        #expect(repeats(["“Nein”, sagte er.", "Foto", "“Nein”,  sagte\ner. ", "Foto", "“Nein”, sagte er."]) == [nil, nil, 0, nil, 0])
    }

    @Test("a paragraph with a decomposed accent repeats the composed one before it, and the other way round")
    func canonicallyEqualRepeats() {
        let composed = "Orb\u{E1}n zei nee."
        let decomposed = "Orba\u{301}n zei nee."
        #expect(repeats([composed, "Iets anders hier.", decomposed, composed]) == [nil, nil, 0, 0])
        #expect(repeats([decomposed, composed]) == [nil, 0])
        #expect(repeats(["Iets anders hier.", composed, "Nog iets anders.", decomposed, "Iets anders hier."]) == [nil, nil, nil, 1, 0])
    }

    @Test("paragraphs are marked as a comparison of each with every one before it marks them")
    func agreesWithComparingAll() {
        var generator = SplitMix64(seed: 73)
        // few words, so that repeats and paragraphs of one length that are no repeats both come often
        let words = ["zei", "Orb\u{E1}n", "Orba\u{301}n", "nee", "ja", "Foto"]
        let spaces = [" ", "  ", "\n", " \t"]
        for _ in 0..<2_000 {
            var texts: [String] = []
            for _ in 0..<generator.next() % 7 {
                let picked: [String] = (0...generator.next() % 3).map { _ in words[Int(generator.next() % UInt64(words.count))] }
                let space = spaces[Int(generator.next() % UInt64(spaces.count))]
                texts.append(picked.joined(separator: space) + (generator.next() % 4 == 0 ? " " : ""))
            }
            let folded: [[Substring]] = texts.map { $0.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) }
            let joined: [String] = folded.map { $0.joined(separator: " ") }
            let expected: [Int?] = texts.indices.map { i in
                guard folded[i].count > 1 else { return nil }
                return (0..<i).first { folded[$0].count > 1 && joined[$0] == joined[i] }
            }
            #expect(repeats(texts) == expected, "\(texts)")
        }
    }

    @Test("paragraphs told apart by the bytes folding keeps are marked as folding every paragraph marks them")
    func agreesWithFoldingAll() {
        var generator = SplitMix64(seed: 79)
        // few words and many ways to part them, so that repeats, paragraphs that keep as many bytes without
        // being repeats, and paragraphs that fold to themselves or not are all common
        let words = ["zei", "Orb\u{E1}n", "nee", "ja", "“Nein”", "ab", "ba", "Foto", "€", "\u{2019}s", "Путин", "Orba\u{301}n"]
        let spaces = [" ", " ", " ", "  ", "\n", " \t", "\u{A0}", "\u{2009}"]
        var marked = 0
        for _ in 0..<3_000 {
            // decomposed accents and Cyrillic, which send every paragraph to be folded, only now and then
            let wordCount = generator.next() % 5 == 0 ? words.count : words.count - 2
            // paragraphs drawn from three lists of words, each gap its own white space
            let lists: [[String]] = (0..<3).map { _ in (0...generator.next() % 3).map { _ in words[Int(generator.next() % UInt64(wordCount))] } }
            var texts: [String] = []
            for _ in 0..<generator.next() % 9 {
                var text = ""
                for (k, word) in lists[Int(generator.next() % 3)].enumerated() {
                    text += (k > 0 ? spaces[Int(generator.next() % UInt64(spaces.count))] : "") + word
                }
                texts.append(text + (generator.next() % 4 == 0 ? " " : ""))
            }
            var folded = texts.map { _ in Paragraph(range: 0..<0) }
            ArticleAnalyzer().markRepeatsByFolding(&folded, texts.map { Substring($0) })
            let expected = folded.map(\.repeatOf)
            marked += expected.count { $0 != nil }
            #expect(repeats(texts) == expected, "\(texts)")
        }
        #expect(marked > 1_000)
    }
}

/// The quotes an article counts leave out those of repeated paragraphs, listed or only counted.
@Suite("Counted quotes")
struct CountedQuotesTests {
    @Test("a quote of a paragraph printed twice is listed once and counted once")
    func repeatedQuoteCountedOnce() {
        let corpus = Bundled.corpus(["“Wij gaan door”, zei minister Blinken.", "Foto: ANP", "“Wij gaan door”, zei minister Blinken.",
                                     "“Nooit”, zei Poetin."], language: .nl)
        let article = corpus.articles[0]
        #expect(article.quotes.count == 3)
        #expect(article.countedQuotes.count == 2)
        #expect(article.countedQuoteCount == article.countedQuotes.count)
    }
}
