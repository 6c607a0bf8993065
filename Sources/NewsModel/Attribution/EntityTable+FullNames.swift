extension EntityTable {
    /// The article's full names, and the shorter names that stand for one of them: "Blinken" for "Antony
    /// Blinken", "von der Leyen" for "Ursula von der Leyen", "Qin" for "Qin Gang" (family name first).
    ///
    /// A full name is found by the folded words of each of its endings and by its first word. An ending ends
    /// with the name's surname, and a surname is filed with one full name (`bySurname`; a surname of two is
    /// dropped), so an ending of two words or more finds the full name of its last word, where that name ends
    /// so: the endings need no index of their own. (Filed by their word arrays, the endings of a name of three
    /// words or more made an array of each to hash, keep and free: 2 M instructions on 1 000 articles.) Only an
    /// ending of two words whose last folds to nothing is filed, by its first word (as the first words are).
    struct FullNames {
        /// Surname (folded) → full name words, from every full name in the article; ambiguous surnames are dropped.
        private(set) var bySurname: [String: [String]]
        /// Full names by their first word folded; also, so that key `[word, ""]` stays one key, by an ending of two
        /// words the last of which folds to nothing.
        private var byFirstWord: [String: Two] = [:]
        /// Whether a full name has more than two words, so that a name of two words can be one's ending.
        private var hasLongNames = false
        /// The longest name ending looked up; real names have five words at most, and filing every ending of a run of
        /// a thousand capitalised words would cost a million entries.
        static let longestIndexedEnding = 8
        /// What the index is made from, at its size (see `EmptyDictionaries`).
        private static let emptyByFirstWord = EmptyDictionaries<String, Two>()

        /// At most two full names of one key, each once: enough to tell one match from an ambiguous one, and
        /// no buffer to make for them (the names' arrays are the census's, shared).
        struct Two {
            var first: [String]
            var second: [String]?

            /// The one name filed, or nil for two.
            var only: [String]? { second == nil ? first : nil }

            /// Adds `full` unless it is here or two are.
            mutating func file(_ full: [String]) {
                if second == nil, full != first { second = full }
            }
        }

        /// Files each of `names` (surname → full name) under its first word, and under the first of an ending of
        /// two words whose last folds to nothing.
        init(_ names: [String: [String]], counter: WorkCounter?) {
            bySurname = names
            guard !names.isEmpty else { return }
            byFirstWord = Self.emptyByFirstWord.withRoom(for: names.count)  // grown once, not doubled
            // each full name is here once: it is the value of its own folded last word only
            for (surname, full) in names {
                if full.count > 2 {
                    hasLongNames = true
                    counter?.entities += min(full.count, Self.longestIndexedEnding + 1) - 2
                    if surname.isEmpty {
                        Self.file(full, in: &byFirstWord[TextFolding.fold(full[full.count - 2])])
                    }
                }
                if let first = full.first {
                    counter?.entities += 1
                    Self.file(full, in: &byFirstWord[TextFolding.fold(first)])
                }
            }
        }

        /// Adds `full` to the names of one key, changed where it lies (a copy taken out and stored back hashed
        /// the key twice).
        private static func file(_ full: [String], in filed: inout Two?) {
            if filed == nil { filed = Two(first: full) } else { filed?.file(full) }
        }

        /// Whether the article has full names, which a shorter name could be part of.
        var hasNames: Bool { !bySurname.isEmpty }

        /// The one full name that a name of one word, given folded, is part of: as its surname or, written first,
        /// its family name; nil for none or more than one.
        func fullName(ofFolded word: String) -> [String]? {
            guard !bySurname.isEmpty else { return nil }
            if let full = bySurname[word] { return full }  // a surname is its own ending of one word
            return byFirstWord[word]?.only
        }

        /// The one full name that a shorter name, given as its words are written, is part of; nil for none or
        /// more than one. Words are folded only where there is a name they could find.
        func fullName(of written: [String]) -> [String]? {
            guard !bySurname.isEmpty else { return nil }  // no full names, no parts of one: nothing to hash
            if written.count == 1 { return fullName(ofFolded: TextFolding.fold(written[0])) }
            if written.count == 2 {
                // with no name longer than two words, only a last word that folds to nothing finds a name: an ASCII
                // word (most) folds to as many bytes, and is not folded (a fold, 300 instructions a name)
                if !hasLongNames, !written[1].isEmpty, Organisations.isASCII(written[1]) { return nil }
                // two words of which the last folds to nothing are filed by the first (see `init`)
                let last = TextFolding.fold(written[1])
                if last.isEmpty { return byFirstWord[TextFolding.fold(written[0])]?.only }
                return ending(written, surname: last)
            }
            guard written.count > 2, hasLongNames else { return nil }
            return ending(written, surname: TextFolding.fold(written[written.count - 1]))
        }

        /// The full name that `written` (two words or more, the last folding to `surname`) is an ending of: the
        /// one name of that surname, where it is longer, the ending no longer than `longestIndexedEnding`, and its
        /// other words fold alike.
        private func ending(_ written: [String], surname: String) -> [String]? {
            guard hasLongNames, written.count <= Self.longestIndexedEnding, let full = bySurname[surname],
                  full.count > written.count else { return nil }
            let offset = full.count - written.count
            for n in 0..<(written.count - 1) where TextFolding.fold(written[n]) != TextFolding.fold(full[offset + n]) {
                return nil
            }
            return full
        }
    }
}
