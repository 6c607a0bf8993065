/// Merges the speaker entities of single articles into corpus speakers.
///
/// One person is one speaker across articles: the same full name, ignoring case and accents; a surname
/// alone joins the one full name in the corpus that ends with it. Organisations merge on their folded
/// name, groups on their members.
struct SpeakerMerger {
    private var speakers: [Speaker] = []
    /// Persons and organisations by their folded name. One table per kind, so the folded name is the key as
    /// the entity holds it, not a new "p:…" string; kept in an array by `slot(of:)`, not a dictionary by kind,
    /// which hashed the kind's raw string at every look-up (3 M of the 52 M instructions of adding a
    /// 1 000-article load's speakers).
    private var byKey: [[SpeakingEntities.Key: Int]] = [[:], [:]]
    /// Groups by their members' sorted ids.
    private var groups: [[Int]: Int] = [:]
    /// What each speaker's name says of its surname, by id, made with the article (see `finish`).
    private var surnames: [SpeakingEntities.Surname] = []

    /// Where `byKey` keeps the table of `kind` (a person's or an organisation's).
    private static func slot(of kind: Speaker.Kind) -> Int {
        kind == .person ? 0 : 1
    }

    /// Registers the article's speaking entities and rewrites its quotes and mentions to provisional ids,
    /// in place: a caller that holds the only copy of the article keeps its arrays instead of copying them.
    mutating func add(_ article: inout Article, entities: [LocalEntity]) {
        add(&article, speaking: SpeakingEntities(article, table: entities))
    }

    /// `add(_:entities:)` with the speaking entities made ready already (on the thread that analysed the article).
    mutating func add(_ article: inout Article, speaking: SpeakingEntities) {
        // by local id in an array rather than a dictionary: each speaking entity is looked up again and again
        var map = [Int?](repeating: nil, count: speaking.places.count)
        for local in speaking.places.indices {
            let place = Int(speaking.places[local])
            if place >= 0 && speaking.entities[place].isRoot { _ = globalID(local, speaking, &map) }
        }
        for index in article.quotes.indices {
            guard let id = article.quotes[index].speaker.flatMap({ map[$0] }) else {
                article.quotes[index].speaker = nil
                continue
            }
            article.quotes[index].speaker = id
            // A mention too long to live inside its string ("minister Antony Blinken") is given the speaker's
            // copy of the same words, so one allocation serves every quote that names the speaker so: a copy
            // per quote held 9 MB of a 100 000-article corpus.
            if let mention = article.quotes[index].mention, mention.utf8.count > 15,
               let shared = speakers[id].mentions.first(where: { ScalarText.sameBytes(Substring($0), Substring(mention)) }) {
                article.quotes[index].mention = shared
            }
        }
        Self.renumber(&article.speakerMentions) { map.indices.contains($0) ? map[$0] : nil }
    }

    /// The provisional corpus id of the article's entity `local`, registering it (and its members) when new.
    /// (A method, not a function nested in `add` that captured the merger: each call then checked its access
    /// to the merger's arrays at run time, 1 M instructions at 1 000 articles.)
    private mutating func globalID(_ local: Int, _ speaking: SpeakingEntities, _ map: inout [Int?]) -> Int {
        if let known = map[local] { return known }
        let place = Int(speaking.places[local])
        // the entity's fields are read where they lie: a copy of it retained and released every one of them
        let kind = speaking.entities[place].kind
        var members: [Int] = []
        if !speaking.entities[place].members.isEmpty {
            members.reserveCapacity(speaking.entities[place].members.count)
            for member in speaking.entities[place].members { members.append(globalID(member, speaking, &map)) }
        }
        let id: Int
        // a group is keyed by its members' sorted ids as numbers, not a string of them joined with commas
        let existing = kind == .group ? groups[members.sorted()] : byKey[Self.slot(of: kind)][speaking.entities[place].key]
        if let existing {
            id = existing
            if speakers[id].role == nil { speakers[id].role = speaking.entities[place].role }
            for mention in speaking.entities[place].mentions where !speakers[id].mentions.contains(mention) {
                speakers[id].mentions.append(mention)
            }
        } else {
            id = speakers.count
            let name = kind == .group ? members.map { speakers[$0].name }.joined(separator: " & ") : speaking.entities[place].name
            // a new speaker takes the entity's mentions as they are: they are distinct already (`addMention`),
            // and the array is shared rather than grown mention by mention
            speakers.append(Speaker(id: id, name: name, kind: kind, role: speaking.entities[place].role,
                                    mentions: speaking.entities[place].mentions, members: members))
            surnames.append(speaking.entities[place].surname)
            if kind == .group {
                groups[members.sorted()] = id
            } else {
                byKey[Self.slot(of: kind)][speaking.entities[place].key] = id
            }
        }
        map[local] = id
        return id
    }

