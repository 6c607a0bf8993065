import Foundation

/// Resolves one article's mentions, in text order, to the entities they name.
///
/// Full names and surnames become one person; an organisation named again by its noun, a pronoun,
/// or a capital standing for its government resolve to the most recent fitting entity before them.
struct EntityTable {
    private(set) var entities: [LocalEntity] = []
    /// The article's full names, by surname and by the shorter names that stand for them.
    private var fullNames: FullNames
    /// Person entities by a folded name: the first with that name (person names never change once made), and
    /// the last named one with that last word. One table, not one for each: a name of one word is looked
    /// up as both, and each table was one more to make and free for every article.
    /// (Found by the name's folded bytes: see `NameTable`.)
    private var personsByName: NameTable<PersonsNamed>

    /// The persons `personsByName` files under one folded name.
    struct PersonsNamed {
        /// The first person entity with this name.
        var named: Int? {
            get { namedID < 0 ? nil : Int(namedID) }
            set { namedID = Int32(newValue ?? -1) }
        }
        /// The last named person entity with this last word.
        var bySurname: Int? {
            get { bySurnameID < 0 ? nil : Int(bySurnameID) }
            set { bySurnameID = Int32(newValue ?? -1) }
        }
        /// The two ids, -1 for none: eight bytes, where two optional `Int`s took 32 in each of `NameTable`'s slots,
        /// which an article's table copies once.
        private var namedID: Int32 = -1, bySurnameID: Int32 = -1
    }

    /// Person entities by each word of their role, in ascending order (a person's role, once set, never changes).
    private var personsByRoleWord: [String: IDs] = [:]
    /// The words of each person's role (`SpaceSeparated.words`), by entity id, as `indexRole` files them: nil for no
    /// role, and past the end for entities after the last with one (an article with no role makes no array). Asked
    /// of each person a role noun may describe, splitting the role again cost 2 900 instructions a person.
    private var heldRoleWords: [[String]?] = []
    /// The organisations (not places), filed to be found again by their words, nouns and country.
    private var organisations: Organisations
    /// The first place entity by name, and the first group by its members.
    /// (Found by the name's bytes, `NameTable`: hashing it with SipHash cost 3.2 M instructions on 1 000 articles.)
    private var placeByName: NameTable<Int?>
    /// (Keyed by the members' ids in ascending order, each once: a `Set` key was built, hashing each id, and hashed
    /// again id by id.)
    private var groupByMembers: [[Int]: Int] = [:]
    /// Counts the entities and names looked at while resolving, when tests ask.
    let counter: WorkCounter?
    /// Abbreviations introduced in brackets after a name → the entity.
    private var aliases: [String: Int] = [:]
    private var currentSentence = 0
    private var lastPerson: (entity: Int, at: Int)?
    /// The last person who was the subject (first mention) of a sentence, and that sentence's number.
    private var lastSubjectPerson: (entity: Int, sentence: Int)?
    private var lastOrganisation: (entity: Int, at: Int)?
    private var lastGroup: (entity: Int, at: Int)?
    /// Where each person was last named or referred to: token index and sentence number, by entity id (nil for
    /// an entity not seen as a person). An array, not a dictionary by id: it is written at every mention of a
    /// person, and hashing the id there was 7 M of the 187 M instructions of resolving a 1 000-article load.
    private var lastSeen: [(at: Int, sentence: Int)?] = []
    /// The person last seen with each known gender, and a stack of sightings of persons whose gender was
    /// not known then: `lastSeen` kept by gender, so a pronoun that skips the last person costs the same
    /// in an article of ten persons and of ten thousand. Two fields, not a dictionary by gender: they are
    /// written at every mention of a person.
    private var lastSeenFeminine: (entity: Int, at: Int)?
    private var lastSeenMasculine: (entity: Int, at: Int)?
    private var ungenderedSightings: [(entity: Int, at: Int)] = []
    /// Sentences back that a role noun ("the minister") looks for the person it refers to.
    static let epithetReach = 3
    /// What the table's indexes are made from, at their size (see `EmptyDictionaries`).
    private static let emptyNames = EmptyDictionaries<String, [String]>()
    private static let emptyPlaceSlots = NameTable<Int?>.emptySlots(nil)
    private static let emptyPersonSlots = NameTable<PersonsNamed>.emptySlots(PersonsNamed())
    private static let emptyGroupByMembers = EmptyDictionaries<[Int], Int>()
    private static let emptyPersonsByRoleWord = EmptyDictionaries<String, IDs>()
    /// The language's words the table reads.
    let lexicon: Words

