import Testing
@testable import NewsModel

/// The facts kept in a token say what the parser's own look-ups say of the word.
@Suite("Word facts")
struct WordFactsTests {
    func facts(_ text: String, _ language: Language) -> WordFacts {
        WordFacts(text: text, lower: text.lowercased(), lexicon: Lexicon.forLanguage(language), places: Places.shared)
    }

    @Test("possessives, demonyms, elided titles, inversions and titles with a full stop")
    func factsOfWords() {
        #expect(facts("Russia's", .en).possessor == "Russia")
        #expect(facts("Russia's", .en).possessorCountry == "RU")
        #expect(facts("Moscow’s", .en).possessorCountry == "RU")
        #expect(facts("Russische", .nl).demonymCountry == "RU")
        #expect(facts("Russian", .en).demonymCountry == "RU" && facts("RUSSIAN", .en).demonymCountry == "RU")
        #expect(facts("rush", .en).demonymCountry == nil && facts("xylophone", .en).demonymCountry == nil)
        #expect(Places.shared.country(ofDemonym: "Französische") == Places.shared.country(ofDemonym: "französische"))
        #expect(facts("l'ambassadeur", .fr).elidedRest == "ambassadeur")
        #expect(facts("l'ambassadeur", .fr).flags.contains(.elidedTitle))
        #expect(facts("a-t-il", .fr).invertedPronoun == "il")
        #expect(facts("dit-il", .fr).flags.contains(.verbStart))
        #expect(facts("M", .fr).classes.contains(.titleWithStop))
        #expect(!facts("ministre", .fr).classes.contains(.titleWithStop))
        #expect(facts("NAVO-chef", .nl).flags.contains(.titleWord))
        #expect(facts("minister", .en).flags.contains(.titleWord) && facts("minister", .en).classes.contains(.title))
        #expect(facts("von", .de).classes.contains(.nameParticle) && facts("of", .en).classes.contains(.complementPreposition))
        #expect(facts("Moscow", .en).flags.contains(.capital))
        #expect(!facts("moscow", .en).flags.contains(.capital))  // places match as written
        #expect(facts("Blinken", .en) == WordFacts(text: "Blinken", lower: "blinken", lexicon: Lexicon.forLanguage(.en), places: .shared))
        #expect(facts("Blinken", .en).classes == [] && facts("Blinken", .en).flags == [])
        #expect(facts("dubbed", .en).classes.contains(.termCue) && !facts("dubbed", .en).classes.contains(.termCueStart))
        #expect(facts("known", .en).classes.contains(.termCueStart) && !facts("known", .en).classes.contains(.termCue))  // "known as"
    }

    @Test("a word's gender as a role or pronoun, and as a determiner, is what the lexicon's lists and suffixes give")
    func genderOfWords() {
        for language in [Language.en, .nl, .de, .fr] {
            let lexicon = Lexicon.forLanguage(language)
            let words = Array(lexicon.feminineWords) + Array(lexicon.masculineWords)
                + ["ministerin", "bundeskanzlerin", "präsidentin", "berlin", "in", "the", "said", "blinken", "minister"]
            for word in words {
                let found = facts(word, language)
                #expect(found.gender == MentionParser.gender(of: word, lexicon: lexicon), "\(language) \(word)")
                let asDeterminer: Gender? = lexicon.feminineWords.contains(word) ? .feminine : lexicon.masculineWords.contains(word) ? .masculine : nil
                #expect(found.determinerGender == asDeterminer, "\(language) \(word)")
            }
        }
        #expect(facts("ministerin", .de).gender == .feminine && facts("ministerin", .de).determinerGender == nil)  // by its suffix
        #expect(facts("he", .en).gender == .masculine && facts("she", .en).determinerGender == .feminine)
        #expect(facts("said", .en).gender == nil)
    }

