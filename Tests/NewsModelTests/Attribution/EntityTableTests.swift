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
        let others = lists.prefix(200).map { (words: $0, key: EntityTable.wordSetKey($0), set: Set($0)) }
        for x in lists {
            let key = EntityTable.wordSetKey(x)
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
