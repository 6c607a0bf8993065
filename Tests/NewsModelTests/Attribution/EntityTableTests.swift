import Testing
@testable import NewsModel

@Suite("EntityTable")
struct EntityTableTests {
    /// Pieces a role is joined from: one-word ASCII and accented words, and the cases where the joined role
    /// splits otherwise (spaces inside, empty pieces, a mark after the space, a prepended sign before it).
    static let pieces = ["minister", "foreign", "Außenministerin", "ministère", "chef", "de", "l'État", "vice president",
                         "", " ", "\u{301}x", "x\u{301}", "\u{600}", "a\u{600}", "é", "\u{200D}b", "b\u{200D}", "\r", "\n", "-"]

    @Test("a role's words taken from the pieces it was joined from are the words of splitting it on spaces")
    func roleWords() {
        var cases: [[String]] = [[]]
        for a in Self.pieces {
            cases.append([a])
            for b in Self.pieces {
                cases.append([a, b])
                for c in Self.pieces.prefix(8) { cases.append([c, a, b]) }
            }
        }
        for pieces in cases {
            let role = pieces.joined(separator: " ")
            let split = role.split(separator: " ").map(String.init)
            #expect(EntityTable.roleWords(role, joinedFrom: pieces) == split, "\(pieces.map { Array($0.unicodeScalars) })")
            #expect(EntityTable.roleWords(role, joinedFrom: nil) == split)
        }
    }
}

extension EntityTableTests {
    @Test("two word lists have equal word set keys exactly when their sets of words are equal")
    func wordSetKey() {
        // "é" written as one scalar and as e and a mark is one word to a set; so is "Å" and the ångström sign
        let words = ["ministerie", "buitenlandse", "zaken", "é", "e\u{301}", "Å", "\u{212B}", "", "MINISTERIE"]
        var lists: [[String]] = [[]]
        for a in words {
            lists.append([a])
            for b in words {
                lists.append([a, b])
                for c in words.prefix(5) { lists += [[a, b, c], [c, b, a, b]] }
            }
        }
        let others = lists.prefix(200).map { (words: $0, key: EntityTable.Organisations.wordSetKey($0), set: Set($0)) }
        for x in lists {
            let key = EntityTable.Organisations.wordSetKey(x)
            let set = Set(x)
            #expect(Set(key) == set && key.count == set.count)
            for y in others {
                #expect((key == y.key) == (set == y.set), "\(x) \(y.words)")
            }
        }
    }
}

extension EntityTableTests {
    @Test("the last dash of a word is where a search of its characters finds it")
    func lastDash() {
        let words = ["", "-", "Grünen-Politikerin", "Grunen-Politikerin", "ex-minister", "vice-president-elect", "minister",
                     "a-\u{301}b", "-\u{301}", "x--", "—", "‐", "a-b\r\n", "ré-élu"]
        for word in words {
            #expect(EntityTable.lastDash(word) == word.lastIndex(of: "-"), "\(Array(word.unicodeScalars))")
        }
    }
}

extension EntityTableTests {
    @Test("entity ids filed under a key stay ascending and each once, and are found by halves where they are")
    func ids() {
        var ids = EntityTable.IDs()
        var expected: [Int] = []
        // mostly ascending, as entities are filed, with ids filed again and out of order as organisations grow
        let filed = (0..<60).map { $0 } + (0..<200).map { ($0 * 37) % 23 } + [0, 59, 61, 5, 100, 1]
        for id in filed {
            ids.insert(id)
            if !expected.contains(id) { expected = (expected + [id]).sorted() }
            #expect(Array(ids) == expected)
            #expect(Array(ids.reversed()) == expected.reversed())
        }
        for probe in -2...102 { #expect(ids.containsID(probe) == expected.contains(probe), "\(probe)") }
        #expect(!EntityTable.IDs().containsID(0) && EntityTable.IDs().isEmpty)
    }
}

extension EntityTableTests {
    /// The look-up the full names replaced: every ending of each full name and `[first word, ""]` filed as
    /// word-array keys, at most two names a key.
    static func fullNameFiledByEveryPart(_ names: [String: [String]], _ folded: [String]) -> [String]? {
        guard !names.isEmpty else { return nil }
        var byPart: [[String]: [[String]]] = [:]
        func file(_ full: [String], under key: [String]) {
            var found = byPart[key] ?? []
            if found.count < 2, !found.contains(full) { found.append(full) }
            byPart[key] = found
        }
        for full in names.values {
            let words = full.map(TextFolding.fold)
            for length in 1..<min(full.count, 9) { file(full, under: Array(words.suffix(length))) }
            if let first = words.first { file(full, under: [first, ""]) }
        }
        if folded.count == 1, let full = names[folded[0]] { return full }
        var found = byPart[folded] ?? []
        if folded.count == 1 {
            for full in byPart[[folded[0], ""]] ?? [] where !found.contains(full) { found.append(full) }
        }
        return found.count == 1 ? found[0] : nil
    }

