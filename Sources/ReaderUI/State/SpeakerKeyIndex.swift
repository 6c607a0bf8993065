import NewsModel

/// The speaker picker's index: the folded words ("keys") of every speaker's name and mentions, kept
/// in byte order, so the speakers with a word beginning with what the user typed are one range found
/// by binary search.
///
/// A typed word costs a search plus the speakers it matches, never a pass comparing every speaker's
/// words (that took 10–45 ms per key at 100 000 speakers).
struct SpeakerKeyIndex: Sendable, Equatable {
    /// Speaker ids, most quoted first: the picker's order.
    let order: [Int]
    /// Each speaker's position in `order`.
    private let rank: [Int]
    /// Every key's folded UTF-8 bytes, one after another.
    private let bytes: [UInt8]
    /// Where each key starts in `bytes`, plus the end of the last one.
    private let keyBounds: [Int]
    /// The speaker of each key.
    private let keySpeaker: [Int]
    /// Where each speaker's keys start, plus the end of the last speaker's.
    private let speakerBounds: [Int]
    /// Key numbers in byte order of their keys.
    private let sorted: [Int]
    /// The answer to each one-byte query, ready: the first key typed into the picker is a lookup.
    private let initials: [UInt8: [Int]]

    /// `keys[id]` are speaker `id`'s folded words; `order` lists every id once.
    init(keys: [[String]], order: [Int]) {
        var bytes: [UInt8] = []
        var keyBounds: [Int] = []
        var keySpeaker: [Int] = []
        var speakerBounds: [Int] = []
        for (speaker, words) in keys.enumerated() {
            speakerBounds.append(keyBounds.count)
            for word in words {
                keyBounds.append(bytes.count)
                keySpeaker.append(speaker)
                bytes.append(contentsOf: word.utf8)
            }
        }
        speakerBounds.append(keyBounds.count)
        keyBounds.append(bytes.count)
        var rank = [Int](repeating: Int.max, count: keys.count)
        for (position, id) in order.enumerated() where rank.indices.contains(id) { rank[id] = position }
        let sorted = bytes.withUnsafeBufferPointer { bytes in
            (0..<keySpeaker.count).sorted { a, b in
                bytes[keyBounds[a]..<keyBounds[a + 1]].lexicographicallyPrecedes(bytes[keyBounds[b]..<keyBounds[b + 1]])
            }
        }
        self.order = order
        self.rank = rank
        self.bytes = bytes
        self.keyBounds = keyBounds
        self.keySpeaker = keySpeaker
        self.speakerBounds = speakerBounds
        self.sorted = sorted
        var initials: [UInt8: [Int]] = [:]
        for id in order where keys.indices.contains(id) {
            for initial in Set(keys[id].compactMap(\.utf8.first)) { initials[initial, default: []].append(id) }
        }
        self.initials = initials
    }

    /// Speakers, in the picker's order, for whom every word of `words` (folded UTF-8) begins one of
    /// their keys. `within`, when given, is an earlier answer known to hold every match.
    func matches(_ words: [[UInt8]], within: [Int]? = nil) -> [Int] {
        let words = words.filter { !$0.isEmpty }
        guard !words.isEmpty else { return order }
        if words.count == 1, words[0].count == 1 { return initials[words[0][0]] ?? [] }
        let ranges = words.map(keys(beginningWith:))
        let narrowest = ranges.indices.min { ranges[$0].count < ranges[$1].count }!
        let others = words.indices.filter { $0 != narrowest }.map { words[$0] }
        if let within, within.count < ranges[narrowest].count {
            return within.filter { id in words.allSatisfy { hasKey(of: id, beginningWith: $0) } }
        }
        return speakers(of: ranges[narrowest]).filter { id in others.allSatisfy { hasKey(of: id, beginningWith: $0) } }
    }

    /// True when one of speaker `id`'s keys begins with `word`.
    func hasKey(of id: Int, beginningWith word: [UInt8]) -> Bool {
        guard id >= 0, id + 1 < speakerBounds.count else { return false }
        return (speakerBounds[id]..<speakerBounds[id + 1]).contains { key in
            let start = keyBounds[key]
            return keyBounds[key + 1] - start >= word.count && bytes[start..<start + word.count].elementsEqual(word)
        }
    }

    /// The positions in `sorted` of the keys that begin with `word`: one range, as keys are in byte order.
    private func keys(beginningWith word: [UInt8]) -> Range<Int> {
        // Keys beginning with `word` compare equal on their first `word.count` bytes; those before are less.
        func firstPosition(where isAfter: (ArraySlice<UInt8>) -> Bool) -> Int {
            var low = 0, high = sorted.count
            while low < high {
                let middle = (low + high) / 2
                let key = sorted[middle]
                let head = bytes[keyBounds[key]..<min(keyBounds[key + 1], keyBounds[key] + word.count)]
                if isAfter(head) { high = middle } else { low = middle + 1 }
            }
            return low
        }
        let lower = firstPosition { !$0.lexicographicallyPrecedes(word) }
        let upper = firstPosition { word.lexicographicallyPrecedes($0) }
        return lower..<max(lower, upper)
    }

    /// The speakers of the keys at `positions` of `sorted`, each once, in the picker's order.
    private func speakers(of positions: Range<Int>) -> [Int] {
        // A few keys are sorted by rank; many are marked and read off in the picker's order.
        if positions.count * 16 < order.count {
            let ranks = Set(positions.map { rank[keySpeaker[sorted[$0]]] }).sorted()
            return ranks.compactMap { order.indices.contains($0) ? order[$0] : nil }
        }
        var marked = [Bool](repeating: false, count: rank.count)
        for position in positions { marked[keySpeaker[sorted[position]]] = true }
        return order.filter { marked.indices.contains($0) && marked[$0] }
    }
}
