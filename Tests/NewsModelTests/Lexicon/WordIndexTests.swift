import Testing
import TestSupport
@testable import NewsModel

/// A word index answers what the dictionary it was made from answers, though it looks most words up by bytes.
@Suite("WordIndex")
struct WordIndexTests {
    @Test("answers as the dictionary does, for composed and decomposed accents, curly apostrophes and other scripts")
    func answersAsTheDictionary() {
        var generator = SplitMix64(seed: 11)
        for keysOfOtherScalars in [false, true] {
            var dictionary: [String: Int] = [:]
            for number in 0..<400 {
                let key = ByteKeyTableTests.key(&generator)
                let decomposedOrOther = key.unicodeScalars.contains { $0.value >= 0x300 && !(0x2010...0x2027).contains($0.value) }
                if keysOfOtherScalars || !decomposedOrOther { dictionary[key] = number }
            }
            let index = WordIndex(dictionary)
            for _ in 0..<3_000 {
                let word = ByteKeyTableTests.key(&generator)
                #expect(index[word] == dictionary[word], "\(word.debugDescription), keys of other scalars: \(keysOfOtherScalars)")
            }
            #expect(index["e\u{301}"] == dictionary["é"] && index["é"] == dictionary["e\u{301}"])
        }
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
