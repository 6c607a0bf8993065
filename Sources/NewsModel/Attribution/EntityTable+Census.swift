extension EntityTable {
    /// What the table gathers from all the mentions before resolving them: a value counted into in place, where
    /// a function nested in `init` checked its access to the variables it captured at each mention.
    struct Census {
        /// Surname (folded) → full name words; `ambiguous` surnames have more than one.
        var names: [String: [String]]
        var ambiguous: Set<String> = []
        var persons = 0, organisations = 0, places = 0, groups = 0
        /// Mentions of a person with title words, and of a role: those that can file a person by role.
        var roles = 0

        /// Files full name `name` (two words or more) as the one `filed` under its surname (empty where none is);
        /// false where another name is filed there, which makes the surname ambiguous (the one filed stays). The
        /// same words again change nothing, and only a name written otherwise is folded to compare.
        private static func file(_ name: [String], in filed: inout [String]) -> Bool {
            if filed == name { return true }
            if !filed.isEmpty, TextFolding.foldJoined(filed) != TextFolding.foldJoined(name) { return false }
            filed = name
            return true
        }

        /// Counts mention `index` of `mentions`, read where it lies: a mention's kind passed out of the array was copied
        /// and destroyed, its strings and arrays retained and released (4.5 M instructions a 1 000-article load).
        mutating func count(_ mentions: [Mention], at index: Int) {
            switch mentions[index].kind {
            case .person(let name, let role):
                persons += 1
                if !role.isEmpty { roles += 1 }
                if name.count >= 2 {
                    let key = TextFolding.fold(name[name.count - 1])
                    // read and written where it lies, the key hashed once (a new key's entry is made empty, then filled)
                    if !Self.file(name, in: &names[key, default: []]) { ambiguous.insert(key) }
                }
            case .role:
                persons += 1
                roles += 1
            case .organisation, .anaphor: organisations += 1
            case .place: places += 1
            case .group(let members):
                groups += 1
                for member in members.indices { count(members, at: member) }
            case .pronoun: break
            }
        }
    }
}
