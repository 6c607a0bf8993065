import Testing
import TestSupport
@testable import NewsModel

/// The first real article: nine quotes, their speakers, `hij`, `het departement`, the repeated caption.
@Suite("Seed article (Blinken, Kazachstan)")
struct SeedArticleTests {
    let corpus = Corpus(loading: [Bundled.seed.path])

    var article: Article { corpus.articles[0] }

    func speaker(_ index: Int) -> String? {
        article.countedQuotes[index].speaker.map { corpus.speakers[$0].name }
    }

    @Test("loads as one Dutch article of January 2022 with nine counted quotes")
    func loads() {
        #expect(corpus.problems.isEmpty)
        #expect(corpus.articles.count == 1)
        #expect(article.language == .nl)
        #expect(article.metadata.date?.description == "2022-01")
        #expect(article.countedQuotes.count == 9)
        #expect(article.countedQuoteCount == 9)
    }

    @Test("the nine quotes come out in order with their speakers")
    func nineQuotes() {
        let expected: [(String, String, Quote.Kind)] = [
            ("Als Russen in je huis zijn", "Antony Blinken", .direct),
            ("Een lompe opmerking", "Russische ministerie van Buitenlandse Zaken", .direct),
            ("les uit het recente verleden", "Antony Blinken", .partial),
            ("leuk grapje te maken", "Russische ministerie van Buitenlandse Zaken", .partial),
            ("Hij ridiculiseerde", "Russische ministerie van Buitenlandse Zaken", .direct),
            ("Als Antony Blinken zo dol is", "Russische ministerie van Buitenlandse Zaken", .direct),
            ("de vele slachtoffers", "Kassym-Jomart Tokajev", .partial),
            ("lang telefoongesprek", "Kassym-Jomart Tokajev", .partial),
            ("permanent", "Vladimir Poetin & Kassym-Jomart Tokajev", .partial),
        ]
        let quotes = article.countedQuotes
        #expect(quotes.count == expected.count)
        for (quote, (start, speakerName, kind)) in zip(quotes, expected) {
            #expect(quote.text.hasPrefix(start))
            #expect(quote.speaker.map { corpus.speakers[$0].name } == speakerName, "quote “\(quote.text)”")
            #expect(quote.kind == kind, "quote “\(quote.text)”")
        }
    }

    @Test("hij resolves to Blinken and het departement to the ministry")
    func resolvedMentions() {
        let quotes = article.countedQuotes
        #expect(quotes[2].mention == "hij")
        #expect(quotes[2].cue == .speakerVerbQuote)
        #expect(quotes[5].mention == "het departement")
        #expect(quotes[4].cue == .continuation)
        #expect(quotes[7].mention == "Hij")
    }

    @Test("the caption printed twice is marked as a repeat of the first")
    func repeatedCaption() {
        #expect(article.paragraphs[6].repeatOf == 3)
        #expect(article.paragraphs.filter { $0.repeatOf != nil }.count == 1)
    }

    @Test("Blinken is one speaker with every way the article names him")
    func oneBlinken() throws {
        let blinken = try #require(corpus.speakers.first { $0.name == "Antony Blinken" })
        #expect(blinken.kind == .person)
        #expect(blinken.role == "minister")
        #expect(blinken.quoteCount == 2)
        #expect(blinken.mentions.contains("minister Antony Blinken"))
        #expect(blinken.mentions.contains("hij"))
        let group = try #require(corpus.speakers.first { $0.kind == .group })
        #expect(group.members.map { corpus.speakers[$0].name }.sorted() == ["Kassym-Jomart Tokajev", "Vladimir Poetin"])
    }

    @Test("--speaker style matching: surname, any case, accents and whole words")
    func matching() {
        let blinken = corpus.speakers(matching: "blinken")
        #expect(blinken.count == 1)
        #expect(corpus.speakers(matching: "russische ministerie").count == 1)
        #expect(corpus.speakers(matching: "blink").isEmpty)
        // Tokajev matches himself and the group he belongs to
        #expect(corpus.speakers(matching: "TOKAJEV").count == 2)
    }

    @Test("quote offsets point at the marks in the article text")
    func offsets() {
        let scalars = Array(article.text.unicodeScalars)
        for quote in article.quotes {
            #expect(scalars[quote.start] == "\u{201C}")
            #expect(scalars[quote.end - 1] == "\u{201D}")
        }
    }

    @Test("the corpus's invariants hold")
    func invariants() {
        #expect(corpus.invariantViolations() == [])
    }

    @Test("the whole analysis, as a tree, matches its snapshot")
    func treeDump() {
        assertSnapshot(TreeDump.dump(corpus), named: "seed.tree.txt", in: Bundled.snapshots)
    }
}
