import Testing
import TestSupport
@testable import NewsModel

/// The byte-level answers a new form's facts are found with say what the mention parser's functions say.
@Suite("Word facts: words by their bytes")
struct WordFactsWordsTests {
    /// Listed words, heads and suffixes, and random words of letters, apostrophes, hyphens, accents and joining marks.
    func words() -> [String] {
        let pieces = ["'", "\u{2019}", "s", "-", "l", "d", "qu", "in", "é", "e\u{301}", "\u{301}", "\u{600}", "ä", "\r", "\n", "A", "Ö",
                      "\u{2010}", "x", "ministre", "minister", "präsident", "député", "woordvoerder", "chef", "erin", "\u{200D}", "ß"]
        var generator = SplitMix64(seed: 2_026_12_08)
        var words = MentionParser.compoundTitleHeads + ["l'ambassadeur", "l’ambassadeur", "d'état", "l'", "Russia's", "Moscow’s", "'s", "’s",
                                                        "x's", "s", "ministerin", "bundeskanzlerin", "berlin", "in", "J", "\r\n", "é", "e\u{301}"]
        for _ in 0..<20_000 {
            words.append((0..<Int.random(in: 1...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        return words
    }

    @Test("possessors, single characters, feminine suffixes, elisions and compound titles as the parser's functions have them")
    func agreeWithTheParser() {
        let words = words()
        for language in [Language.en, .nl, .de, .fr] {
            let lexicon = Lexicon.forLanguage(language)
            for word in words {
                let lower = word.lowercased()
                #expect(WordFacts.Words.possessor(word) == MentionParser.possessorBase(word), "\(word.debugDescription)")
                #expect(WordFacts.Words.isOneCharacter(lower) == (SentenceSplitter.characterCount(lower) == 1), "\(lower.debugDescription)")
                #expect(WordFacts.Words.hasFeminineTitleSuffix(lower, lexicon: lexicon) == MentionParser.hasFeminineTitleSuffix(lower, lexicon: lexicon),
                        "\(language) \(lower.debugDescription)")
                #expect(WordFacts.Words.elidedRest(lower, lexicon: lexicon) == MentionParser.elided(lower, lexicon: lexicon)?.rest,
                        "\(language) \(lower.debugDescription)")
                #expect(WordFacts.Words.isCompoundTitle(lower, lexicon: lexicon) == MentionParser.isCompoundTitle(lower, lexicon: lexicon),
                        "\(language) \(lower.debugDescription)")
            }
        }
        #expect(WordFacts.Words.titleHeadsByLastByte != nil)
    }
}
