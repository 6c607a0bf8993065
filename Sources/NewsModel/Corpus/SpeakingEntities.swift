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
        /// The folded name a person or organisation merges on (`TextFolding.foldJoined(words)`); empty for a
        /// group, which merges on its members' corpus ids, known only in the merge.
        var key: String
        /// The words joined by spaces (empty for a group, whose name is its members' names).
        var name: String
        /// The role as the corpus shows it (`SpeakerMerger.displayed`).
        var role: String?
        var mentions: [String]
        /// Member entities, by local id.
        var members: [Int]
    }

    /// How many entities the article had: the local ids run below it.
    let count: Int
    /// The local ids the merge starts from, in increasing order: each quote's speaker and the members of a
    /// group that speaks (members of members are reached through `members`).
    let roots: [Int]
    /// The entities by their place in `entities`, for each local id (-1 for one that is not needed).
    let places: [Int32]
    let entities: [Entity]

    /// The entities of `article` that speak, read from its analysis's entity table `table`.
    init(_ article: Article, table: [LocalEntity]) {
        count = table.count
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
        roots = table.indices.filter { isRoot[$0] }
        var places = [Int32](repeating: -1, count: table.count)
        var entities: [Entity] = []
        entities.reserveCapacity(roots.count)
        var waiting = roots
        while let id = waiting.popLast() {
            guard places[id] < 0 else { continue }
            places[id] = Int32(entities.count)
            // the entity's fields read where they lie: a copy of it retained and released every one of them
            let kind = table[id].kind
            let group = kind == .group
            entities.append(Entity(kind: kind, key: group ? "" : TextFolding.foldJoined(table[id].words),
                                   name: group ? "" : table[id].words.joined(separator: " "),
                                   role: SpeakerMerger.displayed(table[id].role, article.language),
                                   mentions: table[id].mentions, members: table[id].members))
            waiting += table[id].members
        }
        self.places = places
        self.entities = entities
    }
}
