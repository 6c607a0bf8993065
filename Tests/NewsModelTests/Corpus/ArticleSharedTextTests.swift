import Testing
import TestSupport
@testable import NewsModel

/// Quote texts point into their article's text instead of holding copies.
@Suite("Article shared text")
struct ArticleSharedTextTests {
    /// Where a string's UTF-8 bytes lie.
    static func storage(_ text: String) -> UInt? {
        text.utf8.withContiguousStorageIfAvailable { UInt(bitPattern: $0.baseAddress) }
    }

    @Test("a quote inside one paragraph is a view of the article's text, trimmed of the space inside its marks")
    func oneParagraphQuoteIsView() throws {
        let corpus = Bundled.corpus(["Il a dit : « Nous ne céderons pas sur ce point\u{202F}», selon l’agence officielle."], language: .fr)
        let article = try #require(corpus.articles.first)
        let quote = try #require(article.quotes.first)
        #expect(quote.text == "Nous ne céderons pas sur ce point")
        #expect(Self.storage(quote.text.base) == Self.storage(article.text))
    }

    @Test("quotes in different articles that name their speaker in the same long words share one copy of them")
    func longMentionsShared() throws {
        let paragraph = "“We will not give in,” said Secretary of State Antony Blinken on Monday."
        let corpus = Corpus(documents: (0..<3).map {
            ArticleDocument(file: "\($0).txt", metadata: ArticleMetadata(language: .en), paragraphs: [paragraph])
        })
        let mentions = corpus.articles.compactMap { $0.quotes.first?.mention }
        #expect(mentions.count == 3 && Set(mentions).count == 1 && mentions[0].utf8.count > 15)
        #expect(Set(mentions.map(Self.storage)).count == 1)
        let short = Corpus(documents: (0..<2).map {
            ArticleDocument(file: "\($0).txt", metadata: ArticleMetadata(language: .en), paragraphs: ["“We stay,” Blinken said."])
        })
        #expect(short.articles.compactMap { $0.quotes.first?.mention } == ["Blinken", "Blinken"])
    }

    @Test("a quote over two paragraphs keeps its parts joined by a space in a string of its own")
    func multiParagraphQuoteIsCopy() throws {
        let corpus = Bundled.corpus(["“We will not give in on this point,” the minister said. “Never,", "“not this year and not the next.”"])
        let article = try #require(corpus.articles.first)
        let quote = try #require(article.quotes.first { $0.span.segments.count == 2 })
        #expect(quote.text == "Never, not this year and not the next.")
        #expect(Self.storage(quote.text.base) != Self.storage(article.text))
    }

    @Test("a quote whose text is not the words at its segment keeps its own text")
    func mismatchKeepsText() {
        let span = QuoteSpan(start: 0, end: 7, segments: [1..<6], paragraph: 0, lastParagraph: 0, depth: 0, isClosed: true)
        var quotes = [Quote(index: 0, span: span, text: "Dag", kind: .direct)]
        Article.shareText("“Hallo” zei ze.", with: &quotes)
        #expect(quotes.map(\.text) == ["Dag"])
        var matching = [Quote(index: 0, span: span, text: "Hallo", kind: .direct)]
        Article.shareText("“Hallo” zei ze.", with: &matching)
        #expect(matching.map(\.text) == ["Hallo"])
    }

    @Test("a quote that views its words equals one that holds a copy of them")
    func viewEqualsCopy() {
        let span = QuoteSpan(start: 0, end: 7, segments: [1..<6], paragraph: 0, lastParagraph: 0, depth: 0, isClosed: true)
        var viewed = [Quote(index: 0, span: span, text: "Hallo", kind: .direct)]
        Article.shareText("“Hallo” zei ze.", with: &viewed)
        #expect(viewed[0].text.base == "“Hallo” zei ze.")
        #expect(viewed == [Quote(index: 0, span: span, text: "Hallo", kind: .direct)])
        #expect(viewed != [Quote(index: 0, span: span, text: "Hallp", kind: .direct)])
    }

    @Test("quotes at segments anywhere in a text, or past its end, view it exactly where their bounds lie inside it")
    func segmentsAnywhere() {
        var generator = SplitMix64(seed: 61)
        let pieces = ["a", "Blinken ", "“", "”", " ", "\u{A0}", "é", "😀", "\u{202F}"]
        for _ in 0..<300 {
            // longer than a small string, so that where its bytes lie says which string a quote views
            let text = "Der Minister sagte heute: " + (0..<Int(generator.next() % 30)).map { _ in
                pieces[Int(generator.next() % UInt64(pieces.count))]
            }.joined()
            let scalars = Array(text.unicodeScalars)
            var quotes: [Quote] = []
            var inside: [Bool] = []
            for index in 0..<Int(generator.next() % 6) {
                let lower = Int(generator.next() % UInt64(scalars.count + 3))
                let upper = lower + Int(generator.next() % 6)
                let span = QuoteSpan(start: lower, end: upper, segments: [lower..<upper], paragraph: 0, lastParagraph: 0,
                                     depth: 0, isClosed: true)
                let fits = upper <= scalars.count
                let words = fits ? ArticleAnalyzer.innerText(span, scalars) : "x"
                quotes.append(Quote(index: index, span: span, text: Substring(words), kind: .direct))
                inside.append(fits)
            }
            let texts = quotes.map { String($0.text) }
            Article.shareText(text, with: &quotes)
            for (n, quote) in quotes.enumerated() {
                #expect(String(quote.text) == texts[n], "\(text.debugDescription) \(quote.span.segments)")
                #expect((Self.storage(quote.text.base) == Self.storage(text)) == inside[n], "\(text.debugDescription) \(quote.span.segments)")
            }
        }
    }

    @Test("the analyzer's quote texts are innerText's words, views of the text for a span of one segment")
    func innerTextsView() {
        var generator = SplitMix64(seed: 67)
        let pieces = ["a", "Blinken ", "“", "”", " ", "\u{A0}", "é", "😀", "\u{202F}", "\u{200B}", "e\u{301}"]
        for _ in 0..<300 {
            let text = "Der Minister sagte heute: " + (0..<Int(generator.next() % 30)).map { _ in
                pieces[Int(generator.next() % UInt64(pieces.count))]
            }.joined()
            let scalars = Array(text.unicodeScalars)
            let spans = (0..<Int(generator.next() % 6)).map { _ in
                let lower = Int(generator.next() % UInt64(scalars.count))
                let upper = min(scalars.count, lower + Int(generator.next() % 8))
                // a second segment for some: a quote carried over into the next paragraph
                let segments = generator.next() % 3 == 0 ? [lower..<upper, upper..<min(scalars.count, upper + 3)] : [lower..<upper]
                return QuoteSpan(start: lower, end: segments.last!.upperBound, segments: segments, paragraph: 0, lastParagraph: 0,
                                 depth: 0, isClosed: true)
            }
            let views = ArticleAnalyzer.innerTexts(spans, scalars, in: text)
            #expect(views.map(String.init) == spans.map { ArticleAnalyzer.innerText($0, scalars) }, "\(text.debugDescription)")
            for (span, view) in zip(spans, views) {
                #expect((Self.storage(view.base) == Self.storage(text)) == (span.segments.count == 1), "\(text.debugDescription) \(span.segments)")
            }
        }
    }
}
