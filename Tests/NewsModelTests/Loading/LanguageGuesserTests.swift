import Testing
@testable import NewsModel

@Suite("LanguageGuesser")
struct LanguageGuesserTests {
    @Test("short texts are recognised by their function words", arguments: [
        ("De minister heeft zich de woede van Moskou op de hals gehaald.", Language.nl),
        ("Het is niet duidelijk wat er met de troepen gebeurt.", .nl),
        ("The minister said that the troops would stay in the country for now.", .en),
        ("It was not clear what the government had asked for.", .en),
        ("Der Minister hat sich den Zorn Moskaus zugezogen, weil er über die Hilfe sprach.", .de),
        ("Es ist nicht klar, was die Regierung mit den Truppen machen wird.", .de),
        ("Le ministre a suscité la colère de Moscou en parlant de l'aide russe.", .fr),
        ("Il n'est pas clair que les troupes restent dans le pays.", .fr),
    ])
    func shortTexts(text: String, language: Language) {
        #expect(LanguageGuesser.guess([text]) == language)
    }

    @Test("the seed article is Dutch")
    func seed() throws {
        let document = try #require(ArticleLoader().load(paths: [seedArticlePath]).documents.first)
        #expect(LanguageGuesser.guess(document.paragraphs) == .nl)
    }

    @Test("too few words, no function words, or no clear winner give unknown", arguments: [
        [], [""], ["Blinken"], ["Kazachstan CSTO Almaty Tokajev Poetin"], ["in de the"],
    ])
    func unknown(paragraphs: [String]) {
        #expect(LanguageGuesser.guess(paragraphs) == .unknown)
    }

    @Test("a word in two languages' lists splits its vote between them")
    func sharedWords() {
        let lexicon = StopwordLexicon(lists: [.nl: ["de", "het"], .fr: ["de", "la"]])
        #expect(lexicon.languagesByWord["de"] == [.nl, .fr])
        #expect(LanguageGuesser.guess(["de de de het het x"], lexicon: lexicon) == .nl)
        #expect(LanguageGuesser.guess(["de de de de x y"], lexicon: lexicon) == .unknown)
    }
}
