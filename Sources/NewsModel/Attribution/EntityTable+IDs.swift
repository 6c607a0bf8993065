extension EntityTable {
    /// Entity ids in ascending order, each once: the entities the table files under one word, role word, word
    /// set or country.
    ///
    /// The first id is kept inline and the others in an array made for a second one: most keys file a single
    /// entity, and an array for each was a buffer made and then freed with the table, a fifth of filing an
    /// organisation and of the table's end.
    struct IDs: RandomAccessCollection {
        /// The lowest id, or -1 when there is none.
        private var lowest = -1
        /// The ids after the lowest.
        private var others: [Int] = []

        init() {}

        var startIndex: Int { 0 }
        var endIndex: Int { lowest < 0 ? 0 : others.count + 1 }
        subscript(position: Int) -> Int { position == 0 ? lowest : others[position - 1] }

        /// Whether `id` is here: searched by halves, the ids being in order, so that asking costs little however
        /// many entities a word files.
        func containsID(_ id: Int) -> Bool {
            var low = 0, high = count
            while low < high {
                let middle = (low + high) / 2
                if self[middle] < id { low = middle + 1 } else { high = middle }
            }
            return low < count && self[low] == id
        }

        /// Inserts `id` once, in order; an id filed again after its entity changed usually goes last.
        mutating func insert(_ id: Int) {
            var at = count
            while at > 0, self[at - 1] > id { at -= 1 }
            if at > 0, self[at - 1] == id { return }
            if lowest < 0 {
                lowest = id
            } else if at == 0 {
                others.insert(lowest, at: 0)
                lowest = id
            } else if at - 1 == others.count {
                // appended where it goes last (nearly always): `insert(_:at:)` goes through the general replacing path
                others.append(id)
            } else {
                others.insert(id, at: at - 1)
            }
        }
    }
}
