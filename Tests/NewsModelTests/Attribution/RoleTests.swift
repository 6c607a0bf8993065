import Testing
@testable import NewsModel

/// The role a speaker gets: the whole office as written, never a form of address or a relation.
@Suite("Roles")
struct RoleTests {
    func roles(_ paragraphs: [String], _ language: Language) -> [String: String] {
        let corpus = Bundled.corpus(paragraphs, language: language)
        return Dictionary(uniqueKeysWithValues: corpus.speakers.filter { $0.kind == .person }.map { ($0.name, $0.role ?? "-") })
    }

    @Test("a title of several words stays whole, before the name or in apposition")
    func compoundTitles() {
        let found = roles([
            "“We are close,” said Armenian Foreign Minister Ararat Mirzoyan. “Not yet,” said Jens Stoltenberg, secretary general of NATO.",
            "“It is serious,” said Rafael Grossi, director general of the agency.",
        ], .en)
        #expect(found["Ararat Mirzoyan"] == "foreign minister")
        #expect(found["Jens Stoltenberg"] == "secretary general")
        #expect(found["Rafael Grossi"] == "director general")
    }

    @Test("an honorific or a relation word is no role: Mr., M., counterpart, Amtskollege")
    func addressAndRelationAreNoRole() {
        #expect(roles(["“Yes,” said Mr. Sunak."], .en)["Sunak"] == "-")
        #expect(roles(["« Oui », a dit M. Rishi Sunak."], .fr)["Rishi Sunak"] == "-")
        #expect(roles(["Baerbock traf ihren Amtskollegen Qin Gang. „Nein“, sagte Qin Gang."], .de)["Qin Gang"] == "-")
    }

    @Test("German roles keep their capital, as German nouns do")
    func germanNouns() {
        #expect(roles(["„Nein“, sagte Bundeskanzler Olaf Scholz."], .de)["Olaf Scholz"] == "Bundeskanzler")
    }
}