    /// Joins surname-only persons to full names, renumbers densely, counts quotes and articles. The merger
    /// is spent afterwards: its speakers become the result, where they lie.
    mutating func finish(_ articles: inout [Article]) -> [Speaker] {
        byKey = []  // no speaker is added any more
        groups = [:]
        let target = Self.targets(speakers, surnames: surnames)
        surnames = []
        // how many speakers each one that remains takes in, itself included
        var sources = [Int](repeating: 0, count: speakers.count)
        for old in speakers.indices { sources[target[old]] += 1 }
        // The role and mentions of each speaker that takes in others: its own role, else the first of the
        // others' in id order; the mentions of all in id order, each once. Gathered before any speaker moves.
        var gathered: [Int: (role: String?, mentions: [String])] = [:]
        for old in speakers.indices where sources[target[old]] > 1 {
            let into = target[old]
            var entry = gathered[into] ?? (speakers[into].role, [])
            if entry.role == nil { entry.role = speakers[old].role }
            for mention in speakers[old].mentions where !entry.mentions.contains(mention) { entry.mentions.append(mention) }
            gathered[into] = entry
        }
        // The speakers that remain moved to the front in order, with dense ids, and the rest let go: made as a
        // second array beside the first, the result was 8 MB more at the end of a 100 000-article load.
        // (`dense` by old id, -1 for a speaker taken in by another.)
        var dense = [Int32](repeating: -1, count: speakers.count)
        var kept = 0
        for id in speakers.indices where target[id] == id {
            dense[id] = Int32(kept)
            if kept != id { speakers.swapAt(kept, id) }
            speakers[kept].id = kept
            speakers[kept].quoteCount = 0
            speakers[kept].articleCount = 0
            if sources[id] > 1, let entry = gathered[id] {  // (only those that took others in have an entry)
                speakers[kept].role = entry.role
                speakers[kept].mentions = entry.mentions
            }
            kept += 1
        }
        speakers.removeSubrange(kept...)
        gathered = [:]
        func newID(_ old: Int) -> Int? {
            let id = dense[target[old]]
            return id >= 0 ? Int(id) : nil
        }
        for index in speakers.indices where speakers[index].kind == .group {
            speakers[index].members = speakers[index].members.compactMap(newID)
            speakers[index].name = speakers[index].members.map { speakers[$0].name }.joined(separator: " & ")
        }
        // the last article each speaker was counted in: an article counts once without a set made per article
        var countedIn = [Int](repeating: -1, count: speakers.count)
        for a in articles.indices {
            for q in articles[a].quotes.indices {
                guard let old = articles[a].quotes[q].speaker, let id = newID(old) else { continue }
                articles[a].quotes[q].speaker = id
                guard !articles[a].quotes[q].isRepeat else { continue }
                speakers[id].quoteCount += 1
                if countedIn[id] != a {
                    countedIn[id] = a
                    speakers[id].articleCount += 1
                }
            }
            Self.renumber(&articles[a].speakerMentions, newID)
        }
        // Kept as long as the corpus, in storage of their count: the speakers (grown by doubling while the
        // load ran) and their mentions (grown one by one here, in `add` and in the articles' entities, a fifth
        // of their 16 MB spare at 100 000 articles); each grown array is let go as its copy is made.
        var result = speakers.exactlySized()
        speakers = []
        for index in result.indices { result[index].mentions = result[index].mentions.exactlySized() }
        return result
    }

    /// Where each speaker goes, by id: a surname alone ("Blinken") joins the one full name ending with it,
    /// and groups whose members so joined are one group; every other speaker stays itself.
    ///
    /// The names' surnames were folded beside the analysis (`surnames`), and their keys hashed there: asked
    /// here, on the merge's one thread, whether each name had a space, its last word and their folded forms
    /// cost 5 of the 8 M instructions of this at 1 000 articles.
    private static func targets(_ speakers: [Speaker], surnames: [SpeakingEntities.Surname]) -> [Int] {
        // Speakers are read where they lie (by index), not copied out by a for-in loop: a copy retains and
        // releases the name, role, mentions and members of each of tens of thousands of speakers.
        // (the full name's id, or -1 where two or more end with it: each id comes once, so a second is another)
        var bySurname: [SpeakingEntities.Key: Int] = Dictionary(minimumCapacity: speakers.count)  // made at its largest: never grown
        var surnamesAlone: [(id: Int, surname: SpeakingEntities.Key)] = []
        for id in speakers.indices {
            switch surnames[id] {
            case .none: continue
            case .alone(let surname): surnamesAlone.append((id, surname))
            case .last(let surname): bySurname[surname] = bySurname[surname] == nil ? id : -1
            }
        }
        var target = Array(speakers.indices)
        for (id, surname) in surnamesAlone {
            if let into = bySurname[surname], into >= 0 {
                target[id] = into
            }
        }
        // groups whose members merged are the same group
        // (keyed by their members' sorted ids as numbers, not a string of them joined with commas)
        var groupKeys: [[Int]: Int] = [:]
        for id in speakers.indices where speakers[id].kind == .group {
            let key = speakers[id].members.map { target[$0] }.sorted()
            if let first = groupKeys[key] { target[id] = first } else { groupKeys[key] = id }
        }
        return target
    }

