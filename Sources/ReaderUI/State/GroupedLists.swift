/// Lists of elements for keys `0..<count`, stored one after another in a single array with where
/// each key's list starts: the reader's per-speaker indexes, without an array (and its header and
/// spare room) for each of 100 000 speakers.
struct GroupedLists<Element: Sendable & Equatable>: Sendable, Equatable {
    /// Where each key's list starts in `elements`, plus the end of the last one.
    private let starts: [UInt32]
    private let elements: [Element]

    /// The lists for keys `0..<count`, from the pairs `enumerate` gives to its callback, each list in
    /// the order its pairs came. `enumerate` is called twice (a count, then the placing) and must give
    /// the same pairs both times; pairs with a key out of range are dropped. `filler` holds the places
    /// until they are filled.
    init(count: Int, filler: Element, enumerate: ((Int, Element) -> Void) -> Void) {
        var starts = [UInt32](repeating: 0, count: count + 1)
        enumerate { key, _ in if key >= 0 && key < count { starts[key + 1] += 1 } }
        for key in 0..<count { starts[key + 1] += starts[key] }
        var next = starts
        var placed = [Element](repeating: filler, count: Int(starts[count]))
        enumerate { key, element in
            guard key >= 0 && key < count else { return }
            placed[Int(next[key])] = element
            next[key] += 1
        }
        self.starts = starts
        self.elements = placed
    }

    /// The lists given as they are stored: `elements` end to end, key `k`'s from `starts[k]` to
    /// `starts[k + 1]` (`starts` begins at 0, never decreases and ends at `elements.count`).
    init(starts: [UInt32], elements: [Element]) {
        self.starts = starts
        self.elements = elements
    }

    /// How many keys there are.
    var count: Int { starts.count - 1 }

    /// Where the lists of `keys`, one after another, lie among all the elements (see `element(at:)`).
    func positions(ofKeys keys: Range<Int>) -> Range<Int> {
        let lower = min(max(keys.lowerBound, 0), count), upper = min(max(keys.upperBound, lower), count)
        return Int(starts[lower])..<Int(starts[upper])
    }

    /// The element at `position` of all the lists end to end.
    func element(at position: Int) -> Element { elements[position] }

    /// The list of `key`, empty for a key out of range.
    subscript(key: Int) -> ArraySlice<Element> {
        guard key >= 0 && key < count else { return [] }
        return elements[Int(starts[key])..<Int(starts[key + 1])]
    }
}
