import Testing
import TestSupport
@testable import NewsModel

/// What the article-wide marks answer is what sets of the strings would: the definition they replaced.
@Suite("Article words")
struct ArticleWordsTests {
    /// The sets the analyzer built before: lower cases of words without a capital, capitalised words not at a
    /// sentence start nor after a quote, and the bases of words in runs of two or more capitalised words.
    struct Sets {
        var lowerCase: Set<String> = []
        var capitalisedMidSentence: Set<String> = []
        var nameParts: Set<String> = []

        init(_ tokens: [Token], sentenceStarts: [Bool]) {
            for (index, token) in tokens.enumerated() where token.isWord {
                if !token.isCapitalized { lowerCase.insert(token.lower) }
                if token.isCapitalized, !sentenceStarts[index], !(index > 0 && tokens[index - 1].quoteIndex != nil) {
                    capitalisedMidSentence.insert(token.text)
                }
            }
            var run: [Token] = []
            for token in tokens + [Token(kind: .paragraphBreak, range: 0..<0, text: "", lower: "")] {
                let classes = token.facts.classes
                if token.isWord, token.isCapitalized, !classes.contains(.notName), !classes.contains(.determiner), !classes.contains(.titleStart) {
                    run.append(token)
                } else if token.isWord, !run.isEmpty, classes.contains(.nameParticle) {
                    continue
                } else {
                    if run.count >= 2 { for member in run { nameParts.insert(member.facts.possessor ?? member.text) } }
                    run.removeAll()
                }
            }
        }
    }

    static let words = ["Blinken", "blinken", "Blinken's", "Blinken’s", "Antony", "The", "the", "said", "Said", "von", "der",
                        "Leyen", "Ursula", "Café", "café", "cafe\u{301}", "Cafe\u{301}", "Moscow", "Moscow's", "moscow",
                        "Minister", "minister", "IPhone", "iPhone", "Über", "über", "U\u{308}ber", "He", "he", "NATO"]

    /// Random articles of those words, punctuation, quotes and breaks, some without any word that is not below U+0300.
    static func article(_ generator: inout SplitMix64, usualOnly: Bool) -> (tokens: [Token], sentenceStarts: [Bool]) {
        let pool = usualOnly ? words.filter { $0.unicodeScalars.allSatisfy { $0.value < 0x300 } } : words
        var tokens: [Token] = []
        for index in 0..<Int(generator.next() % 60) {
            let range = index..<index + 1
            switch generator.next() % 10 {
            case 0: tokens.append(Token(kind: .punctuation, range: range, text: ".", lower: "."))
            case 1: tokens.append(Token(kind: .quote(index), range: range, text: "", lower: ""))
            case 2: tokens.append(Token(kind: .paragraphBreak, range: range, text: "", lower: ""))
            default:
                let word = pool[Int(generator.next() % UInt64(pool.count))]
                tokens.append(Token(kind: .word, range: range, text: word, lower: word.lowercased()))
            }
        }
        let sentenceStarts = tokens.indices.map { $0 == 0 || generator.next() % 4 == 0 }
        return (tokens, sentenceStarts)
    }

    @Test("marks say of each capitalised word what the sets of strings said, canonical equivalents and possessives included")
    func marksAnswerAsSets() {
        var generator = SplitMix64(seed: 11)
        // forms' strings are numbered once per cache: with one cache of articles before (emptied when full
        // every few articles, or not at all), and with none
        let caches = [WordFactsCache(language: .en, capacity: 12), WordFactsCache(language: .en)]
        for round in 0..<600 {
            var (tokens, sentenceStarts) = Self.article(&generator, usualOnly: round % 2 == 0)
            let cache = round % 3 == 2 ? nil : caches[round % 3]
            let (firsts, forms, strings, stringCount) = WordFacts.annotate(&tokens, lexicon: Lexicon.forLanguage(.en), places: .shared,
                                                                           cache: cache)
            let words = ArticleWords(tokens: tokens, forms: forms, firsts: firsts, strings: strings, stringCount: stringCount,
                                     sentenceStarts: sentenceStarts)
            let sets = Sets(tokens, sentenceStarts: sentenceStarts)
            for (j, token) in tokens.enumerated() where token.isWord && token.isCapitalized {
                let base = token.facts.possessor ?? token.text
                let context = "round \(round), token \(j) \(token.text.debugDescription), cache \(round % 3)"
                #expect(words.isCapitalisedMidSentence(baseOf: j) == sets.capitalisedMidSentence.contains(base), "\(context)")
                #expect(words.isNamePart(baseOf: j) == sets.nameParts.contains(base), "\(context)")
                if sentenceStarts[j] { #expect(words.isWrittenLowerCase(j) == sets.lowerCase.contains(token.lower), "\(context)") }
            }
        }
    }
}