    /// The last of `SpaceSeparated.words(name)`. A name is searched from its end for the last space instead of
    /// being split into a string per word, which was a sixth of `finish`, wherever the spaces that bound its
    /// last word have ASCII on both sides, so that each is a character of its own (no mark joins it, no prepended
    /// sign takes it in): names beyond ASCII ("Sylvain Itté") were split into characters, 10 000 instructions
    /// a name.
    static func lastWord(_ name: String) -> String? {
        let found = name.utf8.withContiguousStorageIfAvailable { bytes -> String?? in
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            var start = end
            while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
            if end < bytes.count, end > 0, bytes[end - 1] >= 0x80 { return nil }  // before the trailing spaces
            if start > 0, start >= 2 && bytes[start - 2] >= 0x80 || start < end && bytes[start] >= 0x80 { return nil }
            return .some(start < end ? String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) : nil)
        }
        if let found, let last = found { return last }
        return SpaceSeparated.words(name).last
    }

    /// Whether `name` has a space in it (`name.contains(" ")`), searched for on its bytes: `contains` on strings
    /// is Foundation's search, which cost a fifth of `finish` (and 6 000 instructions a name beyond ASCII). No
    /// space byte is no space; one between ASCII bytes (or the ends) is a character of its own, whichever way
    /// the search compares; only a name whose every space touches a byte beyond ASCII is left to Foundation.
    static func hasSpace(_ name: String) -> Bool {
        let answer = name.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var found = false
            for i in bytes.indices where bytes[i] == 0x20 {
                if (i == 0 || bytes[i - 1] < 0x80) && (i + 1 == bytes.count || bytes[i + 1] < 0x80) { return true }
                found = true
            }
            return found ? nil : false
        }
        if let answer, let known = answer { return known }
        return name.contains(" ")
    }

    /// Gives each mention the speaker `id` numbers it by, in place (no array is made per article), and
    /// drops the mentions `id` has no number for.
    static func renumber(_ mentions: inout [SpeakerMention], _ id: (Int) -> Int?) {
        var kept = 0
        for index in mentions.indices {
            guard let speaker = id(mentions[index].speaker) else { continue }
            mentions[kept] = SpeakerMention(range: mentions[index].range, speaker: speaker)
            kept += 1
        }
        mentions.removeLast(mentions.count - kept)
    }

    /// The words of a German role that stay in lower case.
    static let germanFunctionWords: [String] = ["der", "die", "das", "des", "und", "für"]

    /// `displayed` of a German role in ASCII without carriage returns (nil for another), on its bytes: there a
    /// character is a byte, and no function word is longer than three, so every word of four bytes or more
    /// has its first letter raised. Split into strings per word and joined again, a role cost 2 500 instructions.
    private static func asciiCapitalised(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        for byte in bytes where byte >= 0x80 || byte == 0x0D { return nil }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            var at = 0
            var start = 0
            while start < bytes.count {
                guard bytes[start] != 0x20 else {
                    start += 1
                    continue
                }
                var end = start
                while end < bytes.count, bytes[end] != 0x20 { end += 1 }
                if at > 0 {
                    buffer[at] = 0x20
                    at += 1
                }
                for k in start..<end {
                    let lowerLetter = bytes[k] &- 0x61 < 26
                    buffer[at] = k == start && end - start > 3 && lowerLetter ? bytes[k] - 0x20 : bytes[k]
                    at += 1
                }
                start = end
            }
            return at
        }
    }

    /// A role as people write it: German capitalises its nouns ("Bundeskanzler"); the others keep the
    /// lower case the analysis matches roles in.
    static func displayed(_ role: String?, _ language: Language) -> String? {
        // (the words split on bytes where they are ASCII, as `split(separator: " ")` splits them: splitting
        // characters was half the cost; the function words a list made once, not for every word)
        guard let role, language == .de else { return role }
        if let ascii = role.utf8.withContiguousStorageIfAvailable(asciiCapitalised), let ascii { return ascii }
        return SpaceSeparated.words(role).map { word in
            let noun = word.count > 3 && !germanFunctionWords.contains(word)
            return noun ? word.prefix(1).uppercased() + word.dropFirst() : word
        }.joined(separator: " ")
    }
}
