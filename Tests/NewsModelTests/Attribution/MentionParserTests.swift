import Testing
@testable import NewsModel

/// The mentions the parser reads out of one paragraph, as the analyzer prepares its tokens.
@Suite("Mention parser")
struct MentionParserTests {
    /// The mentions of `paragraph`, its tokens prepared as the analyzer prepares them.
    func parsed(_ paragraph: String, _ language: Language) -> [Mention] {
        let scalars = Array(paragraph.unicodeScalars)
        let lexicon = Lexicon.forLanguage(language)
        var tokens = Tokenizer().tokens(scalars, paragraphs: [0..<scalars.count], quotes: [], skipped: [])
        let (firsts, forms, strings, stringCount) = WordFacts.annotate(&tokens, lexicon: lexicon, places: .shared)
        let sentences = SentenceSplitter().sentences(tokens) { _ in false }
        var sentenceStarts = Array(repeating: false, count: tokens.count)
        for sentence in sentences { sentenceStarts[sentence.lowerBound] = true }
        let words = ArticleWords(tokens: tokens, forms: forms, firsts: firsts, strings: strings, stringCount: stringCount,
                                 sentenceStarts: sentenceStarts)
        let parser = MentionParser(tokens: tokens, text: scalars, lexicon: lexicon, places: .shared,
                                   sentenceStarts: sentenceStarts, articleWords: words)
        var found: [Mention] = []
        for sentence in sentences { parser.appendMentions(in: sentence, to: &found) }
        return found
    }

    /// Each mention of `paragraph` as "text | kind", and its alias after " = " when it has one.
    func mentions(_ paragraph: String, _ language: Language) -> [String] {
        parsed(paragraph, language).map { "\($0.text) | \($0.kind)" + ($0.alias.map { " = " + $0 } ?? "") }
    }

    @Test("a mention's text is the words as written, of one word or of several")
    func texts() {
        let found = mentions("Blinken and the State Department said so. She agreed.", .en)
        #expect(found == ["the State Department | organisation(name: [\"State\", \"Department\"], head: Optional(\"department\"), country: nil)",
                          "She | pronoun(lower: \"she\")"])  // a lone capitalised word opening a sentence is no name
    }

    @Test("named people joined by a conjunction are one group; without one, the second is an apposition")
    func groups() {
        let group = mentions("Joe Biden met Emmanuel Macron and Olaf Scholz. Later Biden, Macron and Scholz said so.", .en)
        #expect(group.contains { $0.hasPrefix("Biden, Macron and Scholz | group") })
        let pair = mentions("Joe Biden sprak met Olaf Scholz. Biden en Scholz noemden het historisch.", .nl)
        #expect(pair.contains { $0.hasPrefix("Biden en Scholz | group") })
        let apposition = mentions("Joe Biden sprak met Olaf Scholz. Toen zeiden Biden, Scholz het.", .nl)
        #expect(apposition.suffix(2).map { $0.components(separatedBy: " | ")[0] } == ["Biden", "Scholz"])
    }

    @Test("an abbreviation in brackets after a name becomes its alias")
    func alias() {
        let found = mentions("The International Atomic Energy Agency (IAEA) said so.", .en)
        #expect(found.first?.hasPrefix("The International Atomic Energy Agency | organisation") == true)
        #expect(found.first?.hasSuffix(" = IAEA") == true)
    }

    @Test("a name of several words can name a place, and a name ending in an organisation noun is an organisation")
    func placesAndOrganisations() {
        let place = mentions("De Verenigde Staten reageerden boos.", .nl)
        #expect(place == ["De Verenigde Staten | place(name: \"Verenigde Staten\", country: \"US\")"])
        let organisation = mentions("Das Eidgenössische Departement für auswärtige Angelegenheiten sagte das.", .de)
        #expect(organisation.contains { $0.contains("organisation") && $0.contains("head: Optional(\"departement\")") })
    }

    @Test("a complement that ends in a conjunction gives the conjunction back")
    func complementEndingInConjunction() {
        let found = mentions("The minister of Defence and Blinken said so.", .en)
        #expect(found.first == "The minister of Defence | role(words: [\"minister\", \"of\", \"defence\"], country: nil)")
    }

    @Test("a role of several words takes its gender from the phrase, then from its first word that gives one")
    func genderOfRoles() {
        func genders(_ paragraph: String, _ language: Language) -> [String] {
            parsed(paragraph, language).map { "\($0.text) · \($0.gender.map { "\($0)" } ?? "none")" }
        }
        #expect(genders("La première ministre Élisabeth Borne a parlé. La secrétaire générale du parti a parlé.", .fr)
            == ["La première ministre Élisabeth Borne · feminine", "La secrétaire générale · feminine", "du parti · none"])
        #expect(genders("The foreign minister spokeswoman said so. The foreign minister spokesman agreed.", .en)
            == ["The foreign minister spokeswoman · feminine", "The foreign minister spokesman · masculine"])
        #expect(genders("De minister van Buitenlandse Zaken zei het.", .nl) == ["De minister van Buitenlandse Zaken · none"])
    }
}
