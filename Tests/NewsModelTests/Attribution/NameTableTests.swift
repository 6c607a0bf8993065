import Testing
import TestSupport
@testable import NewsModel

@Suite("EntityTable.NameTable")
struct NameTableTests {
    /// A random name of one to four words: ASCII in either case, Latin letters, curly apostrophes and dashes, long
    /// words (past what a slot packs), and from `unusual` on, scalars folding leaves beyond the byte-comparable
    /// (a decomposed accent, the Kelvin and Ångström signs, Cyrillic, an emoji).
    static func name(_ generator: inout SplitMix64, unusual: Bool) -> [String] {
        let usual = ["Anna", "anna", "ANNA", "Müller", "Muller", "MÜLLER", "O’Brien", "o’brien", "Jean-Luc", "Łukasz",
                     "Straße", "Strasse", "Élysée", "elysee", "von", "der", "Leyen", "", "Aleksandrovich-Kuznetsov", "ŉ"]
        let others = ["Mu\u{308}ller", "e\u{301}", "\u{212A}im", "\u{212B}se", "Жуков", "😀", "a\u{600}"]
        let pieces = unusual ? usual + others : usual
        return (0...(generator.next() % 4)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }
    }

    static let emptySlots = EntityTable.NameTable<EntityTable.PersonsNamed>.emptySlots(EntityTable.PersonsNamed())

    @Test("files and finds persons as a dictionary keyed by the folded name does, by bytes and after the first key that is not byte-comparable")
    func filesLikeADictionary() {
        for (seed, unusualFrom) in [(1, Int.max), (2, 0), (3, 500), (4, 1_999)] as [(UInt64, Int)] {
            var generator = SplitMix64(seed: seed)
            var table = EntityTable.NameTable(keys: Int(seed), from: Self.emptySlots, empty: EntityTable.PersonsNamed())
            var expected: [String: Int] = [:]
            for step in 0..<2_000 {
                let words = Self.name(&generator, unusual: step >= unusualFrom)
                let key = TextFolding.foldJoined(words)
                let file = { (filed: inout EntityTable.PersonsNamed) -> Int? in
                    defer { filed.named = step }
                    return filed.named
                }
                // asked without filing, as a place is: nothing is filed where nothing was
                if generator.next() % 4 == 0 {
                    #expect(table.value(under: key).named == expected[key], "seed \(seed): \(key.debugDescription)")
                    continue
                }
                // a name of one word is looked up by its words, or folded already
                let found = words.count == 1 && generator.next() % 2 == 0
                    ? table.withFiled(under: TextFolding.fold(words[0]), file) : table.withFiled(underWords: words[...], file)
                #expect(found == expected[key], "seed \(seed): \(words.map(\.debugDescription))")
                expected[key] = step
            }
        }
    }
}