    init(lexicon: borrowing Lexicon, allMentions: [Mention], counter: WorkCounter? = nil) {
        // (the lexicon borrowed: an initialiser takes its arguments owned, and the caller retained each of the lexicon's
        // thirty sets and tables to pass it, and `init` released them, 0.9 M instructions each on 1 000 articles)
        self.lexicon = Words(lexicon)
        self.counter = counter
        var census = Census(names: Self.emptyNames.withRoom(for: allMentions.count))  // at most one name a mention: never grown
        for index in allMentions.indices { census.count(allMentions, at: index) }
        var names = census.names
        let persons = census.persons
        // each mention but a pronoun names at most one new entity: the entities' arrays are made that long once,
        // where growing them by doubling copied each array three times in an article of a dozen entities
        let naming = persons + census.organisations + census.places + census.groups
        entities.reserveCapacity(naming)
        lastSeen.reserveCapacity(naming)
        organisations = Organisations(entities: naming, organisations: census.organisations)
        // a person's sighting is kept at each mention of one whose gender is not known: made once, not grown by doubling
        ungenderedSightings.reserveCapacity(persons)
        placeByName = NameTable(keys: census.places, from: Self.emptyPlaceSlots, empty: nil)
        if census.groups > 0 { groupByMembers = Self.emptyGroupByMembers.withRoom(for: census.groups) }
        for key in census.ambiguous { names[key] = nil }
        fullNames = FullNames(names, counter: counter)
        // the indexes that most articles fill, sized once for their mentions instead of grown by doubling
        // (only indexes that are looked up, never iterated: their order does not matter)
        // (made at their size rather than reserved: `reserveCapacity` is not specialised, a thousand instructions a call)
        // a name and a surname each, of fewer persons than their mentions (the table grows where there are more)
        personsByName = NameTable(keys: persons, from: Self.emptyPersonSlots, empty: PersonsNamed())
        if census.roles > 0 {  // not made for an article whose persons have no title
            personsByRoleWord = Self.emptyPersonsByRoleWord.withRoom(for: persons)
            // room for every entity resolving names (only those get a role): made once, where growing it by
            // doubling cost 1.8 M instructions on 1 000 articles
            heldRoleWords.reserveCapacity(naming)
        }
    }

    /// The entity mention `index` of `mentions` names, creating it when it is new; nil for a pronoun or noun with no
    /// antecedent. `subjectOf` is the sentence number when the mention opens its sentence.
    /// (The mention read where it lies, as the census reads it: passed out of the array, each was copied whole and
    /// destroyed, its strings and arrays retained and released, 6.8 M instructions on 1 000 articles.)
    mutating func resolve(_ mentions: [Mention], at index: Int, subjectOf sentence: Int? = nil, in current: Int = 0) -> Int? {
        currentSentence = current
        let id = resolveKind(mentions, at: index)
        if let id, entities[id].kind == .person {
            let at = mentions[index].tokens.lowerBound
            lastSeen[id] = (at, current)
            if entities[id].gender == nil, !Self.isPronoun(mentions, at: index) { entities[id].gender = mentions[index].gender }
            switch entities[id].gender {
            case .feminine: lastSeenFeminine = (id, at)
            case .masculine: lastSeenMasculine = (id, at)
            case nil:
                ungenderedSightings.append((id, at))
            }
        }
        if let id, let sentence, entities[id].kind == .person { lastSubjectPerson = (id, sentence) }
        if let id, let alias = mentions[index].alias { aliases[TextFolding.fold(alias)] = id }
        return id
    }

