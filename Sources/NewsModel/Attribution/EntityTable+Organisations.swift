extension EntityTable {
    /// The article's organisations (not places) filed by their words, word sets and country, with the folded words
    /// they are matched on: what finds the organisation that a name or a noun names again.
    ///
    /// The table owns the entities and passes them in; this index owns only what it files them by. A name only
    /// grows and a country is only ever set once, so an entry may be stale (a word set the organisation has
    /// outgrown) and each is checked on use. With these, naming an organisation costs the same among ten or ten
    /// thousand.
    struct Organisations {
        /// Each organisation's words folded one by one, by entity id, made when its words are set: organisations are
        /// matched on them again and again, and folding each time was a tenth of resolving a mention. Kept
        /// here, not on the entity, so they go with the table rather than into the merge: kept on the entities
        /// of a chunk of articles they added 2 MB to the peak memory of a 10 000-article load.
        /// Empty for the other entities, which are never matched on them: folding and keeping the words of every
        /// person, place and group was an array made and freed for each.
        private var foldedWords: [[String]] = []
        /// Organisations, ascending, by their head noun and each lower-cased word of their name (`asHead`), and by
        /// each folded word (`asWord`). One dictionary: an ASCII word is the same key both ways, filed with one
        /// hash, and a dictionary fewer is made and freed for each article.
        private var byWord: [String: Filed] = [:]
        /// Organisations, ascending, by the set of their folded words. (A word set is keyed as its words sorted, each
        /// once (`wordSetKey`): hashed in one pass, where a `Set` key hashed each word on its own and building the
        /// set hashed them once more.)
        private var byWordSet: [[String]: IDs] = [:]
        /// Organisations, ascending, by country.
        private var byCountry: [String: IDs] = [:]
        /// Names longer than this many distinct words are matched by scanning every organisation: the index
        /// looks a name's word subsets up one by one, 2^n of them.
        static let longestIndexedName = 8
        /// What the indexes are made from, at their size (see `EmptyDictionaries`).
        private static let emptyByWord = EmptyDictionaries<String, Filed>()
        private static let emptyByWordSet = EmptyDictionaries<[String], IDs>()

        /// Nouns that name the same kind of body: a ministry is "het departement" too.
        static let headFamilies: [Set<String>] = [
            ["ministerie", "departement", "ministry", "department", "state department", "foreign ministry", "ministère",
             "ministerium", "außenministerium", "departement", "amt", "auswärtige amt", "office", "foreign office"],
            ["regering", "kabinet", "government", "administration", "regierung", "bundesregierung", "gouvernement"],
            ["agentschap", "agency", "agentur", "agence", "organisatie", "organization", "organisation"],
        ]

        /// The index in `headFamilies` of the first family with each noun: one look-up, where asking each family's
        /// set hashed the noun up to three times.
        static let familyOfHead: [String: Int] = {
            var families: [String: Int] = [:]
            for (index, family) in headFamilies.enumerated() {
                for noun in family where families[noun] == nil { families[noun] = index }
            }
            return families
        }()

        /// The organisations filed under one word, as a head (or lower-cased word of their name) and as a folded word.
        struct Filed {
            var asHead = IDs()
            var asWord = IDs()

            mutating func fileAsHeadAndWord(_ id: Int) {
                asHead.insert(id)
                asWord.insert(id)
            }
        }

        /// An empty index for an article that names at most `entities` entities, `organisations` of them
        /// organisations: made at that size once, not grown by doubling (only what is looked up, never iterated,
        /// so the order does not matter; made at their size rather than reserved: `reserveCapacity` is not
        /// specialised, a thousand instructions a call).
        init(entities: Int, organisations: Int) {
            foldedWords.reserveCapacity(entities)
            if organisations > 0 {
                byWord = Self.emptyByWord.withRoom(for: 2 * organisations)
                byWordSet = Self.emptyByWordSet.withRoom(for: organisations)
            }
        }

        /// The newest organisation of `country`, which a place speaking stands for.
        func newest(of country: String) -> Int? {
            byCountry[country]?.last
        }

        /// The newest organisation of `entities` with the same head and country (where both are known) whose name
        /// holds the words `words` or is held by them; `words` is the `wordSetKey` of a name's folded words.
        /// `counter` counts the organisations looked at, when tests ask (passed, not kept: the table keeps it, and
        /// a second reference was one more to retain and release with every copy of the table).
        func named(_ words: [String], head: String?, country: String?, in entities: [LocalEntity], counter: WorkCounter?) -> Int? {
            // the distinct words sorted, searched in place; a set of them only for a long run of capitalised words
            // (building a set for every organisation named was a tenth of naming one)
            let wordSet = words.count > 16 ? Set(words) : nil
            func holds(_ word: String) -> Bool { wordSet?.contains(word) ?? words.contains(word) }
            func matches(_ id: Int) -> Bool {
                counter?.entities += 1
                // read in place, not copied out: a copy retains and releases each of the entity's arrays and strings
                let sameHead = entities[id].head == head || head == nil || entities[id].head == nil
                let sameCountry = entities[id].country == nil || country == nil || entities[id].country == country
                guard sameHead, sameCountry else { return false }
                let known = foldedWords[id]
                return Self.isSubset(words, of: known) || known.allSatisfy(holds)
            }
            if words.isEmpty || words.count > Self.longestIndexedName {
                return entities.indices.reversed().first { entities[$0].kind == .organisation && !entities[$0].isPlace && matches($0) }
            }
            // a name that holds this one's words is filed under each of them: walk the shortest list
            var shortest = IDs()
            var filed: [String] = []
            for (n, word) in words.enumerated() {
                let list = byWord[word]?.asWord ?? IDs()
                if n == 0 || list.count < shortest.count { shortest = list }
                if !list.isEmpty { filed.append(word) }
            }
            var found = shortest.reversed().first(where: matches)
            // a name held by this one's words is filed under its word set, one of this name's subsets; each word
            // of a filed word set is filed on its own too, so only subsets of the words filed so far can be keys
            // (looking up all 2^n subsets, a set built for each, was most of the cost of naming an organisation)
            // (the words are distinct and sorted: each subset taken in order is a word set key)
            var subset: [String] = []
            subset.reserveCapacity(filed.count)
            for mask in 0..<(1 << filed.count) {
                subset.removeAll(keepingCapacity: true)
                for (bit, word) in filed.enumerated() where mask & (1 << bit) != 0 { subset.append(word) }
                if let newest = byWordSet[subset]?.reversed().first(where: matches), newest > found ?? -1 {
                    found = newest
                }
            }
            return found
        }

        /// Whether organisation `id`'s name says all that `folded` (a name's folded words, `wordSet` their
        /// `wordSetKey`) says: the same words, or more.
        func hasName(_ id: Int, folded: [String], wordSet: [String]) -> Bool {
            let known = foldedWords[id]
            return known == folded || Self.isSubset(wordSet, of: known)
        }

        /// The most recent organisation of `entities` whose noun is `head`, or failing that one of the same family;
        /// `counter` counts the organisations looked at, when tests ask.
        func namedAgain(by head: String, in entities: [LocalEntity], counter: WorkCounter?) -> Int? {
            /// The newest organisation with `word` among its heads.
            func newest(_ word: String) -> Int? {
                for id in (byWord[word]?.asHead ?? IDs()).reversed() {
                    counter?.entities += 1
                    // the heads looked through where they lie, not gathered into an array for each candidate
                    if entities[id].head == word || entities[id].words.indices.contains(where: { lowercasedWord($0, of: id, in: entities) == word }) {
                        return id
                    }
                }
                return nil
            }
            if let same = newest(head) { return same }
            guard let family = Self.familyOfHead[head] else { return nil }
            return Self.headFamilies[family].compactMap(newest).max()
        }

        /// Takes in entity `id`, the last of `entities`: an organisation that is no place is filed, with its words
        /// folded (`folded` where the caller has them, `wordSet` their `wordSetKey`); any other gets no folded words.
        /// (Inlined into the table's `add`: called for every entity, most of them no organisation, it cost 20
        /// instructions an entity more than the check where it lay.)
        @inline(__always)
        mutating func add(_ id: Int, foldedWords folded: [String]?, wordSet: [String]?, in entities: [LocalEntity]) {
            guard entities[id].kind == .organisation, !entities[id].isPlace else {
                foldedWords.append([])
                return
            }
            foldedWords.append(folded ?? entities[id].words.map(TextFolding.fold))
            file(id, wordSet: wordSet, in: entities)
        }

        /// Files organisation `id` again after its name grew to the folded words `folded` (`wordSet` their
        /// `wordSetKey`) and it may have got a country; its entries under the old name stay, checked on use.
        mutating func rename(_ id: Int, foldedWords folded: [String], wordSet: [String], in entities: [LocalEntity]) {
            foldedWords[id] = folded
            file(id, wordSet: wordSet, in: entities)
        }

        /// Word `n` of entity `id` lower-cased: an ASCII word's folded form, made already where the entity is an
        /// organisation (`lowercased()` cost 500 instructions a word), else `lowercased()`.
        private func lowercasedWord(_ n: Int, of id: Int, in entities: [LocalEntity]) -> String {
            let word = entities[id].words[n]
            if n < foldedWords[id].count, Self.isASCII(word) { return foldedWords[id][n] }
            return Self.lowercased(word)
        }

        /// Each letter from U+00C0 to U+017F (À to ſ) lower-cased, made once: "É" → "é", "Ł" → "ł", "İ" → "i̇".
        static let latinLowercase: [[UInt8]] = LatinLetters.table { $0.lowercased() }

        /// `word.lowercased()`, made byte by byte where the word is of ASCII and letters À to ſ (`LatinLetters`),
        /// as most names not of ASCII are: `lowercased()` maps each scalar on its own, and cost 5 000
        /// instructions such a word (1.9 M of filing 1 000 articles' organisations).
        static func lowercased(_ word: String) -> String {
            let made = word.utf8.withContiguousStorageIfAvailable { bytes -> String? in
                // a two-byte letter lower-cases to at most three bytes (İ → i̇): twice the input is room enough
                let lowered = String(unsafeUninitializedCapacity: bytes.count * 2) { buffer in
                    LatinLetters.map(bytes, letters: latinLowercase, into: UnsafeMutableRawBufferPointer(buffer))
                }
                return lowered.isEmpty ? nil : lowered
            }
            if let made, let lowered = made { return lowered }
            return word.lowercased()
        }

        /// Files organisation `id` under its heads, folded words, word set and country (again after it grows);
        /// `wordSet` is the `wordSetKey` of its folded words where the caller has it (sorting them again was a tenth
        /// of filing an organisation).
        private mutating func file(_ id: Int, wordSet: [String]?, in entities: [LocalEntity]) {
            // the heads filed one by one, not gathered into an array and a set first: `insert` files an id once
            // (each list changed where it lies, under `default:`: taken out and stored back, it hashed the key twice)
            if let head = entities[id].head { byWord[head, default: Filed()].asHead.insert(id) }
            // each word filed as lower-cased and as folded (`insert` files an id once: a word written twice is no matter)
            let wordsFolded = foldedWords[id]  // made from the same words, in the same order
            for n in entities[id].words.indices {
                let lower = lowercasedWord(n, of: id, in: entities)
                if n < wordsFolded.count, lower == wordsFolded[n] {
                    byWord[lower, default: Filed()].fileAsHeadAndWord(id)
                } else {
                    byWord[lower, default: Filed()].asHead.insert(id)
                    if n < wordsFolded.count { byWord[wordsFolded[n], default: Filed()].asWord.insert(id) }
                }
            }
            byWordSet[wordSet ?? Self.wordSetKey(wordsFolded), default: IDs()].insert(id)
            if let country = entities[id].country { byCountry[country, default: IDs()].insert(id) }
        }

        /// The set of `words` as a key: its words in ascending order, each once. Strings order and compare by
        /// canonical equivalence alike, so two word lists have equal keys exactly when their sets are equal.
        static func wordSetKey(_ words: [String]) -> [String] {
            guard words.count > 1 else { return words }
            // words in ascending order already, each once, are their own key: no array made and sorted
            if words.indices.dropFirst().allSatisfy({ words[$0 - 1] < words[$0] }) { return words }
            var key = words.sorted()
            var kept = 1
            for index in 1..<key.count where key[index] != key[kept - 1] {
                key.swapAt(kept, index)
                kept += 1
            }
            key.removeLast(key.count - kept)
            return key
        }

        /// Whether every one of `words` is among `known`. Names have a handful of words: looking them up in the
        /// array costs less than building a set of it, which only a long run of capitalised words needs.
        static func isSubset(_ words: [String], of known: [String]) -> Bool {
            if known.count <= 16 { return words.allSatisfy(known.contains) }
            return Set(known).isSuperset(of: words)
        }

        /// Whether `word` is ASCII, whose folded and lower-cased forms are one: A–Z made a–z.
        static func isASCII(_ word: String) -> Bool {
            word.utf8.withContiguousStorageIfAvailable { TextFolding.asciiCase($0) != .notASCII } ?? ASCIIBytes.isASCII(word)
        }
    }
}
