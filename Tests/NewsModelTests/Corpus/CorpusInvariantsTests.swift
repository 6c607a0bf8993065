import Foundation
import Testing
@testable import NewsModel

/// `Corpus.invariantViolations()` passes every bundled article and names what is broken in a damaged corpus.
@Suite("Corpus invariants")
struct CorpusInvariantsTests {
    /// Two articles: a quote attributed to a named minister, and the same paragraph printed twice.
    static let sample = Bundled.corpus([
        "“Wij gaan door,” zei minister Jan de Vries.",
        "Het ministerie noemde het een “stap”.",
        "“Wij gaan door,” zei minister Jan de Vries.",
    ], language: .nl)

    @Test("every bundled article, read as one corpus (the gold set's articles), keeps the invariants")
    func bundledArticles() {
        let corpus = Corpus(loading: [Bundled.articles.path])
        #expect(corpus.articles.count >= 15)
        #expect(corpus.invariantViolations() == [])
    }

    @Test("a sound corpus has no violations")
    func sound() {
        #expect(Self.sample.articles[0].paragraphs.last?.repeatOf == 0)
        #expect(Self.sample.invariantViolations() == [])
    }

    @Test("a quote span outside the text, outside its paragraph, or partly overlapping another is named")
    func brokenQuotes() {
        var outside = Self.sample
        outside.articles[0].quotes[0].span.end = 10_000
        outside.articles[0].quotes[1].span.start = 5
        let violations = outside.invariantViolations()
        #expect(violations.contains { $0.hasPrefix("article 0 (test.txt): quote 0 span") && $0.contains("outside the text") })
        #expect(violations.contains { $0.contains("quote 1 opens at 5, outside its paragraph 1") })

        var overlapping = Self.sample
        overlapping.articles[0].quotes[0].span.end = overlapping.articles[0].quotes[1].start + 1
        #expect(overlapping.invariantViolations().contains { $0.contains("quote 1") && $0.contains("partly overlaps quote 0") })
    }

    @Test("a repeat mark on a different paragraph, a stray isRepeat and a wrong quoteCount are all named")
    func brokenRepeatsAndCounts() throws {
        var corpus = Self.sample
        corpus.articles[0].paragraphs[1].repeatOf = 0
        corpus.articles[0].quotes[0].isRepeat = true
        let speaker = try #require(corpus.articles[0].quotes[0].speaker)
        corpus.speakers[speaker].quoteCount += 5
        let violations = corpus.invariantViolations()
        #expect(violations.contains { $0.contains("paragraph 1 is marked as a repeat of paragraph 0 but its words differ") })
        #expect(violations.contains { $0.contains("quote 0 isRepeat is true but its paragraph 0 repeats none") })
        #expect(violations.contains { $0.hasPrefix("speaker \(speaker) ") && $0.contains("quoteCount") })
    }

    @Test("a speaker id past the speakers list is named for quotes and mentions")
    func unknownSpeaker() {
        var corpus = Self.sample
        corpus.articles[0].quotes[0].speaker = 99
        if !corpus.articles[0].speakerMentions.isEmpty { corpus.articles[0].speakerMentions[0].speaker = 99 }
        let violations = corpus.invariantViolations()
        #expect(violations.contains { $0.contains("quote 0 names speaker 99") })
        #expect(corpus.articles[0].speakerMentions.isEmpty || violations.contains { $0.contains("speaker mention 0 names speaker 99") })
    }
}
