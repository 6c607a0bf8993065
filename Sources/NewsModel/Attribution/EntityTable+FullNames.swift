extension EntityTable {
    /// The article's full names, and the shorter names that stand for one of them: "Blinken" for "Antony
    /// Blinken", "von der Leyen" for "Ursula von der Leyen", "Qin" for "Qin Gang" (family name first).
    ///
    /// A full name is looked up by the folded words of each of its endings and by its first word. Endings of
    /// one word are the surnames themselves (`bySurname`, one name each), so only endings of two words or more
    /// are filed; most names have two words and file nothing but their first word, with no array made for a
    /// key or a list. (Filed under one dictionary of word-array keys, a two-word name made four arrays to hash,
    /// keep and free, a fifth of making the table.)
    struct FullNames {
        /// Surname (folded) → full name words, from every full name in the article; ambiguous surnames are dropped.
        private(set) var bySurname: [String: [String]]
        /// Full names by their first word folded; also, so that key `[word, ""]` stays one key, by an ending of two
        /// words the last of which folds to nothing.
        private var byFirstWord: [String: Two] = [:]
        /// Full names by the folded words of each of their endings of two words or more, but those filed by first word.
        private var byEnding: [[String]: Two] = [:]
        /// The longest name ending filed; real names have five words at most, and filing every ending of a run of
        /// a thousand capitalised words would cost a million entries.
        static let longestIndexedEnding = 8
        /// What the indexes are made from, at their size (see `EmptyDictionaries`).
        private static let emptyByFirstWord = EmptyDictionaries<String, Two>()
        private static let emptyByEnding = EmptyDictionaries<[String], Two>()

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

        /// Files each of `names` (surname → full name) under its first word and its endings of two words or more.
        init(_ names: [String: [String]], counter: WorkCounter?) {
            bySurname = names
            guard !names.isEmpty else { return }
            byFirstWord = Self.emptyByFirstWord.withRoom(for: names.count)  // grown once, not doubled
            let endings = names.values.reduce(0) { $0 + max(0, min($1.count, Self.longestIndexedEnding + 1) - 2) }
            if endings > 0 { byEnding = Self.emptyByEnding.withRoom(for: endings) }
            // each full name is here once: it is the value of its own folded last word only
            for full in names.values {
                if full.count > 2 {
                    let folded = full.map(TextFolding.fold)
                    for length in 2..<min(full.count, Self.longestIndexedEnding + 1) {
                        counter?.entities += 1
                        file(full, under: folded.suffix(length))
                    }
                }
                if let first = full.first {
                    counter?.entities += 1
                    Self.file(full, in: &byFirstWord[TextFolding.fold(first)])
                }
            }
        }

        /// Files `full` under the words `key` (two or more), where a look-up by those words finds it.
        private mutating func file(_ full: [String], under key: ArraySlice<String>) {
            if key.count == 2, key[key.endIndex - 1].isEmpty {
                Self.file(full, in: &byFirstWord[key[key.startIndex]])
            } else {
                Self.file(full, in: &byEnding[Array(key)])
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
                // with no endings filed, only a last word that folds to nothing finds a name: an ASCII word (most)
                // folds to as many bytes, and is not folded (a fold, 300 instructions a name)
                if byEnding.isEmpty, !written[1].isEmpty, Organisations.isASCII(written[1]) { return nil }
                // two words of which the last folds to nothing are filed by the first (see `file(_:under:)`)
                let last = TextFolding.fold(written[1])
                if last.isEmpty { return byFirstWord[TextFolding.fold(written[0])]?.only }
                guard !byEnding.isEmpty else { return nil }
                return byEnding[[TextFolding.fold(written[0]), last]]?.only
            }
            guard written.count > 2, !byEnding.isEmpty else { return nil }
            return byEnding[written.map(TextFolding.fold)]?.only
        }
    }
}