    @Test("the flags the splitter and the attributor read say what the functions they stand for say")
    func flagsOfSplitterAndAttributor() {
        let marks = [".", "!", "?", "…", ",", ";", ":", ")", "]", "\u{201D}", "\u{2019}", "(", "\u{201C}", "—", "–", "-", "'", "..", "", "\u{2026}x", ",x", "-x"]
        for language in [Language.en, .nl, .de, .fr] {
            let lexicon = Lexicon.forLanguage(language)
            let words = Array(lexicon.reportingVerbs.keys) + Array(lexicon.auxiliaries) + Array(SentenceSplitter.abbreviations)
                + ["dit-il", "a-t-il", "ajoute-t-elle", "zei", "said", "J", "j", "É", "é", "e\u{301}", "U.S", "u.s.a.", "Mr", "Dr", "Z.B",
                   "ab.cdefg", "ab.cdef", "a.b", "A.B", "x\r\ny", "\r\n", "Ö.", "Blinken", "Blinken’s", "Mr.", "mr", "said-il"]
            for text in words + words.map(\.capitalized) + marks {
                let lower = text.lowercased()
                let flags = WordFacts(text: text, lower: lower, lexicon: lexicon, places: .shared).flags
                #expect(flags.contains(.sentenceEnd) == SentenceSplitter.endsSentence(text), "\(text.debugDescription)")
                #expect(flags.contains(.fullStop) == (text == "."), "\(text.debugDescription)")
                #expect(flags.contains(.closingMark) == ")]\u{201D}\u{2019}".unicodeScalars.contains { $0 == text.unicodeScalars.first }, "\(text.debugDescription)")
                let mark = Token(kind: .punctuation, range: 0..<1, text: text, lower: text)
                var annotatedMarks = [mark]
                WordFacts.annotate(&annotatedMarks, lexicon: lexicon, places: .shared)
                #expect(Attributor.isOpeningDash(annotatedMarks[0]) == mark.isMark(in: "(—–-"), "\(text.debugDescription)")
                #expect(Attributor.isCommaOrOpeningDash(annotatedMarks[0]) == mark.isMark(in: ",—–-("), "\(text.debugDescription)")
                let capitalised = text.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false
                let token = Token(kind: .word, range: 0..<1, text: text, lower: lower)
                var annotated = [token]
                WordFacts.annotate(&annotated, lexicon: lexicon, places: .shared)
                #expect(SentenceSplitter.isAbbreviation(annotated[0]) == SentenceSplitter().isAbbreviation(lower, capitalised: capitalised),
                        "\(language) \(text.debugDescription)")
                let base = lower.contains("-") && MentionParser.invertedPronoun(lower) != nil ? String(lower.split(separator: "-").first ?? "") : lower
                let oneWord = flags.contains(.verbStart) && lexicon.reportingVerbs[base]?.contains(where: \.isEmpty) == true
                #expect(flags.contains(.oneWordVerb) == oneWord, "\(language) \(text.debugDescription)")
            }
        }
    }

    @Test("annotating gives every token the facts of its written form, repeated words and marks included")
    func annotateGivesEachTokenItsFacts() {
        var tokens = [
            Token(kind: .word, range: 0..<4, text: "said", lower: "said"), Token(kind: .punctuation, range: 4..<5, text: ",", lower: ","),
            Token(kind: .word, range: 6..<14, text: "Russia's", lower: "russia's"), Token(kind: .word, range: 15..<19, text: "said", lower: "said"),
            Token(kind: .word, range: 20..<24, text: "Said", lower: "said"),
        ]
        let (firsts, forms, _, _) = WordFacts.annotate(&tokens, lexicon: Lexicon.forLanguage(.en), places: .shared)
        #expect(firsts == [0, 1, 2, 4])  // "said" again at 3 is no new form; "Said" is
        #expect(forms == [0, 1, 2, 0, 3])
        for token in tokens { #expect(token.facts == facts(token.text, .en), "\(token.text)") }
        #expect(tokens[0].facts.classes.contains(.reportingVerbStart) && tokens[3].facts == tokens[0].facts)
        #expect(tokens[2].facts.possessorCountry == "RU")
        #expect(tokens[4].facts.classes == tokens[0].facts.classes)  // looked up lower-cased
    }
}

@Suite("Word facts kept from article to article")
struct WordFactsCacheTests {
    func tokens(_ words: [String]) -> [Token] {
        words.enumerated().map { Token(kind: .word, range: $0.offset..<$0.offset + 1, text: $0.element, lower: $0.element.lowercased()) }
    }