    private mutating func resolveKind(_ mentions: [Mention], at index: Int) -> Int? {
        let at = mentions[index].tokens.lowerBound
        // (most articles introduce no abbreviation: then the mention's kind is not copied out to look one up)
        if !aliases.isEmpty, let aliased = aliasTarget(mentions[index].kind) {
            entities[aliased].addMention(mentions[index].text)
            if entities[aliased].kind == .organisation { lastOrganisation = (aliased, at) } else { lastPerson = (aliased, at) }
            return aliased
        }
        switch mentions[index].kind {
        case .person(let name, let role):
            let id = person(name, role: role)
            entities[id].addMention(mentions[index].text)
            lastPerson = (id, at)
            return id
        case .role(let words, let country):
            let id = roleHolder(words, country: country, gender: mentions[index].gender, isIndefinite: mentions[index].isIndefinite)
            entities[id].addMention(mentions[index].text)
            lastPerson = (id, at)
            return id
        case .organisation(let name, let head, let country):
            let id = organisation(name, head: head, country: country)
            entities[id].addMention(mentions[index].text)
            lastOrganisation = (id, at)
            return id
        case .anaphor(let head):
            if let match = organisations.namedAgain(by: head, in: entities, counter: counter) {
                entities[match].addMention(mentions[index].text)
                lastOrganisation = (match, at)
                return match
            }
            // no organisation of that kind named before: the noun names a body of its own ("de regering");
            // an organisation named just so would have been found above, so only a place can be
            if let known = placeByName.value(under: head), entities[known].words == [head] {
                entities[known].addMention(mentions[index].text)
                lastOrganisation = (known, at)
                return known
            }
            let id = add(LocalEntity(kind: .organisation, words: [head], head: head))
            entities[id].addMention(mentions[index].text)
            lastOrganisation = (id, at)
            return id
        case .place(let name, let country):
            // a place is a mention of its government only where it speaks; the analyzer adds it then
            if let org = organisations.newest(of: country) {
                return org
            }
            // looked up and filed at one look-up: a new place is filed under the id `add` is about to give it
            let next = entities.count
            let filed = placeByName.withFiled(under: name) { Self.fileFirst(next, in: &$0) }
            if filed != next { return filed }
            // made whole where it is passed: a variable changed and then passed was copied into `add`, every string
            // and array retained and released again
            return add(LocalEntity(kind: .organisation, words: [name], country: country, isPlace: true))
        case .pronoun(let lower):
            guard let id = antecedent(of: lower, gender: mentions[index].gender) else { return nil }
            entities[id].addMention(mentions[index].text)
            switch entities[id].kind {
            case .person: lastPerson = (id, at)
            case .group: lastGroup = (id, at)
            case .organisation: lastOrganisation = (id, at)
            }
            return id
        case .group(let members):
            let ids = members.indices.compactMap { resolve(members, at: $0, in: currentSentence) }
            let id = group(ids)
            entities[id].addMention(mentions[index].text)
            lastGroup = (id, at)
            return id
        }
    }

    /// "IAEA" after "International Atomic Energy Agency (IAEA)".
    private func aliasTarget(_ kind: Mention.Kind) -> Int? {
        switch kind {
        case .organisation(let name, _, _), .person(let name, _):
            return aliases[TextFolding.foldJoined(name)]
        default:
            return nil
        }
    }

    private static func isPronoun(_ mentions: [Mention], at index: Int) -> Bool {
        if case .pronoun = mentions[index].kind { return true }
        return false
    }

    /// The entity a pronoun refers to: the subject person of a recent sentence, else the last person,
    /// group or organisation it can stand for; a gendered pronoun skips persons of the other gender.
    private mutating func antecedent(of pronoun: String, gender: Gender?) -> Int? {
        // both asked of the lexicon's word index at one look-up by bytes (the two sets hashed the pronoun twice with
        // SipHash, 1.1 M instructions on 1 000 articles)
        let classes = lexicon.classes[pronoun]?.classes ?? []
        let singular = classes.contains(.singularPronoun)
        let plural = classes.contains(.pluralPronoun)
        // the candidates weighed as they come, the first of equal ones kept: no array made for each pronoun
        var candidate: (entity: Int, at: Int)?
        if singular, let subject = lastSubjectPerson, currentSentence - subject.sentence <= 2, currentSentence > subject.sentence,
           Gender.agree(entities[subject.entity].gender, gender) {
            // "Trump attacked Clinton. He said…": the subject carries on; a pronoun that may also be plural
            // ("sie", "ze") takes her when no group or organisation was named after her
            let subjectAt = lastSeen[subject.entity]?.at ?? 0
            let pluralRival = lastGroup.map { $0.at > subjectAt } == true || lastOrganisation.map { $0.at > subjectAt } == true
            if !plural || !pluralRival { return subject.entity }
        }
        if singular, let p = lastPerson {
            if Gender.agree(entities[p.entity].gender, gender) {
                candidate = p
            } else if let other = lastSeen(agreeingWith: gender) {
                candidate = other
            }
        }
        if plural {
            candidate = Self.later(candidate, lastGroup)
            candidate = Self.later(candidate, lastOrganisation)
        }
        return candidate?.entity
    }

