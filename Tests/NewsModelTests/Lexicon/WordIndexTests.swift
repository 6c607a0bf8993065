import Testing
import TestSupport
@testable import NewsModel

/// A word index answers what the dictionary it was made from answers, though it looks most words up by bytes.
@Suite("WordIndex")
struct WordIndexTests {
    /// 400 random keys numbered in order; without `keysOfOtherScalars`, none with a scalar from U+0300 outside
    /// the general punctuation's dashes and quotes (a decomposed accent, another script).
    static func dictionary(_ generator: inout SplitMix64, keysOfOtherScalars: Bool) -> [String: Int] {
        var dictionary: [String: Int] = [:]
        for number in 0..<400 {
            let key = ByteKeyTableTests.key(&generator)
            let decomposedOrOther = key.unicodeScalars.contains { $0.value >= 0x300 && !(0x2010...0x2027).contains($0.value) }
            if keysOfOtherScalars || !decomposedOrOther { dictionary[key] = number }
        }
        return dictionary
    }

    @Test("answers as the dictionary does, for composed and decomposed accents, curly apostrophes and other scripts")
    func answersAsTheDictionary() {
        var generator = SplitMix64(seed: 11)
        for keysOfOtherScalars in [false, true] {
            let dictionary = Self.dictionary(&generator, keysOfOtherScalars: keysOfOtherScalars)
            let index = WordIndex(dictionary)
            for _ in 0..<3_000 {
                let word = ByteKeyTableTests.key(&generator)
                #expect(index[word] == dictionary[word], "\(word.debugDescription), keys of other scalars: \(keysOfOtherScalars)")
            }
            #expect(index["e\u{301}"] == dictionary["é"] && index["é"] == dictionary["e\u{301}"])
        }
    }

    @Test("a byte-comparable word's bytes answer as the word does, or leave it to the string where only the dictionary can")
    func answersByBytes() {
        var generator = SplitMix64(seed: 12)
        for keysOfOtherScalars in [false, true] {
            let dictionary = Self.dictionary(&generator, keysOfOtherScalars: keysOfOtherScalars)
            let index = WordIndex(dictionary)
            for _ in 0..<3_000 {
                var word = ByteKeyTableTests.key(&generator)
                let answer = word.withUTF8 { bytes in StringNumbers.isByteComparable(bytes) ? index.value(ofByteComparable: bytes) : nil }
                guard let answer else { continue }
                #expect(answer == dictionary[word], "\(word.debugDescription), keys of other scalars: \(keysOfOtherScalars)")
            }
            // without keys of other scalars, the bytes of every byte-comparable word answer
            var ascii = "Moscow"
            #expect(ascii.withUTF8 { index.value(ofByteComparable: $0) } != nil || keysOfOtherScalars)
        }
    }

    @Test("the lexicon the store gives is shared by reference; a lexicon made anew is not taken for it")
    func sharedLexicon() {
        #expect(SharedLexicon.of(Lexicon.forLanguage(.en)) === SharedLexicon.english)
        #expect(SharedLexicon.of(Lexicon.forLanguage(.nl)) === SharedLexicon.dutch)
        #expect(SharedLexicon.of(Lexicon.forLanguage(.unknown)) === SharedLexicon.fallback)
        let madeAnew = Lexicon(language: .en, file: LexiconFile.empty)
        #expect(SharedLexicon.of(madeAnew) !== SharedLexicon.english)
        #expect(!madeAnew.words.isSameIndex(as: Lexicon.forLanguage(.en).words))
    }

    @Test("the lexicon's word look-up gives its classes and gender lists, the places list its names and capitals")
    func lexiconAndPlaces() {
        let english = Lexicon.forLanguage(.en)
        #expect(english.word("she").isFeminine && !english.word("she").isMasculine && english.word("she").classes.contains(.singularPronoun))
        #expect(english.word("xylophone").classes == [] && !english.word("xylophone").isFeminine)
        #expect(Places.shared.placeNames["Moscow"]?.capital == "RU" && Places.shared.placeNames["Russia"]?.country == "RU")
        #expect(Places.shared.placeNames["moscow"] == nil)
    }
}
