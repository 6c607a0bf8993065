import Foundation

/// Paragraphs that repeat an earlier one of their article (a caption printed twice, a quote box).
extension ArticleAnalyzer {
    /// Marks each paragraph that repeats an earlier one word for word (whitespace folded).
    ///
    /// Folding keeps a text's ASCII bytes from `!` to DEL and adds none, so a repeat has as many as the
    /// paragraph it repeats (`WhitespaceFolding.keptASCIICount`): a paragraph whose count no other paragraph
    /// has repeats none and is repeated by none, and only paragraphs that share a count are compared, as `markRepeatsByFolding` compares
    /// them. Most articles repeat nothing and have few paragraphs of a count, and the count is read sixteen
    /// bytes a step (finding the folded length of every paragraph first, and folding those that do not fold to
    /// themselves, made marking 1 000 articles cost 24.2 M instructions; now 8.7 M). Where a scalar may be
    /// equal to others as a string but not as bytes (a decomposed accent), the count may differ between equal
    /// paragraphs: then every paragraph is marked by `markRepeatsByFolding`.
    func markRepeats(_ paragraphs: inout [Paragraph], _ texts: [Substring]) {
        guard texts.count > 1 else { return }
        // each paragraph's count in the high half and its index in the low, sorted: paragraphs that share a
        // count lie side by side (on the stack, not in an array allocated for each article)
        let candidates: [Int]? = withUnsafeTemporaryAllocation(of: Int.self, capacity: texts.count) { buffer in
            var keys = buffer  // a trivial type's memory: written before it is read
            for index in texts.indices {
                guard let kept = texts[index].utf8.withContiguousStorageIfAvailable(WhitespaceFolding.keptASCIICount) ?? nil
                else { return nil }
                keys[index] = kept << 32 | index
            }
            keys.sort()
            var candidates: [Int] = []
            var k = 1
            while k < keys.count {
                guard keys[k] >> 32 == keys[k - 1] >> 32 else {
                    k += 1
                    continue
                }
                candidates.append(keys[k - 1] & 0xFFFF_FFFF)
                while k < keys.count, keys[k] >> 32 == keys[k - 1] >> 32 {
                    candidates.append(keys[k] & 0xFFFF_FFFF)
                    k += 1
                }
            }
            return candidates
        }
        guard var candidates else { return markRepeatsByFolding(&paragraphs, texts) }
        guard !candidates.isEmpty else { return }
        candidates.sort()
        // a few paragraphs that each fold to themselves (most repeats and their originals): each compared as bytes
        // with those before it, a repeat marked with the first it equals (numbering them in a table, made for a
        // handful of keys and freed, cost 2.3 M instructions on 1 000 articles; comparing them, 1.0 M)
        let compared: Bool = candidates.count <= 8 && withUnsafeTemporaryAllocation(of: Int.self, capacity: candidates.count) { buffer in
            let words = buffer  // a trivial type's memory: written before it is read
            for k in candidates.indices {
                guard let count = texts[candidates[k]].utf8.withContiguousStorageIfAvailable(ScalarText.foldedWordCount) ?? nil
                else { return false }
                words[k] = count
            }
            for k in candidates.indices where words[k] > 1 {
                for earlier in 0..<k where words[earlier] > 1 && Self.sameBytes(texts[candidates[k]], texts[candidates[earlier]]) {
                    paragraphs[candidates[k]].repeatOf = candidates[earlier]
                    break
                }
            }
            return true
        }
        if !compared { markRepeats(&paragraphs, texts, among: candidates) }
    }