    /// The person last seen whose gender agrees with `gender`: one of the gendered, or the latest sighting
    /// of a person whose gender is still unknown (sightings of persons who have since got one are dropped).
    private mutating func lastSeen(agreeingWith gender: Gender?) -> (entity: Int, at: Int)? {
        while let top = ungenderedSightings.last, entities[top.entity].gender != nil || lastSeen[top.entity]?.at != top.at {
            counter?.entities += 1
            ungenderedSightings.removeLast()
        }
        let gendered = switch gender {
        case .feminine: lastSeenFeminine
        case .masculine: lastSeenMasculine
        case nil: Self.later(lastSeenFeminine, lastSeenMasculine)
        }
        return Self.later(gendered, ungenderedSightings.last)
    }

    /// The later of two sightings, the first where they are as late (as `max` keeps the first of equal ones).
    static func later(_ first: (entity: Int, at: Int)?, _ second: (entity: Int, at: Int)?) -> (entity: Int, at: Int)? {
        guard let first else { return second }
        guard let second, second.at > first.at else { return first }
        return second
    }

    private mutating func person(_ written: [String], role: [String]) -> Int {
        // looked up and, for a new person, filed at one look-up (a name of one word is its own surname too): asking
        // first and filing in `add` looked the name up twice, three times with its surname
        let next = entities.count
        let name: [String], filing: NameFiling
        if written.count == 1, fullNames.hasNames {
            // a name of one word folds as that word: folded once, for both look-ups
            let word = TextFolding.fold(written[0])
            if let full = fullNames.fullName(ofFolded: word) {
                name = full
                filing = personsByName.withFiled(underWords: full[...]) { Self.file(next, oneWord: full.count == 1, in: &$0) }
            } else {
                name = written
                filing = personsByName.withFiled(under: word) { Self.file(next, oneWord: true, in: &$0) }
            }
        } else {
            // no full names, no part of one: the name is looked up as written, its folded bytes never made a string
            name = written.count == 1 ? written : fullNames.fullName(of: written) ?? written
            filing = personsByName.withFiled(underWords: name[...]) { Self.file(next, oneWord: name.count == 1, in: &$0) }
        }
        let oneWord = name.count == 1
        switch filing {
        case .named(let id):
            if entities[id].role == nil {
                let words = lexicon.office(of: role)  // made only where it is used, not for a person whose role is known
                entities[id].role = words.isEmpty ? nil : Self.spaced(words)
                indexRole(of: id, words: words)
            }
            return id
        case .bySurname(let id):
            return id
        case .new:
            let words = lexicon.office(of: role)  // made only where it is used, not for a person whose role is known
            let entity = LocalEntity(kind: .person, words: name, role: words.isEmpty ? nil : Self.spaced(words))
            return add(entity, filedByName: true, filedBySurname: oneWord, roleWords: words)
        }
    }

    /// What a person's name finds where `personsByName` files it.
    private enum NameFiling {
        /// The first person of that name.
        case named(Int)
        /// The last person of that surname (for a name of one word).
        case bySurname(Int)
        /// No one: the new person `next` is filed there.
        case new
    }

    /// Finds a person by the entry of their folded name, `filed`; none found, files `next` there as its first
    /// person and, for a name of one word, as the last of that surname, as `add` would.
    private static func file(_ next: Int, oneWord: Bool, in filed: inout PersonsNamed) -> NameFiling {
        if let id = filed.named { return .named(id) }
        if oneWord, let id = filed.bySurname { return .bySurname(id) }
        filed.named = next
        if oneWord { filed.bySurname = next }
        return .new
    }

    /// A speaker known only by a description ("the organizer"): one unnamed entity per distinct phrase.
    mutating func describedSpeaker(words: [String], text: String) -> Int {
        let content = words.drop { lexicon.determiners.contains($0.lowercased()) }
        let name = content.joined(separator: " ")
        let folded = TextFolding.fold(name)
        if let id = entities.firstIndex(where: { $0.isUnnamed && $0.foldedName == folded }) {
            entities[id].addMention(text)
            return id
        }
        let head = content.last?.lowercased() ?? ""
        var entity = LocalEntity(kind: lexicon.organisationNouns[head] != nil ? .organisation : .person, words: Array(content))
        entity.isUnnamed = true
        entity.addMention(text)
        return add(entity)
    }

    /// Records that `text` named entity `id` (used for a place once it is seen speaking).
    mutating func noteMention(_ text: String, of id: Int) {
        entities[id].addMention(text)
    }

