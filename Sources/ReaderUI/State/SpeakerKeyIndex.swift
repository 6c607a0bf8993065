import NewsModel

/// The speaker picker's index: the folded words ("keys") of every speaker's name and mentions, each
/// distinct word kept once, in byte order, with the speakers that have it; so the speakers with a word
/// beginning with what the user typed are one range of words found by binary search.
///
/// A typed word costs a search plus the speakers it matches, never a pass comparing every speaker's
/// words (that took 10–45 ms per key at 100 000 speakers). Speakers share most of their words (titles,
/// first names, countries): the 96 654 speakers of a generated 100 000-article corpus have 1.16 million
/// keys but 8 303 distinct words. So a word's bytes are stored once and a key is one 32-bit number, the
/// speaker under its word; with each key's own bytes, bounds, speaker and place in the sort (and arrays grown
/// by doubling) the index held 34 MB of the reader's state at that size, and 5 MB more with each speaker's
/// words listed as well. Whether a speaker has a word is answered from the word's list of speakers.
/// Positions are 32-bit: the index is built for every speaker of the corpus and kept while the reader runs.
struct SpeakerKeyIndex: Sendable, Equatable {
    /// Speaker ids, most quoted first: the picker's order.
    let order: [Int]
    /// Each speaker's position in `order` (`UInt32.max` for one not in it).
    private let rank: [UInt32]
    /// The distinct words' folded UTF-8 bytes, one after another in byte order: a word's number is its place.
    private let wordBytes: [UInt8]
    /// Where each word starts in `wordBytes`, plus the end of the last one.
    private let wordBounds: [UInt32]
    /// The speakers of each word, by id, ascending.
    private let wordSpeakers: GroupedLists<UInt32>
    /// The answer to each one-byte query, ready: the first key typed into the picker is a lookup. For each
    /// byte that begins a word, the positions in `order` of the speakers with such a word.
    private let initials: ByteBitmaps

    /// The index of speakers `0..<count`; `words(id, add)` hands each folded word of speaker `id` to
    /// `add` as UTF-8 bytes (asked once per speaker; a word given twice is kept once). `order` lists
    /// every id once.
    init(count: Int, order: [Int], words: (_ speaker: Int, _ add: (UnsafeBufferPointer<UInt8>) -> Void) -> Void) {
        // Each distinct word numbered as it is first met, by its bytes; a speaker's repeats dropped by
        // remembering the speaker each word came from last.
        var table = ByteKeyTable()
        var metBytes: [UInt8] = []
        var metBounds: [UInt32] = [0]
        var lastSpeaker: [Int] = []
        var keys: [UInt32] = []  // word numbers as met, speaker by speaker
        var speakerStarts: [UInt32] = []
        speakerStarts.reserveCapacity(count + 1)
        speakerStarts.append(0)
        for speaker in 0..<count {
            words(speaker) { word in
                let (number, isNew) = table.number(of: UnsafeRawBufferPointer(word))
                if isNew {
                    metBytes.append(contentsOf: word)
                    metBounds.append(UInt32(metBytes.count))
                    lastSpeaker.append(-1)
                }
                guard lastSpeaker[number] != speaker else { return }
                lastSpeaker[number] = speaker
                keys.append(UInt32(number))
            }
            speakerStarts.append(UInt32(keys.count))
        }
        let wordCount = metBounds.count - 1
        // the words in byte order, and each one's place there
        let byBytes = Self.byteOrder(metBytes, metBounds)
        var place = [UInt32](repeating: 0, count: wordCount)
        var wordBytes: [UInt8] = []
        wordBytes.reserveCapacity(metBytes.count)
        var wordBounds: [UInt32] = [0]
        wordBounds.reserveCapacity(wordCount + 1)
        for (position, number) in byBytes.enumerated() {
            place[Int(number)] = UInt32(position)
            wordBytes.append(contentsOf: metBytes[Int(metBounds[Int(number)])..<Int(metBounds[Int(number) + 1])])
            wordBounds.append(UInt32(wordBytes.count))
        }
        // each word's speakers, ascending: speaker by speaker, each speaker's words by their places
        let wordSpeakers = GroupedLists(count: wordCount, filler: UInt32(0)) { emit in
            for speaker in 0..<count {
                for key in keys[Int(speakerStarts[speaker])..<Int(speakerStarts[speaker + 1])] { emit(Int(place[Int(key)]), UInt32(speaker)) }
            }
        }
        keys = []
        var rank = [UInt32](repeating: .max, count: count)
        for (position, id) in order.enumerated() where rank.indices.contains(id) { rank[id] = UInt32(position) }
        var initials = ByteBitmaps(count: order.count, bytes: Set((0..<wordCount).compactMap { word in
            wordBounds[word] < wordBounds[word + 1] ? wordBytes[Int(wordBounds[word])] : nil
        }))
        for word in 0..<wordCount where wordBounds[word] < wordBounds[word + 1] {
            for speaker in wordSpeakers[word] where rank[Int(speaker)] != .max {
                initials.insert(Int(rank[Int(speaker)]), for: wordBytes[Int(wordBounds[word])])
            }
        }
        self.initials = initials
        self.order = order
        self.rank = rank
        self.wordBytes = wordBytes
        self.wordBounds = wordBounds
        self.wordSpeakers = wordSpeakers
    }

