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

        mutating func count(_ kind: Mention.Kind) {
            switch kind {
            case .person, .role: persons += 1
            case .organisation, .anaphor: organisations += 1
            case .place: places += 1
            case .group: groups += 1
            case .pronoun: break
            }
            switch kind {
            case .person(_, let role) where !role.isEmpty: roles += 1
            case .role: roles += 1
            default: break
            }
            switch kind {
            case .person(let name, _) where name.count >= 2:
                let key = TextFolding.fold(name[name.count - 1])
                // read and written where it lies, the key hashed once (a new key's entry is made empty, then filled)
                if !Self.file(name, in: &names[key, default: []]) { ambiguous.insert(key) }
            case .group(let members):
                for member in members { count(member.kind) }
            default:
                break
            }
        }
    }
}