    /// Annotates `words` as an article alone and with `cache`, expects the same forms, strings and facts of
    /// both, and returns the forms found with the cache.
    @discardableResult
    func annotateAloneAndCached(_ words: [String], cache: WordFactsCache, lexicon: Lexicon, label: String) -> [Int32] {
        var alone = tokens(words)
        var cached = tokens(words)
        let formsAlone = WordFacts.annotate(&alone, lexicon: lexicon, places: .shared)
        let formsCached = WordFacts.annotate(&cached, lexicon: lexicon, places: .shared, cache: cache)
        #expect(formsCached.firsts == formsAlone.firsts && formsCached.forms == formsAlone.forms, "\(label)")
        // the cache numbers strings for all its articles: the same strings, numbered otherwise
        #expect(sameNumbering(formsCached.strings, formsAlone.strings), "\(label)")
        #expect(formsCached.strings.allSatisfy { [$0.text, $0.lower, $0.base].allSatisfy { $0 < formsCached.stringCount } }, "\(label)")
        #expect(cached == alone, "\(label)")
        return formsCached.forms
    }

    /// `a` and `b` number the same strings alike (equal where the other is equal), marks (-1) in the same places.
    func sameNumbering(_ a: [FormStrings], _ b: [FormStrings]) -> Bool {
        let pairs = zip(a, b).flatMap { a, b in [(a.text, b.text), (a.lower, b.lower), (a.base, b.base)] }
        var forward: [Int32: Int32] = [-1: -1]
        var backward: [Int32: Int32] = [-1: -1]
        for (x, y) in pairs {
            if forward[x, default: y] != y || backward[y, default: x] != x { return false }
            forward[x] = y
            backward[y] = x
        }
        return a.count == b.count
    }

    @Test("a cache gives each article the facts and first uses it would find alone, also past its capacity")
    func cacheGivesWhatAnArticleFindsAlone() {
        let lexicon = Lexicon.forLanguage(.en)
        let articles = [["said", "Russia's", "said", "Blinken"], ["Blinken", "said", "the", "Blinken"],
                        ["minister", "Moscow", "said"], ["said", "said"]]
        for capacity in [1, 3, 100] {
            let cache = WordFactsCache(language: .en, capacity: capacity)
            for words in articles {
                annotateAloneAndCached(words, cache: cache, lexicon: lexicon, label: "capacity \(capacity), \(words)")
            }
        }
    }

    @Test("forms of every length (keys of one to three, four to seven, eight to sixteen bytes, and longer) and thousands of them")
    func formsOfEveryLengthAndMany() {
        let lexicon = Lexicon.forLanguage(.en)
        // forms that differ in one byte only, at every place of every length up to twenty bytes, so that a key
        // that left a byte out would take two forms for one; and three thousand more, past the table's first size
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz")
        var words: [String] = []
        for length in 1...20 {
            for place in 0..<length {
                var letters = Array(repeating: Character("e"), count: length)
                words.append(String(letters))
                letters[place] = "s"
                words.append(String(letters))
            }
        }
        words += ["ontwikkelingssamenwerking", "ontwikkelingssamenwerkingen", "counterintelligence’s", "Ministerpräsidentin"]
        for n in 0..<3_000 {
            let letters: [Character] = (0..<(1 + n % 19)).map { (k: Int) -> Character in alphabet[(n * 7 + k * 13) % 26] }
            words.append(String(letters) + String(n))
        }
        let articles = stride(from: 0, to: words.count, by: 500).map { Array(words[$0..<min(words.count, $0 + 900)]) }
        for capacity in [700, 100_000] {
            let cache = WordFactsCache(language: .en, capacity: capacity)
            for words in articles {
                let formsCached = annotateAloneAndCached(words, cache: cache, lexicon: lexicon, label: "capacity \(capacity)")
                // both went through a cache: the forms are also held to the words themselves, numbered as first met
                var numbers: [String: Int32] = [:]
                let expected = words.map { word in numbers[word] ?? { numbers[word] = Int32(numbers.count); return Int32(numbers.count - 1) }() }
                let wrong = words.indices.first { formsCached.indices.contains($0) ? formsCached[$0] != expected[$0] : true }
                #expect(wrong == nil, "capacity \(capacity): \(wrong.map { words[$0] } ?? "") numbered as another word")
            }
        }
    }

    @Test("the caches of a load lend one cache to one borrower at a time, per language")
    func cachesLendPerLanguage() {
        let caches = WordFactsCaches()
        let english = caches.borrow(.en)
        let other = caches.borrow(.en)
        #expect(english !== other && english.language == .en)
        caches.giveBack(english)
        #expect(caches.borrow(.nl).language == .nl)
        #expect(caches.borrow(.en) === english)
    }
}