    /// True when `a` and `b` hold the same UTF-8 bytes, compared in one block (false where either is not
    /// contiguous, which a paragraph that folds to itself is).
    private static func sameBytes(_ a: Substring, _ b: Substring) -> Bool {
        let same = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in
                guard x.count == y.count else { return false }
                guard let left = x.baseAddress, let right = y.baseAddress else { return true }  // both empty
                return memcmp(left, right, x.count) == 0
            }
        }
        return (same ?? nil) ?? false
    }

    /// `markRepeats` of every paragraph, each folded or found to fold to itself.
    ///
    /// Paragraphs whose scalars are all characters of their own (`ScalarText.isOneScalarPerCharacter`) are in
    /// normal form, so two are equal as strings only when equal as bytes: they are numbered by their bytes
    /// (`ByteKeyTable`), without making a string or the normalising that hashing one does. From the first
    /// paragraph that is not, every paragraph is compared as a string. A paragraph that folding would leave as
    /// it is (`ScalarText.foldedWordCount`, most of them) is its own key, read in place without being copied.
    func markRepeatsByFolding(_ paragraphs: inout [Paragraph], _ texts: [Substring]) {
        // A repeat folds to the bytes of the paragraph it repeats, so to as many: while every paragraph of more
        // than one word has one scalar per character (compared by bytes below), a folded length that only one
        // of them has rules that one out, and most articles have no two of a length (hashing each paragraph
        // into the table was a third of marking). `-1`: a one-word line, never marked.
        var lengths = Array(repeating: -1, count: texts.count)
        var key: [UInt8] = []
        for (index, text) in texts.enumerated() {
            // the words and the byte count read in one call (a view's `utf8.count` walks its indices)
            if let (words, count) = text.utf8.withContiguousStorageIfAvailable({ (ScalarText.foldedWordCount($0), $0.count) }),
               let words {
                if words > 1 { lengths[index] = count }
                continue
            }
            let (words, oneScalarPerCharacter) = WhitespaceFolding.fold(text, into: &key)
            guard words > 1 else { continue }
            guard oneScalarPerCharacter else { return markRepeats(&paragraphs, texts, among: texts.indices) }
            lengths[index] = key.count
        }
        let sorted = lengths.filter { $0 >= 0 }.sorted()
        var shared: [Int] = []
        for k in sorted.indices.dropFirst() where sorted[k] == sorted[k - 1] && shared.last != sorted[k] { shared.append(sorted[k]) }
        guard !shared.isEmpty else { return }
        let candidates = Set(shared)
        markRepeats(&paragraphs, texts, among: texts.indices.filter { candidates.contains(lengths[$0]) })
    }

    /// `markRepeats` of the paragraphs at `indices`, in order: each compared with those before it.
    private func markRepeats(_ paragraphs: inout [Paragraph], _ texts: [Substring], among indices: some Sequence<Int>) {
        var seenBytes = ByteKeyTable(minimumCapacity: texts.count)
        var firstWithBytes: [Int] = []  // by number in `seenBytes`
        var seenStrings: [String: Int]?
        var key: [UInt8] = []
        for index in indices {
            let text = texts[index]
            let foldedWords = text.utf8.withContiguousStorageIfAvailable(ScalarText.foldedWordCount) ?? nil
            let (words, oneScalarPerCharacter) = foldedWords.map { ($0, true) } ?? WhitespaceFolding.fold(text, into: &key)
            guard words > 1 else { continue }  // a one-word line ("Foto") is no repeat worth marking
            if seenStrings == nil, !oneScalarPerCharacter {
                seenStrings = Dictionary(firstWithBytes.indices.map { (seenBytes.string(number: $0), firstWithBytes[$0]) },
                                         uniquingKeysWith: min)
            }
            if seenStrings != nil {
                let string = foldedWords != nil ? String(text) : String(decoding: key, as: UTF8.self)
                if let first = seenStrings?[string] { paragraphs[index].repeatOf = first } else { seenStrings?[string] = index }
                continue
            }
            let (number, isNew) = foldedWords != nil ? seenBytes.number(of: text) : key.withUnsafeBytes { seenBytes.number(of: $0) }
            if isNew { firstWithBytes.append(index) } else { paragraphs[index].repeatOf = firstWithBytes[number] }
        }
    }
}
