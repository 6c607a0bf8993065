/// Merges the speaker entities of single articles into corpus speakers.
///
/// One person is one speaker across articles: the same full name, ignoring case and accents; a surname
/// alone joins the one full name in the corpus that ends with it. Organisations merge on their folded
/// name, groups on their members.
struct SpeakerMerger {
    private var speakers: [Speaker] = []
    /// Speakers by kind and key: a person's or organisation's folded name, a group's sorted member ids.
    /// One table per kind, so the folded name is the key as the entity holds it, not a new "p:…" string.
    private var byKey: [Speaker.Kind: [String: Int]] = [.person: [:], .organisation: [:], .group: [:]]

    /// Registers the article's speaking entities and rewrites its quotes and mentions to provisional ids,
    /// in place: a caller that holds the only copy of the article keeps its arrays instead of copying them.
    mutating func add(_ article: inout Article, entities: [LocalEntity]) {
        var speaking = Set(article.quotes.compactMap(\.speaker))
        for id in speaking where entities[id].kind == .group { speaking.formUnion(entities[id].members) }
        // by local id in an array rather than a dictionary: each speaking entity is looked up again and again
        var map = [Int?](repeating: nil, count: entities.count)
        func globalID(_ local: Int) -> Int {
            if let known = map[local] { return known }
            // the entity's fields are read where they lie: a copy of it retained and released every one of them
            let kind = entities[local].kind
            let members = entities[local].members.map(globalID)
            let key = kind == .group ? members.sorted().map(String.init).joined(separator: ",") : entities[local].foldedName
            let id: Int
            if let existing = byKey[kind]?[key] {
                id = existing
                if speakers[id].role == nil { speakers[id].role = Self.displayed(entities[local].role, article.language) }
            } else {
                id = speakers.count
                let name = kind == .group ? members.map { speakers[$0].name }.joined(separator: " & ") : entities[local].name
                let role = Self.displayed(entities[local].role, article.language)
                speakers.append(Speaker(id: id, name: name, kind: kind, role: role, members: members))
                byKey[kind, default: [:]][key] = id
            }
            for mention in entities[local].mentions where !speakers[id].mentions.contains(mention) { speakers[id].mentions.append(mention) }
            map[local] = id
            return id
        }
        for local in speaking.sorted() { _ = globalID(local) }
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

    /// Joins surname-only persons to full names, renumbers densely, counts quotes and articles.
    mutating func finish(_ articles: inout [Article]) -> [Speaker] {
        // Speakers are read where they lie (by index), not copied out by a for-in loop: a copy retains and
        // releases the name, role, mentions and members of each of tens of thousands of speakers.
        // a surname alone ("Blinken") joins the one full name ending with it
        var bySurname: [String: Set<Int>] = [:]
        for id in speakers.indices where speakers[id].kind == .person && Self.hasSpace(speakers[id].name) {
            if let last = SpaceSeparated.words(speakers[id].name).last { bySurname[TextFolding.fold(last), default: []].insert(id) }
        }
        var target = Array(speakers.indices)
        for id in speakers.indices where speakers[id].kind == .person && !Self.hasSpace(speakers[id].name) {
            if let full = bySurname[TextFolding.fold(speakers[id].name)], full.count == 1, let into = full.first {
                target[id] = into
            }
        }
        // groups whose members merged are the same group
        var groupKeys: [String: Int] = [:]
        for id in speakers.indices where speakers[id].kind == .group {
            let key = speakers[id].members.map { target[$0] }.sorted().map(String.init).joined(separator: ",")
            if let first = groupKeys[key] { target[id] = first } else { groupKeys[key] = id }
        }
        // dense ids for the speakers that remain, by old id (an array: every speaker is looked up)
        var dense = [Int?](repeating: nil, count: speakers.count)
        var result: [Speaker] = []
        for id in speakers.indices where target[id] == id {
            var copy = speakers[id]
            copy.id = result.count
            copy.mentions = []
            copy.quoteCount = 0
            copy.articleCount = 0
            dense[id] = copy.id
            result.append(copy)
        }
        for old in speakers.indices {
            guard let id = dense[target[old]] else { continue }
            if result[id].role == nil { result[id].role = speakers[old].role }
            for mention in speakers[old].mentions where !result[id].mentions.contains(mention) { result[id].mentions.append(mention) }
        }
        for index in result.indices where result[index].kind == .group {
            result[index].members = result[index].members.compactMap { dense[target[$0]] }
            result[index].name = result[index].members.map { result[$0].name }.joined(separator: " & ")
        }
        // the last article each speaker was counted in: an article counts once without a set made per article
        var countedIn = [Int](repeating: -1, count: result.count)
        for a in articles.indices {
            for q in articles[a].quotes.indices {
                guard let old = articles[a].quotes[q].speaker, let id = dense[target[old]] else { continue }
                articles[a].quotes[q].speaker = id
                guard !articles[a].quotes[q].isRepeat else { continue }
                result[id].quoteCount += 1
                if countedIn[id] != a {
                    countedIn[id] = a
                    result[id].articleCount += 1
                }
            }
            Self.renumber(&articles[a].speakerMentions) { dense[target[$0]] }
        }
        return result
    }

    /// Whether `name` has a space in it. ASCII names (most) are searched byte by byte: `contains` on
    /// strings is Foundation's search, which cost a fifth of `finish`.
    static func hasSpace(_ name: String) -> Bool {
        ASCIIBytes.isASCII(name) ? name.utf8.contains(0x20) : name.contains(" ")
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

    /// A role as people write it: German capitalises its nouns ("Bundeskanzler"); the others keep the
    /// lower case the analysis matches roles in.
    static func displayed(_ role: String?, _ language: Language) -> String? {
        guard let role, language == .de else { return role }
        return role.split(separator: " ").map { word in
            let noun = word.count > 3 && !["der", "die", "das", "des", "und", "für"].contains(word)
            return noun ? word.prefix(1).uppercased() + word.dropFirst() : String(word)
        }.joined(separator: " ")
    }
}
