import Testing
@testable import NewsModel

/// The splitter's byte-level shortcuts say what the strings they stand for say.
@Suite("Sentence splitter")
struct SentenceSplitterTests {
    @Test("the abbreviation table holds the abbreviations and nothing else among words of one to eight bytes")
    func abbreviationTable() {
        for word in SentenceSplitter.abbreviations { #expect(SentenceSplitter.isListedAbbreviation(word), "\(word)") }
        let others = ["", "m.", "mr.", "mrs.x", "said", "drs.", "u.s.a", "ö", "mé", "capt.", "sept.", "m.a.w.", "mr\u{0}", "Mr", "jan\u{301}"]
        for word in others { #expect(SentenceSplitter.isListedAbbreviation(word) == SentenceSplitter.abbreviations.contains(word), "\(word)") }
        // every word of one or two letters, and the abbreviations with a letter changed
        let letters = Array("abcdefghijklmnopqrstuvwxyz.")
        for a in letters {
            #expect(SentenceSplitter.isListedAbbreviation(String(a)) == SentenceSplitter.abbreviations.contains(String(a)))
            for b in letters {
                let word = String([a, b])
                #expect(SentenceSplitter.isListedAbbreviation(word) == SentenceSplitter.abbreviations.contains(word), "\(word)")
            }
        }
        for word in SentenceSplitter.abbreviations {
            for letter in letters {
                let changed = String(word.dropLast()) + String(letter)
                #expect(SentenceSplitter.isListedAbbreviation(changed) == SentenceSplitter.abbreviations.contains(changed), "\(changed)")
            }
        }
    }

    @Test("characters are counted as String.count counts them")
    func characterCount() {
        for text in ["", "J", "u.s", "abcdefg", "é", "e\u{301}", "a\r\nb", "\r\n", "🇳🇱", "zo’n", "x\u{200D}y"] {
            #expect(SentenceSplitter.characterCount(text) == text.count, "\(text.debugDescription)")
        }
    }

    @Test("a full stop after an abbreviation or an initial does not end the sentence; after other words it does")
    func abbreviations() {
        let lexicon = Lexicon.forLanguage(.en)
        for (text, count) in [("Mr. Smith said so. He left.", 2), ("J. Smith left. Then he came.", 2), ("He left. Then he came.", 2)] {
            let scalars = Array(text.unicodeScalars)
            var tokens = Tokenizer().tokens(scalars, paragraphs: [0..<scalars.count], quotes: [], skipped: [])
            WordFacts.annotate(&tokens, lexicon: lexicon, places: Places.shared)
            #expect(SentenceSplitter().sentences(tokens) { _ in false }.count == count, "\(text)")
        }
    }
}
