import Testing
@testable import NewsModel

@Suite("StopwordLexicon")
struct StopwordLexiconTests {
    @Test("the bundled lexicon has 40 to 100 words for each language")
    func bundled() {
        for language in Language.allCases where language != .unknown {
            let count = StopwordLexicon.bundled.languagesByWord.values.filter { $0.contains(language) }.count
            #expect((40...100).contains(count), "\(language): \(count)")
        }
    }

    @Test("TOML lists are read by language code and unknown keys are ignored")
    func readsTOML() throws {
        let lexicon = try StopwordLexicon(toml: "nl = [\"De\", \"het\"]\nxx = [\"zzz\"]\n")
        #expect(lexicon.languagesByWord == ["de": [.nl], "het": [.nl]])
    }
}
