import Testing
@testable import NewsModel

/// An article without a quote is kept whole, with no speakers, however many names it mentions.
@Suite("Articles without quotes")
struct QuotelessArticleTests {
    let names = ["Antony Blinken, de Amerikaanse minister van Buitenlandse Zaken, sprak maandag in Genève met Sergej Lavrov.",
                 "Hij zei daarna niets. Het Russische ministerie van Buitenlandse Zaken reageerde evenmin."]

    @Test("its paragraphs, title and guessed language are those of the text; it has no quote, speaker or entity")
    func keptWithoutSpeakers() {
        let document = ArticleDocument(file: "brief.txt", metadata: ArticleMetadata(), paragraphs: names)
        let (article, entities) = ArticleAnalyzer().analyze(document, id: 7)
        #expect(article.id == 7)
        #expect(article.paragraphs.count == 2)
        let scalars = Array(article.text.unicodeScalars)  // a paragraph's range is in scalars
        #expect(article.paragraphs.map { String(String.UnicodeScalarView(scalars[$0.range])) } == names)
        #expect(article.title == fallbackTitle(from: names))
        #expect(article.language == .nl)
        #expect(article.quotes.isEmpty)
        #expect(article.speakerMentions.isEmpty)
        #expect(entities.isEmpty)
    }

    @Test("in a corpus, the speakers are those of the articles with quotes alone")
    func corpusSpeakersFromQuotedArticles() {
        let quoted = ArticleDocument(file: "quoted.txt", metadata: ArticleMetadata(language: .nl),
                                     paragraphs: ["“Wij gaan door”, zei minister Blinken."])
        let quoteless = ArticleDocument(file: "brief.txt", metadata: ArticleMetadata(language: .nl), paragraphs: names)
        let corpus = Corpus(documents: [quoteless, quoted])
        #expect(corpus.articles.map(\.file) == ["brief.txt", "quoted.txt"])
        #expect(corpus.articles[0].quotes.isEmpty)
        #expect(corpus.articles[1].quotes.count == 1)
        #expect(corpus.speakers.map(\.name) == ["Blinken"])
    }
}
