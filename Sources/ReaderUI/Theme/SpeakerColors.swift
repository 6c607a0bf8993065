import NewsModel

/// A colour slot for every speaker of a corpus: the same in every article, and different for
/// speakers who appear in the same article whenever there are slots enough.
///
/// Slots are given greedily, most quoted speaker first, each taking the lowest slot that none of the
/// speakers it shares an article with holds yet (and wrapping round when all are taken).
public struct SpeakerColors: Sendable, Equatable {
    public static let slotCount = 12
    private let slots: [Int]

    public init(corpus: Corpus) {
        // Who appears in each article, and where each speaker appears: walking these finds a speaker's
        // neighbours when it is its turn, where a set of neighbours per speaker held millions of
        // entries at 100 000 articles (a popular speaker shares articles with thousands).
        let count = corpus.speakers.count
        let present = corpus.articles.map { article in
            Array(Set(article.quotes.compactMap(\.speaker).filter { $0 >= 0 && $0 < count })).map { UInt32($0) }
        }
        let appearances = GroupedLists(count: count, filler: UInt32(0)) { emit in
            for (article, speakers) in present.enumerated() {
                for speaker in speakers { emit(Int(speaker), UInt32(article)) }
            }
        }
        var slots = Array(repeating: -1, count: count)
        for (order, speaker) in corpus.speakersByQuotes.enumerated() where speaker.id < count {
            var taken = [Bool](repeating: false, count: Self.slotCount)
            for article in appearances[speaker.id] {
                for other in present[Int(article)] where Int(other) != speaker.id && slots[Int(other)] >= 0 {
                    taken[slots[Int(other)]] = true
                }
            }
            slots[speaker.id] = taken.firstIndex(of: false) ?? order % Self.slotCount
        }
        self.slots = slots
    }

    public func slot(of speaker: Int) -> Int {
        speaker >= 0 && speaker < slots.count ? max(0, slots[speaker]) : 0
    }
}
