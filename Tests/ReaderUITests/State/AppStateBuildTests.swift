import Testing
import TestSupport
import NewsModel
@testable import ReaderUI

/// The state's build on a corpus takes shortcuts (sorting positions by precomputed keys, folding ASCII
/// names itself, deduplicating without sets); each must give exactly what the plain definition gives.
@Suite("AppState build")
struct AppStateBuildTests {
    /// The bundled corpus with dates, files and records drawn from small sets, so ties and missing
    /// dates are common, and speakers with tied quote counts, repeated words and non-ASCII names.
    static func shuffledCorpus(seed: UInt64) -> Corpus {
        var random = SplitMix64(seed: seed)
        var corpus = Fixture.bundledCorpus
        let dates: [NewsDate?] = [nil, NewsDate(year: 2022), NewsDate(year: 2022, month: 1), NewsDate(year: 2022, month: 1, day: 10),
                                  NewsDate(year: 2022, month: 1, day: 10, hour: 12, minute: 0, utcOffset: 3600),
                                  NewsDate(year: 2022, month: 1, day: 10, hour: 11, minute: 0, utcOffset: 0), NewsDate(year: 2021)]
        let files = ["b.jsonl", "a.jsonl", "A.jsonl", "é.txt", "a.jsonl"]
        for index in corpus.articles.indices {
            corpus.articles[index].metadata.date = dates[Int.random(in: 0..<dates.count, using: &random)]
            corpus.articles[index].file = files[Int.random(in: 0..<files.count, using: &random)]
            corpus.articles[index].record = Bool.random(using: &random) ? nil : Int.random(in: 0..<3, using: &random)
        }
        let names = ["Antony Blinken", "ANTONY blinken", "Sergej Lavrov", "Élysée-paleis", "Blinken’s “team”", "het ministerie",
                     "Ministerie van Buitenlandse Zaken", "Straße 12", "ŉ", "", "Jean-Yves Le Drian", "Lavrov Lavrov"]
        for index in corpus.speakers.indices {
            corpus.speakers[index].quoteCount = Int.random(in: 0..<3, using: &random)
            corpus.speakers[index].name = names[Int.random(in: 0..<names.count, using: &random)]
            corpus.speakers[index].mentions = (0..<Int.random(in: 0...3, using: &random)).map { _ in
                names[Int.random(in: 0..<names.count, using: &random)]
            }
        }
        return corpus
    }

    static var corpora: [Corpus] { [Fixture.bundledCorpus] + (1...5).map { shuffledCorpus(seed: $0) } }

    @Test("articles are ordered newest first, undated last, then by file, record and id")
    func articleOrder() {
        for corpus in Self.corpora {
            let keys = corpus.articles.map { (date: $0.metadata.date, file: $0.file, record: $0.record ?? 0, id: $0.id) }
            let expected = keys.sorted { a, b in
                switch (a.date, b.date) {
                case let (x?, y?) where x != y: return x > y
                case (.some, nil): return true
                case (nil, .some): return false
                default: return (a.file, a.record, a.id) < (b.file, b.record, b.id)
                }
            }.map(\.id)
            #expect(AppState.newestFirst(corpus.articles) == expected)
        }
    }

    @Test("speakers are ordered as the corpus orders them: most quoted first, then by name")
    func speakerOrder() {
        for corpus in Self.corpora {
            #expect(AppState.speakersByQuotes(corpus.speakers) == corpus.speakersByQuotes.map(\.id))
        }
    }

    @Test("the picker's index of speakers is the index of their names' and mentions' folded words")
    func speakerKeys() {
        for corpus in Self.corpora {
            let order = corpus.speakersByQuotes.map(\.id)
            let keys = corpus.speakers.map { speaker in
                Array(Set(TextFolding.words(([speaker.name] + speaker.mentions).joined(separator: " "))))
            }
            #expect(SpeakerKeyIndex(speakers: corpus.speakers, order: order) == SpeakerKeyIndex(keys: keys, order: order))
        }
    }

    @Test("the filter's index gives each speaker's quotes and their groups', in list order, however the articles sort")
    func filterIndex() {
        for corpus in Self.corpora {
            let start = AppState(corpus: corpus, width: 120, height: 40, colors: .extended)
            for speaker in corpus.speakers {
                var state = start
                state.applyFilter(speaker: speaker.id)
                let ids = Set([speaker.id] + corpus.speakers.filter { $0.kind == .group && $0.members.contains(speaker.id) }.map(\.id))
                let quotes = start.articleOrder.flatMap { id in
                    corpus.articles[id].quotes.enumerated().filter { _, quote in
                        !quote.isRepeat && quote.kind != .term && quote.speaker.map(ids.contains) == true
                    }.map { Corpus.QuoteReference(article: id, quote: $0.offset) }
                }
                #expect(state.visibleQuotes == quotes, "\(speaker.name)")
            }
        }
    }

    @Test("colour slots are the greedy ones: most quoted first, the lowest slot no co-speaker holds")
    func colors() {
        for corpus in Self.corpora {
            // The plain definition, with a set of speakers per article.
            let count = corpus.speakers.count
            let present = corpus.articles.map { Set($0.quotes.compactMap(\.speaker).filter { $0 >= 0 && $0 < count }) }
            var slots = Array(repeating: -1, count: count)
            for (order, speaker) in corpus.speakersByQuotes.enumerated() {
                var taken = Set<Int>()
                for speakers in present where speakers.contains(speaker.id) {
                    for other in speakers where other != speaker.id && slots[other] >= 0 { taken.insert(slots[other]) }
                }
                slots[speaker.id] = (0..<SpeakerColors.slotCount).first { !taken.contains($0) } ?? order % SpeakerColors.slotCount
            }
            let colors = SpeakerColors(corpus: corpus)
            #expect(corpus.speakers.indices.map(colors.slot(of:)) == slots)
        }
    }
}
