import Testing
@testable import NewsModel

@Suite("Language")
struct LanguageTests {
    @Test("header values name languages by code, region code or name", arguments: [
        ("nl", Language.nl), ("nl-BE", .nl), ("Nederlands", .nl), ("EN", .en), ("english", .en),
        ("de_DE", .de), ("Deutsch", .de), ("fr", .fr), ("français", .fr),
    ])
    func header(value: String, language: Language) {
        #expect(Language(header: value) == language)
    }

    @Test("unknown header values are not guessed")
    func unknown() {
        #expect(Language(header: "klingon") == nil)
        #expect(Language(header: "") == nil)
    }
}
