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
