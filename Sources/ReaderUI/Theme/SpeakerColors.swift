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
        var neighbours = Array(repeating: Set<Int>(), count: corpus.speakers.count)
        for article in corpus.articles {
            let present = Set(article.quotes.compactMap(\.speaker))
            for speaker in present where speaker < neighbours.count { neighbours[speaker].formUnion(present) }
        }
        var slots = Array(repeating: -1, count: corpus.speakers.count)
        for (order, speaker) in corpus.speakersByQuotes.enumerated() where speaker.id < slots.count {
            let taken = Set(neighbours[speaker.id].compactMap { $0 == speaker.id || slots[$0] < 0 ? nil : slots[$0] })
            slots[speaker.id] = (0..<Self.slotCount).first { !taken.contains($0) } ?? order % Self.slotCount
        }
        self.slots = slots
    }

    /// The slot of `speaker` (0 when the id is unknown).
    public func slot(of speaker: Int) -> Int {
        speaker >= 0 && speaker < slots.count ? max(0, slots[speaker]) : 0
    }
}
