extension EntityTable {
    /// What the table gathers from all the mentions before resolving them: a value counted into in place, where
    /// a function nested in `init` checked its access to the variables it captured at each mention.
    struct Census {
        /// Surname (folded) → full name words; `ambiguous` surnames have more than one.
        var names: [String: [String]]
        var ambiguous: Set<String> = []
        var persons = 0, organisations = 0, places = 0, groups = 0

        mutating func count(_ kind: Mention.Kind) {
            switch kind {
            case .person, .role: persons += 1
            case .organisation, .anaphor: organisations += 1
            case .place: places += 1
            case .group: groups += 1
            case .pronoun: break
            }
            switch kind {
            case .person(let name, _) where name.count >= 2:
                let key = TextFolding.fold(name[name.count - 1])
                // the same words again change nothing: only a name written otherwise is folded to compare
                let known = names[key]
                if known == name { return }
                if let known, TextFolding.foldJoined(known) != TextFolding.foldJoined(name) {
                    ambiguous.insert(key)
                } else {
                    names[key] = name
                }
            case .group(let members):
                for member in members { count(member.kind) }
            default:
                break
            }
        }
    }
}
