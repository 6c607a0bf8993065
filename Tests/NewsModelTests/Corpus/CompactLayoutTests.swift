import Testing
@testable import NewsModel

/// A corpus holds millions of quotes, spans, mentions and references: each eight bytes more is eight
/// megabytes more at 100 000 articles, and the peak-memory target (issue 5) has about 1% to spare.
@Suite("Compact layout")
struct CompactLayoutTests {
    @Test("the model's per-quote and per-mention values keep their 32-bit sizes")
    func sizes() {
        #expect(MemoryLayout<QuoteSpan>.stride == 40)
        #expect(MemoryLayout<Quote>.stride == 104)
        #expect(MemoryLayout<SpeakerMention>.stride == 12)
        #expect(MemoryLayout<Paragraph>.stride == 16)
        #expect(MemoryLayout<Corpus.QuoteReference>.stride == 8)
    }

    @Test("values round-trip through their 32-bit storage")
    func roundTrip() {
        var reference = Corpus.QuoteReference(article: 99_999, quote: 12)
        reference.quote += 1
        #expect(reference.article == 99_999 && reference.quote == 13)
        var span = QuoteSpan(start: 5, end: 4_000_000, segments: [6..<9, 12..<20], paragraph: 1, lastParagraph: 2, depth: 3, isClosed: true)
        span.end += 1
        #expect([span.start, span.end, span.paragraph, span.lastParagraph, span.depth] == [5, 4_000_001, 1, 2, 3])
        #expect(span.segments == [6..<9, 12..<20])
        var mention = SpeakerMention(range: 3..<7, speaker: 70_000)
        mention.speaker += 1
        #expect(mention.speaker == 70_001 && mention.range == 3..<7)
    }
}
