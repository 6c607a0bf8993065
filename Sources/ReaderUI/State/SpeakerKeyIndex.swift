import NewsModel

/// The speaker picker's index: the folded words ("keys") of every speaker's name and mentions, kept
/// in byte order, so the speakers with a word beginning with what the user typed are one range found
/// by binary search.
///
/// A typed word costs a search plus the speakers it matches, never a pass comparing every speaker's
/// words (that took 10–45 ms per key at 100 000 speakers). Positions are 32-bit: the index is built
/// for every speaker of the corpus and kept while the reader runs.
struct SpeakerKeyIndex: Sendable, Equatable {
    /// Speaker ids, most quoted first: the picker's order.
    let order: [Int]
    /// Each speaker's position in `order` (`UInt32.max` for one not in it).
    private let rank: [UInt32]
    /// Every key's folded UTF-8 bytes, one after another.
    private let bytes: [UInt8]
    /// Where each key starts in `bytes`, plus the end of the last one.
    private let keyBounds: [UInt32]
    /// The speaker of each key.
    private let keySpeaker: [UInt32]
    /// Where each speaker's keys start, plus the end of the last speaker's.
    private let speakerBounds: [UInt32]
    /// Key numbers in byte order of their keys.
    private let sorted: [UInt32]
    /// The answer to each one-byte query, ready: the first key typed into the picker is a lookup.
    private let initials: GroupedLists<UInt32>

    /// The index of speakers `0..<count`; `words(id, add)` hands each folded word of speaker `id` to
    /// `add` as UTF-8 bytes (asked once per speaker; a word given twice is kept once). `order` lists
    /// every id once.
    init(count: Int, order: [Int], words: (_ speaker: Int, _ add: (UnsafeBufferPointer<UInt8>) -> Void) -> Void) {
        var bytes: [UInt8] = []
        var keyBounds: [UInt32] = []
        var keySpeaker: [UInt32] = []
        var speakerBounds: [UInt32] = []
        speakerBounds.reserveCapacity(count + 1)
        // A speaker's words are deduplicated by sorting their few keys, not through a set of strings
        // (hashing and a string per word were most of the cost of the build); sorted, a speaker's keys
        // also give their first bytes in order, each once, for `initials`.
        var spans: [Range<Int>] = []
        var scratch: [UInt8] = []
        for speaker in 0..<count {
            speakerBounds.append(UInt32(keyBounds.count))
            let firstByte = bytes.count
            spans.removeAll(keepingCapacity: true)
            words(speaker) { word in
                spans.append(bytes.count..<bytes.count + word.count)
                bytes.append(contentsOf: word)
            }
            if spans.count > 1 {
                scratch.removeAll(keepingCapacity: true)
                scratch.append(contentsOf: bytes[firstByte...])
                bytes.removeSubrange(firstByte...)
                scratch.withUnsafeBufferPointer { scratch in
                    func word(_ span: Range<Int>) -> UnsafeBufferPointer<UInt8> {
                        UnsafeBufferPointer(rebasing: scratch[span.lowerBound - firstByte..<span.upperBound - firstByte])
                    }
                    spans.sort { word($0).lexicographicallyPrecedes(word($1)) }
                    for (n, span) in spans.enumerated() where n == 0 || !word(span).elementsEqual(word(spans[n - 1])) {
                        keyBounds.append(UInt32(bytes.count))
                        keySpeaker.append(UInt32(speaker))
                        bytes.append(contentsOf: word(span))
                    }
                }
            } else if let span = spans.first {
                keyBounds.append(UInt32(span.lowerBound))
                keySpeaker.append(UInt32(speaker))
            }
        }
        speakerBounds.append(UInt32(keyBounds.count))
        keyBounds.append(UInt32(bytes.count))
        var rank = [UInt32](repeating: .max, count: count)
        for (position, id) in order.enumerated() where rank.indices.contains(id) { rank[id] = UInt32(position) }
        let sorted = bytes.withUnsafeBufferPointer { bytes in
            func key(_ number: UInt32) -> UnsafeBufferPointer<UInt8> {
                let key = Int(number)
                return UnsafeBufferPointer(rebasing: bytes[Int(keyBounds[key])..<Int(keyBounds[key + 1])])
            }
            // Each key's first eight bytes as a big-endian number, zero-padded: numbers that differ
            // order their keys as the bytes do. With equal numbers, of keys no longer than eight bytes
            // the shorter comes first (its padding is the other's zero bytes) and equal lengths are
            // equal keys; only longer keys are compared byte by byte. Many speakers share words
            // ("minister", "van"), so equal prefixes are common.
            // (the prefixes in an array of their own beside the key numbers that are sorted, not in tuples
            // sorted whole: tuples of sixteen bytes and the sort's buffer of as many were the reader state's
            // peak memory at 100 000 articles)
            let prefixes = (0..<keySpeaker.count).map { number in
                var prefix: UInt64 = 0
                var shift: UInt64 = 56
                for byte in key(UInt32(number)).prefix(8) {
                    prefix |= UInt64(byte) << shift
                    shift &-= 8
                }
                return prefix
            }
            return prefixes.withUnsafeBufferPointer { prefixes in
                keyBounds.withUnsafeBufferPointer { bounds in
                    (0..<UInt32(keySpeaker.count)).sorted { a, b in
                        let prefixA = prefixes[Int(a)], prefixB = prefixes[Int(b)]
                        if prefixA != prefixB { return prefixA < prefixB }
                        let lengthA = bounds[Int(a) + 1] - bounds[Int(a)], lengthB = bounds[Int(b) + 1] - bounds[Int(b)]
                        if lengthA <= 8 || lengthB <= 8 { return lengthA < lengthB }
                        return key(a).lexicographicallyPrecedes(key(b))
                    }
                }
            }
        }
        self.initials = GroupedLists(count: 256, filler: 0) { emit in
            for id in order where rank.indices.contains(id) {
                var previous = -1
                for key in Int(speakerBounds[id])..<Int(speakerBounds[id + 1]) {
                    let start = Int(keyBounds[key])
                    guard start < Int(keyBounds[key + 1]), Int(bytes[start]) != previous else { continue }
                    previous = Int(bytes[start])
                    emit(previous, UInt32(id))
                }
            }
        }
        self.order = order
        self.rank = rank
        self.bytes = bytes
        self.keyBounds = keyBounds
        self.keySpeaker = keySpeaker
        self.speakerBounds = speakerBounds
        self.sorted = sorted
    }