    /// "de premier": the most recent person with that role; else a person named in the last few sentences
    /// whom the role noun can describe ("die Grünen-Politikerin" after "Außenministerin Annalena Baerbock",
    /// "le chef de l'État" after "Emmanuel Macron"); else a new unnamed one.
    private mutating func roleHolder(_ words: [String], country: String?, gender: Gender?, isIndefinite: Bool) -> Int {
        let key = words.last ?? ""  // (the words joined, were there none)
        // the persons filed under the word are those whose role has it: asked of the index, not by splitting the
        // last person's role again
        let holders = personsByRoleWord[key] ?? IDs()
        if let last = lastPerson, holders.containsID(last.entity), Gender.agree(entities[last.entity].gender, gender) {
            return last.entity
        }
        for id in holders.reversed() {
            counter?.entities += 1
            if Gender.agree(entities[id].gender, gender) { return id }
        }
        if !isIndefinite, let id = describedPerson(words, gender: gender, country: country) {
            return id
        }
        // made whole where it is passed (see `.place` in `resolveKind`)
        return add(LocalEntity(kind: .person, words: words, role: Self.spaced(words), country: country, isUnnamed: true,
                               gender: gender), roleWords: words)
    }

    /// The named person last seen within `epithetReach` sentences whom a role noun can describe: of the same
    /// gender and country where both are known, and holding that role or a role the noun is generic for; or,
    /// with no known role, the person the recent sentences are about (their subject), unless the noun names
    /// someone who speaks for another: a spokesman is not the minister.
    private func describedPerson(_ words: [String], gender: Gender?, country: String?) -> Int? {
        // whether the noun is generic or subordinate, asked only of a person it could describe (most role nouns
        // find none in reach), and once: hashing the words for both cost 3 000 instructions a noun
        var roleText: String?, generic: Bool?, subordinate: Bool?
        func isGeneric() -> Bool {
            if let generic { return generic }
            let text = roleText ?? Self.spaced(words)
            roleText = text
            let made = words.contains { self.isGeneric($0) } || lexicon.genericRoles.contains(text)
            generic = made
            return made
        }
        func isSubordinate() -> Bool {
            if let subordinate { return subordinate }
            let text = roleText ?? Self.spaced(words)
            roleText = text
            let made = words.contains { lexicon.subordinateRoles.contains($0) } || lexicon.subordinateRoles.contains(text)
            subordinate = made
            return made
        }
        func describes(_ id: Int, seen: (at: Int, sentence: Int)) -> Bool {
            // the entity's fields read where it lies: a copy of it retained and released every one of them
            guard entities[id].kind == .person, !entities[id].isUnnamed, currentSentence - seen.sentence <= Self.epithetReach else { return false }
            guard Gender.agree(entities[id].gender, gender) else { return false }
            // "the Russian leader" is nobody whose country the text does not give
            if let country, entities[id].country != country { return false }
            // an honorific ("Mr.") tells no office
            // (the role's words as `indexRole` split them, once for both questions)
            let held = id < heldRoleWords.count ? heldRoleWords[id] : nil
            guard let held, !held.allSatisfy({ lexicon.honorifics.contains($0) }) else { return !isSubordinate() && lastSubjectPerson?.entity == id }
            if isGeneric() { return true }
            return words.contains { word in held.contains { $0 == word || $0.hasSuffix(word) || word.hasSuffix($0) } }
        }
        // the latest sighting; `at`s differ (one person per mention), so the order looked in does not matter
        var latest: (id: Int, at: Int)?
        for id in lastSeen.indices {
            guard let seen = lastSeen[id], seen.at > latest?.at ?? Int.min, describes(id, seen: seen) else { continue }
            latest = (id, seen.at)
        }
        return latest?.id
    }

    /// The newest organisation with the same head and country (where both are known) whose name holds this
    /// one's words or is held by them; a fuller name becomes the organisation's. Else a new organisation.
    private mutating func organisation(_ name: [String], head: String?, country: String?) -> Int {
        let folded = name.map(TextFolding.fold)
        let words = Organisations.wordSetKey(folded)
        if let id = organisations.named(words, head: head, country: country, in: entities, counter: counter) {
            if organisations.hasName(id, folded: folded, wordSet: words) { return id }
            entities[id].words = name  // the fuller name becomes canonical
            if entities[id].country == nil { entities[id].country = country }
            organisations.rename(id, foldedWords: folded, wordSet: words, in: entities)
            return id
        }
        let known = country ?? Places.shared.country(ofInstitution: Self.spaced(name))
        return add(LocalEntity(kind: .organisation, words: name, country: known, head: head), foldedWords: folded, wordSet: words)
    }

