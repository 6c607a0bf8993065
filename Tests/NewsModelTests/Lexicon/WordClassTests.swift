import Testing
@testable import NewsModel

/// One look-up of a word gives every list of the lexicon it stands in, and no other.
@Suite("Word classes")
struct WordClassTests {
    @Test("every word of every list has that list's class, in each language and in the merged fallback")
    func classesMatchTheLists() {
        for language in [Language.en, .nl, .de, .fr, .unknown] {
            let lexicon = Lexicon.forLanguage(language)
            let lists: [(WordClass, [String])] = [
                (.singularPronoun, Array(lexicon.singularPronouns)), (.determiner, Array(lexicon.determiners)),
                (.preposition, Array(lexicon.prepositions)), (.notName, Array(lexicon.notNames)),
                (.titleStart, Array(lexicon.titles.keys)), (.reportingVerbStart, Array(lexicon.reportingVerbs.keys)),
                (.sourceMarkerStart, Array(lexicon.sourceMarkers.keys)),
            ]
            for (wordClass, words) in lists {
                #expect(!words.isEmpty, "\(language) \(wordClass)")
                for word in words { #expect(lexicon.classes(of: word).contains(wordClass), "\(language) \(word)") }
            }
        }
    }

    @Test("a word gets only the classes of the lists it is in")
    func onlyItsOwnClasses() {
        let english = Lexicon.forLanguage(.en)
        #expect(english.classes(of: "the").contains(.determiner))
        #expect(!english.classes(of: "the").contains(.preposition))
        #expect(english.classes(of: "said") == .reportingVerbStart)
        #expect(english.classes(of: "blinken") == [])
        #expect(english.classes(of: "The") == [])  // the lists are lower-cased; so is what the parser asks
    }
}