    /// The index of speakers whose folded words are `keys[id]`.
    init(keys: [[String]], order: [Int]) {
        self.init(count: keys.count, order: order) { id, add in
            for var key in keys[id] { key.withUTF8(add) }
        }
    }

    /// Speakers, in the picker's order, for whom every word of `words` (folded UTF-8) begins one of
    /// their keys. `within`, when given, is an earlier answer known to hold every match.
    func matches(_ words: [[UInt8]], within: [Int]? = nil) -> [Int] {
        let words = words.filter { !$0.isEmpty }
        guard !words.isEmpty else { return order }
        if words.count == 1, words[0].count == 1 { return initials[Int(words[0][0])].map { Int($0) } }
        let ranges = words.map(keys(beginningWith:))
        let narrowest = ranges.indices.min { ranges[$0].count < ranges[$1].count }!
        var candidates: [Int]
        var remaining = Array(words.indices)
        if let within, within.count < ranges[narrowest].count {
            candidates = within
        } else {
            candidates = speakers(of: ranges[narrowest])
            remaining.removeAll { $0 == narrowest }
        }
        for word in remaining { candidates = narrow(candidates, toKeysAt: ranges[word], beginningWith: words[word]) }
        return candidates
    }

    /// The `candidates` (in their order) with a key beginning with `word`, whose keys are at `positions`
    /// of `sorted`.
    private func narrow(_ candidates: [Int], toKeysAt positions: Range<Int>, beginningWith word: [UInt8]) -> [Int] {
        // Reading a candidate's keys costs a comparison for each; marking the speakers of the keys costs a
        // step for each key, whoever it belongs to. Reading the keys of 50 000 candidates took 10 ms.
        if candidates.count * 8 <= positions.count {
            return candidates.filter { hasKey(of: $0, beginningWith: word) }
        }
        // A bit per speaker: 100 000 speakers' flags are 12 KB, not 100 KB to clear and hop through.
        var marked = [UInt64](repeating: 0, count: (rank.count + 63) / 64)
        for position in positions {
            let speaker = Int(keySpeaker[Int(sorted[position])])
            marked[speaker >> 6] |= 1 << UInt64(speaker & 63)
        }
        return candidates.filter { $0 >= 0 && $0 < rank.count && marked[$0 >> 6] & (1 << UInt64($0 & 63)) != 0 }
    }

    /// True when one of speaker `id`'s keys begins with `word`.
    func hasKey(of id: Int, beginningWith word: [UInt8]) -> Bool {
        guard id >= 0, id + 1 < speakerBounds.count else { return false }
        return bytes.withUnsafeBufferPointer { bytes in
            word.withUnsafeBufferPointer { word in
                (Int(speakerBounds[id])..<Int(speakerBounds[id + 1])).contains { key in
                    let start = Int(keyBounds[key])
                    return Int(keyBounds[key + 1]) - start >= word.count
                        && UnsafeBufferPointer(rebasing: bytes[start..<start + word.count]).elementsEqual(word)
                }
            }
        }
    }

    /// The positions in `sorted` of the keys that begin with `word`: one range, as keys are in byte order.
    private func keys(beginningWith word: [UInt8]) -> Range<Int> {
        // Keys beginning with `word` compare equal on their first `word.count` bytes; those before are less.
        func firstPosition(where isAfter: (ArraySlice<UInt8>) -> Bool) -> Int {
            var low = 0, high = sorted.count
            while low < high {
                let middle = (low + high) / 2
                let key = Int(sorted[middle])
                let start = Int(keyBounds[key])
                if isAfter(bytes[start..<min(Int(keyBounds[key + 1]), start + word.count)]) { high = middle } else { low = middle + 1 }
            }
            return low
        }
        let lower = firstPosition { !$0.lexicographicallyPrecedes(word) }
        let upper = firstPosition { word.lexicographicallyPrecedes($0) }
        return lower..<max(lower, upper)
    }

    /// The speakers of the keys at `positions` of `sorted`, each once, in the picker's order.
    private func speakers(of positions: Range<Int>) -> [Int] {
        // Their ranks are marked a bit each and read off in order: sorting a set of 5 000 ranks took
        // 0.3 ms, and reading the picker's whole order for a flag per speaker as long.
        var marked = [UInt64](repeating: 0, count: (order.count + 63) / 64)
        for position in positions {
            let rank = Int(rank[Int(keySpeaker[Int(sorted[position])])])
            if rank < order.count { marked[rank >> 6] |= 1 << UInt64(rank & 63) }
        }
        var speakers: [Int] = []
        for (word, bits) in marked.enumerated() where bits != 0 {
            var bits = bits
            while bits != 0 {
                speakers.append(order[word << 6 | bits.trailingZeroBitCount])
                bits &= bits - 1
            }
        }
        return speakers
    }
}
