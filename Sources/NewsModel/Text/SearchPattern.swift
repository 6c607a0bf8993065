/// A search query folded once (case and diacritics), found in texts by reading their UTF-8 bytes.
///
/// "kazachstan" finds "Kazachstan", "poetin" finds "Poetin", "elysee" finds "Élysée" and "Elyse\u{301}e".
/// Offsets count Unicode scalars from the start of the text. A match starts on a scalar that is not a
/// diacritic and takes in the diacritics that follow its last scalar. Matches do not overlap.
/// Foundation's `range(of:options: [.caseInsensitive, .diacriticInsensitive])` found the same but took
/// 35–90 µs per article: a search that found nothing froze the reader 3.5–9 s at 100 000 articles.
public struct SearchPattern: Sendable, Equatable {
    /// The folded scalars of the query.
    private let folded: [UInt32]
    private let folds = ScalarFolds.shared
    private let startBytes: [Bool]

    /// Nil when the query folds to nothing (it is empty or only diacritics).
    public init?(_ query: String) {
        let folded = ScalarFolds.shared.fold(query)
        guard !folded.isEmpty else { return nil }
        self.folded = folded
        startBytes = Self.startBytes(of: folded[0], folds: ScalarFolds.shared)
    }

    /// Two patterns are the same when their queries fold the same (the rest is made from that).
    public static func == (a: SearchPattern, b: SearchPattern) -> Bool { a.folded == b.folded }

    /// The scalar ranges of every match in `text`.
    public func matches(in text: String) -> [Range<Int>] {
        var result: [Range<Int>] = []
        withBytes(of: text) { bytes in
            scan(bytes) { range in
                result.append(range)
                return true
            }
        }
        return result
    }

    /// True when the query occurs in `text`; stops at the first match.
    public func occurs(in text: String) -> Bool {
        var found = false
        withBytes(of: text) { bytes in
            scan(bytes) { _ in
                found = true
                return false
            }
        }
        return found
    }

    private func withBytes(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if text.utf8.withContiguousStorageIfAvailable(body) == nil {
            var copy = text
            copy.withUTF8(body)
        }
    }

    /// Walks `bytes` and hands each match to `found` until it returns false.
    /// Bytes that cannot begin a scalar folding to the query's first scalar (`startBytes`) are stepped over
    /// one by one, and scalars are counted only back from a match, so most of a text costs a table look-up a byte.
    private func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ found: (Range<Int>) -> Bool) {
        let first = folded[0]
        var index = 0
        // the scalars before byte `counted`: counted up to each match from the last
        var counted = 0, scalarsBefore = 0
        startBytes.withUnsafeBufferPointer { starts in
            while index < bytes.count {
                let byte = bytes[index]
                guard starts[Int(byte)] else {
                    index += 1
                    continue
                }
                let width = ScalarText.width(ofLead: byte)
                guard index + width <= bytes.count else { return }
                if width > 1, folds.firstFolded(ScalarText.decode(index, width, in: bytes).value) != first {
                    index += width
                    continue
                }
                guard let match = match(bytes, at: index) else {
                    index += width
                    continue
                }
                scalarsBefore += ScalarText.scalarCount(UnsafeBufferPointer(rebasing: bytes[counted..<index]))
                guard found(scalarsBefore..<(scalarsBefore + match.scalars)) else { return }
                index += match.bytes
                counted = index
                scalarsBefore += match.scalars
            }
        }
    }

    /// For each byte, whether it can begin a scalar whose folding starts with `first`: the ASCII letter and
    /// its capital, the lead bytes of the tabled scalars that fold to it, and every lead byte of scalars
    /// above the table (E3 to F4), which are decoded and folded to tell. Continuation bytes never.
    private static func startBytes(of first: UInt32, folds: ScalarFolds) -> [Bool] {
        var starts = [Bool](repeating: false, count: 256)
        for value in 0..<ScalarFolds.tabled where folds.firstFolded(value) == first {
            starts[Int(value < 0x80 ? value : value < 0x800 ? 0xC0 | value >> 6 : 0xE0 | value >> 12)] = true
        }
        for lead in Int(0xE0 | ScalarFolds.tabled >> 12)...0xF4 { starts[lead] = true }
        return starts
    }

    /// The length in bytes and scalars of the match that starts at `start`, if one does.
    private func match(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (bytes: Int, scalars: Int)? {
        var index = start, scalars = 0, next = 0
        while next < folded.count {
            guard index < bytes.count else { return nil }
            let width = ScalarText.width(ofLead: bytes[index])
            guard index + width <= bytes.count else { return nil }
            let value = ScalarText.decode(index, width, in: bytes).value
            let agrees = folds.forEachFolded(value) { form in
                guard next < folded.count, folded[next] == form else { return false }
                next += 1
                return true
            }
            guard agrees else { return nil }
            index += width
            scalars += 1
        }
        // the diacritics written after the last letter belong to it
        while index < bytes.count {
            let width = ScalarText.width(ofLead: bytes[index])
            guard width > 1, index + width <= bytes.count,
                  folds.firstFolded(ScalarText.decode(index, width, in: bytes).value) == nil else { break }
            index += width
            scalars += 1
        }
        return (index - start, scalars)
    }
}