    private mutating func group(_ members: [Int]) -> Int {
        let unique = members.reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
        // looked up and filed with one key made and hashed (the ids sorted): a new group is filed under the id `add` is
        // about to give it
        let next = entities.count
        let filed = Self.filed(in: &groupByMembers[unique.sorted(), default: next])
        if filed != next { return filed }
        let name = unique.map { Self.spaced(entities[$0].words) }.joined(separator: " & ")  // the stored words: `name` copied each entity out
        return add(LocalEntity(kind: .group, words: [name], members: unique))  // made whole where it is passed (see `.place`)
    }

    /// Files person `id` under each word of its role; `words`, where the caller has them, are the pieces the
    /// role was joined from with spaces.
    private mutating func indexRole(of id: Int, words: [String]? = nil) {
        guard let role = entities[id].role else { return }
        // no set of the words made first: `insert` files an id once, however often its word comes
        let held = Self.roleWords(role, joinedFrom: words)
        for word in held {
            personsByRoleWord[word, default: IDs()].insert(id)
        }
        while heldRoleWords.count <= id { heldRoleWords.append(nil) }
        heldRoleWords[id] = held
    }

    /// Adds `entity`; `folded` are its words folded, `wordSet` the `wordSetKey` of `folded`, and `roleWords` the words
    /// its role was joined from, where the caller has them (`folded` is kept for an organisation only). A person is
    /// filed under its folded name and surname unless the caller filed it there (`filedByName`, `filedBySurname`).
    /// The entity is taken, not borrowed: it is moved into `entities`, where a copy retained and released each of
    /// its strings and arrays, and read there.
    private mutating func add(_ entity: consuming LocalEntity, foldedWords folded: [String]? = nil, wordSet: [String]? = nil,
                              filedByName: Bool = false, filedBySurname: Bool = false, roleWords: [String]? = nil) -> Int {
        let id = entities.count
        entities.append(entity)
        // read where it now lies
        let kind = entities[id].kind
        organisations.add(id, foldedWords: folded, wordSet: wordSet, in: entities)  // an organisation is filed there
        lastSeen.append(nil)
        if kind == .person {
            // the first person of a name is filed, as a scan would find; the last by surname
            // (of the stored words: asked of the entity in the array, they copied it out)
            if !filedByName { personsByName.withFiled(underWords: entities[id].words[...]) { Self.fileFirst(id, in: &$0.named) } }
            if !filedBySurname, !entities[id].isUnnamed {
                // (no words: filed under the empty name, as the surname of none)
                personsByName.withFiled(underWords: entities[id].words.suffix(1)) { $0.bySurname = id }
            }
            indexRole(of: id, words: roleWords)
        }
        // places and groups are filed by their callers, which looked them up
        return id
    }

    /// `words.joined(separator: " ")`, which for one word (most roles, every place) is the word: joining made a
    /// new string of it. More words are copied into one string made at its length: `joined` is not specialised,
    /// and cost 1 100 to 1 500 instructions a name of two or three words.
    static func spaced(_ words: [String]) -> String {
        if words.count == 1 { return words[0] }
        var count = max(0, words.count - 1)
        for word in words { count += word.utf8.count }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var at = 0
            for n in words.indices {
                if n > 0 {
                    buffer[at] = 0x20
                    at += 1
                }
                let copied = words[n].utf8.withContiguousStorageIfAvailable { bytes in
                    UnsafeMutableBufferPointer(rebasing: buffer[at...]).initialize(fromContentsOf: bytes)
                }
                if let copied {
                    at += copied
                } else {
                    for byte in words[n].utf8 {
                        buffer[at] = byte
                        at += 1
                    }
                }
            }
            return at
        }
    }

    /// The entity filed under a key, called on `table[key, default: id]`: the entity filed already or, new, `id`,
    /// which is filed by that access. One look-up where asking first and then storing hashed the key twice.
    private static func filed(in filed: inout Int) -> Int { filed }

    /// Files an entity in a field unless one is filed there; returns the one filed.
    @discardableResult
    private static func fileFirst(_ id: Int, in filed: inout Int?) -> Int {
        if let known = filed { return known }
        filed = id
        return id
    }
}