    /// The numbers of the words stored in `bytes` at `bounds` (word n from `bounds[n]` to `bounds[n + 1]`),
    /// sorted by their bytes.
    private static func byteOrder(_ bytes: [UInt8], _ bounds: [UInt32]) -> [UInt32] {
        let count = bounds.count - 1
        return bytes.withUnsafeBufferPointer { bytes in
            bounds.withUnsafeBufferPointer { bounds in
                func word(_ number: UInt32) -> UnsafeBufferPointer<UInt8> {
                    UnsafeBufferPointer(rebasing: bytes[Int(bounds[Int(number)])..<Int(bounds[Int(number) + 1])])
                }
                // Each word's first eight bytes as a big-endian number, zero-padded: numbers that differ
                // order their words as the bytes do. With equal numbers, of words no longer than eight bytes
                // the shorter comes first (its padding is the other's zero bytes); only longer words are
                // compared byte by byte.
                let prefixes = (0..<count).map { number in
                    var prefix: UInt64 = 0
                    var shift: UInt64 = 56
                    for byte in word(UInt32(number)).prefix(8) {
                        prefix |= UInt64(byte) << shift
                        shift &-= 8
                    }
                    return prefix
                }
                return prefixes.withUnsafeBufferPointer { prefixes in
                    (0..<UInt32(count)).sorted { a, b in
                        let prefixA = prefixes[Int(a)], prefixB = prefixes[Int(b)]
                        if prefixA != prefixB { return prefixA < prefixB }
                        let lengthA = bounds[Int(a) + 1] - bounds[Int(a)], lengthB = bounds[Int(b) + 1] - bounds[Int(b)]
                        if lengthA <= 8 || lengthB <= 8 { return lengthA < lengthB }
                        return word(a).lexicographicallyPrecedes(word(b))
                    }
                }
            }
        }
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
        if words.count == 1, words[0].count == 1 { return initials.positions(of: words[0][0]).map { order[$0] } }
        let numbers = words.map(wordNumbers(beginningWith:))
        let positions = numbers.map { wordSpeakers.positions(ofKeys: $0) }
        // the candidates: the earlier answer, or the speakers of the word with fewest; then narrowed by the
        // other words, fewest first
        var checks = positions.indices.sorted { positions[$0].count < positions[$1].count }
        var candidates: [Int]
        if let within, within.count < positions[checks[0]].count {
            candidates = within
        } else {
            candidates = speakers(at: positions[checks.removeFirst()])
        }
        for word in checks where !candidates.isEmpty {
            candidates = Self.narrowed(candidates, to: numbers[word], positions[word], of: self)
        }
        return candidates
    }

    /// `candidates` that have one of the words numbered `numbers`, whose speakers lie at `positions`: a few
    /// candidates are looked up in each word's list, many are checked against the marked speakers of all.
    private static func narrowed(_ candidates: [Int], to numbers: Range<Int>, _ positions: Range<Int>, of index: SpeakerKeyIndex) -> [Int] {
        if candidates.count * numbers.count * 16 < positions.count {
            return candidates.filter { index.hasWord(of: $0, in: numbers) }
        }
        var marked = [Bool](repeating: false, count: index.rank.count)
        for position in positions { marked[Int(index.wordSpeakers.element(at: position))] = true }
        return candidates.filter { marked.indices.contains($0) && marked[$0] }
    }

    /// True when one of speaker `id`'s keys begins with `word`.
    func hasKey(of id: Int, beginningWith word: [UInt8]) -> Bool {
        hasWord(of: id, in: wordNumbers(beginningWith: word))
    }

    /// True when speaker `id` has one of the words numbered `numbers`: a binary search in each one's
    /// speakers, which are in id order.
    private func hasWord(of id: Int, in numbers: Range<Int>) -> Bool {
        guard id >= 0, id <= UInt32.max else { return false }
        let target = UInt32(id)
        return numbers.contains { word in
            let speakers = wordSpeakers[word]
            var low = speakers.startIndex, high = speakers.endIndex
            while low < high {
                let middle = (low + high) / 2
                if speakers[middle] < target { low = middle + 1 } else { high = middle }
            }
            return low < speakers.endIndex && speakers[low] == target
        }
    }

    /// The numbers of the words that begin with `word`: one range, as words are numbered in byte order.
    private func wordNumbers(beginningWith word: [UInt8]) -> Range<Int> {
        // Words beginning with `word` compare equal on their first `word.count` bytes; those before are less.
        func firstNumber(where isAfter: (ArraySlice<UInt8>) -> Bool) -> Int {
            var low = 0, high = wordBounds.count - 1
            while low < high {
                let middle = (low + high) / 2
                let start = Int(wordBounds[middle])
                if isAfter(wordBytes[start..<min(Int(wordBounds[middle + 1]), start + word.count)]) { high = middle } else { low = middle + 1 }
            }
            return low
        }
        let lower = firstNumber { !$0.lexicographicallyPrecedes(word) }
        let upper = firstNumber { word.lexicographicallyPrecedes($0) }
        return lower..<max(lower, upper)
    }

    /// The speakers at `positions` of `wordSpeakers`' lists end to end, each once, in the picker's order.
    private func speakers(at positions: Range<Int>) -> [Int] {
        // A few are sorted by rank; many are marked and read off in the picker's order.
        if positions.count * 16 < order.count {
            let ranks = Set(positions.map { rank[Int(wordSpeakers.element(at: $0))] }).sorted()
            return ranks.compactMap { order.indices.contains(Int($0)) ? order[Int($0)] : nil }
        }
        var marked = [Bool](repeating: false, count: rank.count)
        for position in positions { marked[Int(wordSpeakers.element(at: position))] = true }
        return order.filter { marked.indices.contains($0) && marked[$0] }
    }
}
