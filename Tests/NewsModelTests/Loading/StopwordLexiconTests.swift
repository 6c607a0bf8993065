import Testing
import TestSupport
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

    @Test("a run of ASCII letters in any case votes exactly as its lower-cased string's listed languages, whatever its shape")
    func asciiVotesAreTheListedLanguages() {
        let lexicon = StopwordLexicon.bundled
        var generator = SplitMix64(seed: 41)
        var words = lexicon.languagesByWord.keys.filter { $0.utf8.allSatisfy(ASCIIBytes.isLetter) }
        words += words.flatMap { [$0.capitalized, $0.uppercased(), $0 + "s", String($0.dropLast()), "x" + $0] }
        words += (0..<3_000).map { _ in String((0..<Int(1 + generator.next() % 10)).map { _ in Character(Unicode.Scalar(UInt8(0x61 + generator.next() % 26))) }) }
        for word in words {
            let listed = lexicon.languagesByWord[word.lowercased()]
            var scores = Array(repeating: 0.0, count: Language.allCases.count)
            let voted = Array(word.utf8).withUnsafeBufferPointer { lexicon.addVotes(ofASCIILetters: $0, to: &scores) }
            var expected = Array(repeating: 0.0, count: Language.allCases.count)
            for language in listed ?? [] { expected[language.ordinal] += 1 / Double(listed?.count ?? 1) }
            #expect(voted == (listed != nil) && scores == expected, "\(word)")
        }
    }

    @Test("TOML lists are read by language code and unknown keys are ignored")
    func readsTOML() throws {
        let lexicon = try StopwordLexicon(toml: "nl = [\"De\", \"het\"]\nxx = [\"zzz\"]\n")
        #expect(lexicon.languagesByWord == ["de": [.nl], "het": [.nl]])
    }
}