    @Test("a shorter name finds the one full name it is part of, as filing every part of every name found it")
    func fullNames() {
        // surnames, endings, family names written first, shared first words, a word that folds to nothing, a long run
        let fulls = [["Antony", "Blinken"], ["Antony", "Eden"], ["Ursula", "von", "der", "Leyen"], ["Qin", "Gang"],
                     ["Anna", "\u{301}"], ["Jean", "Paul", "\u{301}"], ["Paul", "Biya"], ["Élysée", "Von", "Der", "Leyen", "Sr"],
                     Array(repeating: "Der", count: 12) + ["Ende"]]
        var names: [String: [String]] = [:]
        for full in fulls { names[TextFolding.fold(full[full.count - 1])] = full }
        let words = Array(Set(fulls.joined())) + ["Nobody", "", "VON"]
        var queries = words.map { [$0] }
        for a in words { for b in words { queries.append([a, b]) } }
        for full in fulls { for length in 1...full.count { queries.append(Array(full.suffix(length))) } }
        for subset in [names, [:], names.filter { $0.value.count == 2 }] {
            let table = EntityTable.FullNames(subset, counter: nil)
            for written in queries {
                let expected = Self.fullNameFiledByEveryPart(subset, written.map(TextFolding.fold))
                #expect(table.fullName(of: written) == expected, "\(written)")
                if written.count == 1 { #expect(table.fullName(ofFolded: TextFolding.fold(written[0])) == expected) }
            }
        }
        let table = EntityTable.FullNames(names, counter: nil)
        #expect(table.fullName(of: ["Blinken"]) == ["Antony", "Blinken"])
        #expect(table.fullName(of: ["der", "Leyen"]) == ["Ursula", "von", "der", "Leyen"])
        #expect(table.fullName(of: ["Qin"]) == ["Qin", "Gang"])
        #expect(table.fullName(of: ["Antony"]) == nil)  // two of them
    }
}

extension EntityTableTests {
    @Test("an organisation is found again by a name it holds or that holds it, by its noun or one of its family, and by its country")
    func organisations() {
        var entities: [LocalEntity] = []
        var index = EntityTable.Organisations(entities: 3, organisations: 3)
        func add(_ entity: LocalEntity) -> Int {
            entities.append(entity)
            index.add(entities.count - 1, foldedWords: nil, wordSet: nil, in: entities)
            return entities.count - 1
        }
        func key(_ words: [String]) -> [String] { EntityTable.Organisations.wordSetKey(words.map(TextFolding.fold)) }
        func named(_ words: [String], head: String? = nil, country: String? = nil) -> Int? {
            index.named(key(words), head: head, country: country, in: entities, counter: nil)
        }
        let ministry = add(LocalEntity(kind: .organisation, words: ["Russische", "ministerie", "van", "Buitenlandse", "Zaken"],
                                       country: "RU", head: "ministerie"))
        _ = add(LocalEntity(kind: .organisation, words: ["Moskou"], country: "RU", isPlace: true))
        let agency = add(LocalEntity(kind: .organisation, words: ["IAEA"], head: "agency"))

        #expect(named(["Buitenlandse", "Zaken"]) == ministry)  // a name it holds
        #expect(named(["Ministerie", "van", "Buitenlandse", "Zaken"], head: "ministerie", country: "RU") == ministry)
        #expect(named(["Buitenlandse", "Zaken"], country: "NL") == nil)  // of another country
        #expect(named(["Buitenlandse", "Zaken"], head: "agency") == nil)  // another kind of body
        #expect(named(["Russische", "ministerie", "van", "Buitenlandse", "Zaken", "en", "Defensie"]) == ministry)  // a name holding it
        #expect(named(["Moskou"]) == nil)  // a place is not matched on its words
        #expect(index.namedAgain(by: "ministerie", in: entities, counter: nil) == ministry)
        #expect(index.namedAgain(by: "departement", in: entities, counter: nil) == ministry)  // of the same family
        #expect(index.namedAgain(by: "agentschap", in: entities, counter: nil) == agency)
        #expect(index.namedAgain(by: "regering", in: entities, counter: nil) == nil)
        #expect(index.newest(of: "RU") == ministry && index.newest(of: "NL") == nil)
        #expect(index.hasName(ministry, folded: ["buitenlandse", "zaken"], wordSet: key(["Buitenlandse", "Zaken"])))
        #expect(!index.hasName(ministry, folded: ["defensie"], wordSet: ["defensie"]))

        // the name grows: it is filed under its new words too, and its old ones still find it
        let fuller = ["Russische", "ministerie", "van", "Buitenlandse", "Zaken", "en", "Defensie"]
        entities[ministry].words = fuller
        index.rename(ministry, foldedWords: fuller.map(TextFolding.fold), wordSet: key(fuller), in: entities)
        #expect(named(["Defensie"]) == ministry && named(["Zaken"]) == ministry)
        #expect(index.hasName(ministry, folded: ["defensie"], wordSet: ["defensie"]))
    }
}

extension EntityTableTests {
    @Test("words of ASCII and the letters À to ſ lower-case letter by letter as lowercased() does the whole")
    func latinLowercased() {
        let letters = (0x20...0x17F).compactMap { Unicode.Scalar(UInt32($0)).map { String(Character($0)) } }
        var words = letters + ["", "Grünen-Politikerin", "MINISTÈRE", "İstanbul", "ŁÓDŹ", "ÆØÅ", "Straße", "ŉ",
                               "e\u{301}", "É\u{301}", "Ελλάδα", "Москва", "x\u{200D}", "\u{600}A"]
        for (n, letter) in letters.enumerated() { words.append(letter + letters[(n * 7) % letters.count] + "Ab" + letter) }
        for word in words {
            #expect(EntityTable.Organisations.lowercased(word) == word.lowercased(), "\(Array(word.unicodeScalars))")
            #expect(Array(EntityTable.Organisations.lowercased(word).utf8) == Array(word.lowercased().utf8))
        }
    }
}
