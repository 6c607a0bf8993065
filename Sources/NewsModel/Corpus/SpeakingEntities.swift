/// The entities of one article that `SpeakerMerger.add` registers, with what it needs of each made ready on
/// the thread that analysed the article: folded key, name and role as the corpus shows them.
///
/// The merge runs on one thread while the others analyse. Made there, the keys, names and roles were a fifth
/// of it, and letting go of the articles' entity tables (their words, heads, countries) another fifth
/// (1 000 articles: 11 of the merge's 54 M instructions); made here, the tables are let go where they were
/// made, and the merge is left the look-ups that must be in order.
struct SpeakingEntities: Sendable {
    /// One entity that speaks, or is a member of a group that does.
    struct Entity: Sendable {
        var kind: Speaker.Kind
        /// A quote's speaker or a member of a group that is one: the merge starts from these, in id order
        /// (and reaches members of members through `members`).
        var isRoot: Bool
        /// The folded name a person or organisation merges on (`TextFolding.foldJoined(words)`); empty for a
        /// group, which merges on its members' corpus ids, known only in the merge.
        var key: Key
        /// The words joined by spaces (empty for a group, whose name is its members' names).
        var name: String
        /// The role as the corpus shows it (`SpeakerMerger.displayed`).
        var role: String?
        var mentions: [String]
        /// Member entities, by local id.
        var members: [Int]
        /// What a person's name says of its surname, for `SpeakerMerger.finish` (`.none` for the others).
        var surname: Surname
    }

    /// A person's surname as `SpeakerMerger.finish` joins surnames alone to full names, made here from the name.
    enum Surname: Sendable, Equatable {
        case none
        /// The name has no space: it is a surname alone, folded.
        case alone(Key)
        /// The name has spaces: its last word, folded.
        case last(Key)

        /// The surname of a person called `name`, whose folded name is `key` when it is one word.
        init(person name: String, key: Key? = nil) {
            // An ASCII name (most) is read on its bytes, where a space is a space and folding lowers the letters:
            // asking it for a space, its last word and their folding cost 1 000 instructions a person.
            let ascii = name.utf8.withContiguousStorageIfAvailable { bytes -> Surname? in
                guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
                var end = bytes.count
                while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
                var start = end
                while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
                guard bytes.contains(0x20) else { return .alone(key ?? Key(ASCIIBytes.loweredString(bytes))) }
                return start < end ? .last(Key(ASCIIBytes.loweredString(UnsafeBufferPointer(rebasing: bytes[start..<end])))) : Surname.none
            }
            if let ascii, let surname = ascii {
                self = surname
            } else if !SpeakerMerger.hasSpace(name) {
                self = .alone(Key(TextFolding.fold(name)))
            } else if let last = SpeakerMerger.lastWord(name) {
                self = .last(Key(TextFolding.fold(last)))
            } else {
                self = .none
            }
        }
    }

    /// A folded name as the merge looks it up, hashed beforehand, on the thread that made it: the merge's
    /// tables hash the number, not the name's bytes (which cost 300 instructions a look-up there).
    struct Key: Hashable, Sendable {
        let text: String
        private let hash: Int

        init(_ text: String) {
            self.text = text
            hash = text.hashValue
        }

        static func == (a: Key, b: Key) -> Bool { a.hash == b.hash && a.text == b.text }

        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
    }

    /// The place in `entities` of each local id (-1 for an entity that is not needed).
    let places: [Int32]
    /// The entities needed. (Whether each is a root is a flag in it: a list of the roots was one more
    /// allocation an article for the merge thread to free.)
    let entities: [Entity]

    /// The entities of `article` that speak, read from its analysis's entity table `table`.
    init(_ article: Article, table: [LocalEntity]) {
        // by local id in an array of flags, not a set: the roots come out in order without hashing or sorting
        var isRoot = [Bool](repeating: false, count: table.count)
        for quote in article.quotes {
            guard let id = quote.speaker else { continue }
            isRoot[id] = true
        }
        // (the members of the quotes' speakers only: a member that is a group does not bring in its own)
        for quote in article.quotes {
            guard let id = quote.speaker, table[id].kind == .group else { continue }
            for member in table[id].members { isRoot[member] = true }
        }
        var places = [Int32](repeating: -1, count: table.count)
        var entities: [Entity] = []
        var waiting = table.indices.filter { isRoot[$0] }
        entities.reserveCapacity(waiting.count)
        while let id = waiting.popLast() {
            guard places[id] < 0 else { continue }
            places[id] = Int32(entities.count)
            // the entity's fields read where they lie: a copy of it retained and released every one of them
            let kind = table[id].kind
            let group = kind == .group
            let words = table[id].words
            // (a name of one word is that word: joining it made a copy, 850 instructions)
            let name = group ? "" : words.count == 1 ? words[0] : words.joined(separator: " ")
            // (one word's folded name is its folding, the surname of a name that is one word)
            let key = Key(group ? "" : TextFolding.foldJoined(words))
            entities.append(Entity(kind: kind, isRoot: isRoot[id], key: key, name: name,
                                   role: SpeakerMerger.displayed(table[id].role, article.language),
                                   mentions: table[id].mentions, members: table[id].members,
                                   surname: kind == .person ? Surname(person: name, key: words.count == 1 ? key : nil) : .none))
            waiting += table[id].members
        }
        self.places = places
        self.entities = entities
    }
}
