import Testing
@testable import NewsModel

/// A corpus holds millions of quotes, spans, mentions and references: each eight bytes more is eight
/// megabytes more at 100 000 articles, where the peak memory (issue 5) is about 2.5 times the corpus on disk.
@Suite("Compact layout")
struct CompactLayoutTests {
    @Test("the model's per-quote and per-mention values keep their 32-bit sizes")
    func sizes() {
        #expect(MemoryLayout<QuoteSpan>.stride == 40)
        #expect(MemoryLayout<Quote>.stride == 96)
        #expect(MemoryLayout<SpeakerMention>.stride == 12)
        #expect(MemoryLayout<Paragraph>.stride == 12)
        #expect(MemoryLayout<Corpus.QuoteReference>.stride == 8)
        #expect(MemoryLayout<Speaker>.stride == 64)
        #expect(MemoryLayout<Article>.stride == 160)
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
        for repeatOf in [0, 7, 4_000_000, nil] {
            var paragraph = Paragraph(range: 10..<4_000_000, repeatOf: repeatOf)
            #expect(paragraph.repeatOf == repeatOf && paragraph.range == 10..<4_000_000)
            paragraph.repeatOf = nil
            #expect(paragraph.repeatOf == nil && paragraph != Paragraph(range: 10..<4_000_000, repeatOf: 0))
        }
        var speaker = Speaker(id: 96_653, name: "Antony Blinken", kind: .person, quoteCount: 1_120_000, articleCount: 99_999)
        speaker.quoteCount += 1
        #expect([speaker.id, speaker.quoteCount, speaker.articleCount] == [96_653, 1_120_001, 99_999] && speaker.kind == .person)
        for record in [0, 1, 40_000_000, nil] {
            var article = Article(id: 99_999, file: "feed.jsonl", record: record, metadata: ArticleMetadata(), language: .en, title: "t",
                                  text: "x", paragraphs: [], quotes: [], speakerMentions: [])
            #expect(article.id == 99_999 && article.record == record)
            article.record = nil
            article.id += 1
            #expect(article.record == nil && article.id == 100_000 && article.location == "feed.jsonl")
        }
        var mention = SpeakerMention(range: 3..<7, speaker: 70_000)
        mention.speaker += 1
        #expect(mention.speaker == 70_001 && mention.range == 3..<7)
    }

    @Test("a quote's speaker and mention range read back as set, absent ones and empty ranges included")
    func quoteOptionals() {
        let span = QuoteSpan(start: 0, end: 5, segments: [1..<4], paragraph: 0, lastParagraph: 0, depth: 0, isClosed: true)
        var quote = Quote(index: 0, span: span, text: "abc", kind: .direct)
        #expect(quote.speaker == nil && quote.mentionRange == nil)
        for speaker in [0, 1, 70_000, Int(UInt32.max) - 1, nil] {
            for range in [0..<0, 3..<3, 5..<9, 4_000_000..<4_000_007, nil] {
                quote.speaker = speaker
                quote.mentionRange = range
                #expect(quote.speaker == speaker && quote.mentionRange == range)
                let made = Quote(index: 0, span: span, text: "abc", kind: .direct, speaker: speaker, mentionRange: range)
                #expect(made == quote)
            }
        }
        quote.mentionRange = 2..<3
        var other = quote
        other.mentionRange = nil
        #expect(other != quote)
    }
}
