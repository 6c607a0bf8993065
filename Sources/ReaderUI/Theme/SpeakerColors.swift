import NewsModel

/// A colour slot for every speaker of a corpus: the same in every article, and different for
/// speakers who appear in the same article whenever there are slots enough.
///
/// Slots are given greedily, most quoted speaker first, each taking the lowest slot that none of the
/// speakers it shares an article with holds yet (and wrapping round when all are taken).
public struct SpeakerColors: Sendable, Equatable {
    public static let slotCount = 12
    /// Each speaker's slot, -1 for none (a byte each: one for each of 100 000 speakers is kept while the reader runs).
    private let slots: [Int8]

    public init(corpus: Corpus) {
        self.init(corpus: corpus, order: corpus.speakersByQuotes.map(\.id))
    }

    /// The slots for `corpus`, whose speaker ids most quoted first (`speakersByQuotes`) the caller has.
    init(corpus: Corpus, order: [Int]) {
        // Who appears in each article, and where each speaker appears: walking these finds a speaker's
        // neighbours when it is its turn, where a set of neighbours per speaker held millions of
        // entries at 100 000 articles (a popular speaker shares articles with thousands). An article's
        // speakers are listed once each by remembering the article each was last seen in, not through
        // a set per article.
        let count = corpus.speakers.count
        var lastSeen = [Int](repeating: -1, count: count)
        let present = GroupedLists(count: corpus.articles.count, filler: UInt32(0)) { emit in
            lastSeen.withUnsafeMutableBufferPointer { $0.update(repeating: -1) }
            for article in corpus.articles.indices {
                let quotes = corpus.articles[article].quotes
                for index in quotes.indices {
                    guard let speaker = quotes[index].speaker, speaker >= 0, speaker < count, lastSeen[speaker] != article else { continue }
                    lastSeen[speaker] = article
                    emit(article, UInt32(speaker))
                }
            }
        }
        let appearances = GroupedLists(count: count, filler: UInt32(0)) { emit in
            for article in 0..<present.count {
                for speaker in present[article] { emit(Int(speaker), UInt32(article)) }
            }
        }
        var slots = Array(repeating: -1, count: count)
        for (position, speaker) in order.enumerated() where speaker >= 0 && speaker < count {
            var taken: UInt32 = 0
            for article in appearances[speaker] {
                for other in present[Int(article)] where Int(other) != speaker && slots[Int(other)] >= 0 {
                    taken |= 1 << UInt32(slots[Int(other)])
                }
            }
            let free = (~taken).trailingZeroBitCount
            slots[speaker] = free < Self.slotCount ? free : position % Self.slotCount
        }
        self.slots = slots.map { Int8($0) }
    }

    public func slot(of speaker: Int) -> Int {
        speaker >= 0 && speaker < slots.count ? max(0, Int(slots[speaker])) : 0
    }
}
