import Testing
import TestSupport
@testable import NewsModel

/// Each attribution pattern on a sentence of its own, in the languages that use it.
@Suite("Attribution patterns")
struct AttributorTests {
    func attributed(_ paragraphs: [String], _ language: Language) -> [String] {
        Bundled.attributions(Bundled.corpus(paragraphs, language: language))
    }

    @Test("quote–verb–speaker and quote–speaker–verb")
    func quoteVerbSpeaker() {
        #expect(attributed(["“We blijven,” zei premier Mark Rutte maandag."], .nl) == ["Mark Rutte: We blijven,"])
        #expect(attributed(["“We will stay,” Secretary of State Antony Blinken said."], .en) == ["Antony Blinken: We will stay,"])
        #expect(attributed(["„Wir bleiben“, sagte Außenministerin Annalena Baerbock."], .de) == ["Annalena Baerbock: Wir bleiben"])
        #expect(attributed(["« Nous restons », a déclaré le ministre Jean-Noël Barrot."], .fr) == ["Jean-Noël Barrot: Nous restons"])
    }

    @Test("speaker–verb–colon and speaker–verb–dat: the subject speaks, not the person named in the clause")
    func speakerVerbQuote() {
        #expect(attributed(["Minister Hanke Bruins Slot zei: “Dat is onaanvaardbaar.”"], .nl) == ["Hanke Bruins Slot: Dat is onaanvaardbaar."])
        #expect(attributed(["Het Russische ministerie zei dat Antony Blinken een “grapje maakte”."], .nl)
            == ["Russische ministerie: grapje maakte"])
        #expect(attributed(["President Joe Biden said that Vladimir Putin had made a “grave mistake” on Monday."], .en)
            == ["Joe Biden: grave mistake"])
    }

    @Test("aldus, volgens, according to, laut, selon")
    func sourceMarkers() {
        #expect(attributed(["“Het is voorbij”, aldus minister Sigrid Kaag."], .nl) == ["Sigrid Kaag: Het is voorbij"])
        #expect(attributed(["Volgens Mark Rutte is het “een historische dag”."], .nl) == ["Mark Rutte: een historische dag"])
        #expect(attributed(["The talks were “very productive,” according to Jake Sullivan."], .en) == ["Jake Sullivan: very productive,"])
        #expect(attributed(["Die Lage sei „sehr ernst“, so Olaf Scholz."], .de) == ["Olaf Scholz: sehr ernst"])
    }

    @Test("inverted order and a pronoun for the last person named")
    func inverted() {
        let result = attributed(["Volgens Wopke Hoekstra is het laat. Dat noemde hij een “les uit het verleden”."], .nl)
        #expect(result == ["Wopke Hoekstra: les uit het verleden"])
    }

    @Test("a quote split by its own attribution gives two quotes of one speaker")
    func split() {
        #expect(attributed(["“We zijn er klaar voor,” zei Mark Rutte, “en we wachten niet.”"], .nl)
            == ["Mark Rutte: We zijn er klaar voor,", "Mark Rutte: en we wachten niet."])
    }

    @Test("a quote with no attribution continues the previous speaker")
    func continuation() {
        let result = attributed(["“We blijven,” zei Mark Rutte.", "“Er is geen alternatief.”"], .nl)
        #expect(result == ["Mark Rutte: We blijven,", "Mark Rutte: Er is geen alternatief."])
    }

    @Test("an organisation noun names the organisation again; a capital stands for it")
    func organisations() {
        let nl = attributed(["Het Russische ministerie van Buitenlandse Zaken was boos.", "“Onzin”, sneerde het departement."], .nl)
        #expect(nl == ["Russische ministerie van Buitenlandse Zaken: Onzin"])
        let en = attributed(["The Chinese Foreign Ministry was angry.", "“Nonsense,” Beijing said."], .en)
        #expect(en == ["Chinese Foreign Ministry: Nonsense,"])
        let alone = attributed(["“Nonsense,” Moscow said on Tuesday."], .en)
        #expect(alone == ["Moscow: Nonsense,"])
    }

    @Test("a group of two named people speaks as one")
    func group() {
        #expect(attributed(["Joe Biden sprak met Olaf Scholz. Biden en Scholz noemden het “historisch”."], .nl)
            == ["Joe Biden & Olaf Scholz: historisch"])
    }

    @Test("scare quotes, titles and operation names are nobody's speech")
    func terms() {
        let result = attributed(["Het leger begon operatie ‘Wachttoren’ in het noorden.", "The so-called “peace dividend” is gone."], .nl)
        #expect(result == ["-: Wachttoren", "-: peace dividend"])
        // a cue of two words ("known as") makes a term of what is otherwise part of a sentence
        let kinds = Bundled.corpus(["Blinken said the deal was known as “a new chapter for the whole region” in Kyiv.",
                                    "Blinken said the deal was “a new chapter for the whole region” in Kyiv."], language: .en)
            .articles[0].quotes.map(\.kind)
        #expect(kinds == [.term, .partial])
    }

    @Test("a speaker named only by a description")
    func descriptive() {
        #expect(attributed(["“You are the messengers,” the organizer told them."], .en) == ["organizer: You are the messengers,"])
    }

    @Test("a quote with no cue of its own takes the speaker of an earlier quote in its sentence")
    func sameSentence() {
        #expect(attributed(["Mark Rutte noemde het „absurd” en waarschuwde voor „ernstige gevolgen”."], .nl)
            == ["Mark Rutte: absurd", "Mark Rutte: ernstige gevolgen"])
        #expect(attributed(["Wang Yi said the response was “absurd and hysterical” and accused the Americans of “abusing the use of force.”"], .en)
            == ["Wang Yi: absurd and hysterical", "Wang Yi: abusing the use of force."])
        #expect(attributed(["Olaf Scholz nannte das „absurd“ und warnte vor „ernsten Folgen“."], .de)
            == ["Olaf Scholz: absurd", "Olaf Scholz: ernsten Folgen"])
        #expect(attributed(["Emmanuel Macron a estimé qu'ils « ne veulent plus lutter » et a qualifié la situation de « prise d'otages »."], .fr)
            == ["Emmanuel Macron: ne veulent plus lutter", "Emmanuel Macron: prise d'otages"])
    }

    @Test("X and his counterpart Y speak as one group")
    func counterpart() {
        #expect(attributed(["Ararat Mirzoyan and his Azerbaijani counterpart, Jeyhun Bayramov, said they made “tangible progress”."], .en)
            == ["Ararat Mirzoyan & Jeyhun Bayramov: tangible progress"])
        #expect(attributed(["Wopke Hoekstra en zijn Chinese ambtgenoot Qin Gang noemden het gesprek „open”."], .nl)
            == ["Wopke Hoekstra & Qin Gang: open"])
        #expect(attributed(["Annalena Baerbock und ihr Amtskollege Qin Gang nannten das Gespräch „offen“."], .de)
            == ["Annalena Baerbock & Qin Gang: offen"])
        #expect(attributed(["Catherine Colonna et son homologue Antony Blinken ont jugé la rencontre « utile »."], .fr)
            == ["Catherine Colonna & Antony Blinken: utile"])
    }

    @Test("a counterpart title keeps a capitalised German noun out of the name, so the surname finds its full name")
    func counterpartName() {
        let result = attributed(["Baerbock traf ihren chinesischen Amtskollegen Qin Gang.", "Qin wies die Kritik zurück. Taiwan sei „eine innere Angelegenheit“, sagte er."], .de)
        #expect(result == ["Qin Gang: eine innere Angelegenheit"])
    }

    @Test("a role with a complement, then the name in apposition")
    func appositionAfterComplement() {
        #expect(attributed(["La porte-parole du ministère de l'Intérieur, Camille Chaize, a évoqué « une étape utile »."], .fr)
            == ["Camille Chaize: une étape utile"])
        #expect(attributed(["Le chef de la junte, le général Abdourahamane Tiani, a salué « une nouvelle étape »."], .fr)
            == ["Abdourahamane Tiani: une nouvelle étape"])
        #expect(attributed(["De woordvoerder van de Poolse regering, Piotr Müller, noemde het „een provocatie”."], .nl)
            == ["Piotr Müller: een provocatie"])
        #expect(attributed(["The spokesman for the Russian embassy, Ivan Petrov, called it “a provocation.”"], .en)
            == ["Ivan Petrov: a provocation."])
        #expect(attributed(["Der Sprecher der russischen Botschaft, Iwan Petrow, nannte das „eine Provokation“."], .de)
            == ["Iwan Petrow: eine Provokation"])
    }

    @Test("an organisation noun before a title and a name only qualifies the title")
    func organisationBeforeTitle() {
        #expect(attributed(["“We have the evidence,” said department spokesperson Ned Price."], .en) == ["Ned Price: We have the evidence,"])
        #expect(attributed(["“Kyiv is playing roulette,” ministry spokeswoman Maria Zakharova told a briefing."], .en)
            == ["Maria Zakharova: Kyiv is playing roulette,"])
    }

    @Test("a German noun is capitalised but names nothing: das Ministerium refers back to the ministry")
    func germanNounAnaphor() {
        let result = attributed(["Das chinesische Außenministerium reagierte am Abend. Das Ministerium erklärte, Baerbock habe „die Atmosphäre belastet“."], .de)
        #expect(result == ["chinesische Außenministerium: die Atmosphäre belastet"])
        let swiss = attributed(["Das Eidgenössische Departement für auswärtige Angelegenheiten hatte geworben. Das sei «ein Fundament», teilte das Departement mit."], .de)
        #expect(swiss == ["Eidgenössische Departement für auswärtige Angelegenheiten: ein Fundament"])
    }

    @Test("an honorific written with its full stop, and a surname that is also a title")
    func honorifics() {
        #expect(attributed(["« Moi, je préfère parler de résultats », a affirmé M. Sunak."], .fr) == ["Sunak: Moi, je préfère parler de résultats"])
        #expect(attributed(["“It's all about enthusiasm,” Mr. King added."], .en) == ["King: It's all about enthusiasm,"])
    }

    @Test("a role noun refers back to the person named just before who can hold it")
    func epithets() {
        #expect(attributed(["Außenministerin Annalena Baerbock hat in der Taiwanstraße gewarnt und Qin Gang getroffen. „Das ist nicht akzeptabel“, sagte die Grünen-Politikerin."], .de)
            == ["Annalena Baerbock: Das ist nicht akzeptabel"])
        #expect(attributed(["Emmanuel Macron a annoncé le retour de l'ambassadeur au Niger, Sylvain Itté. « Nous partons », a déclaré le chef de l'État."], .fr)
            == ["Emmanuel Macron: Nous partons"])
        #expect(attributed(["Ambassadeur Marieke Verbeek keerde zondag terug. Zij sprak als laatste diplomaat met de pers. „We zaten vast”, zei de diplomaat."], .nl)
            == ["Marieke Verbeek: We zaten vast"])
        #expect(attributed(["Secretary of State Antony Blinken met reporters on Monday. “We are ready,” the diplomat said."], .en)
            == ["Antony Blinken: We are ready,"])
    }

    @Test("a spokesman is not the principal named before him")
    func subordinateRole() {
        #expect(attributed(["Emmanuel Macron a parlé dimanche. « Nous partons », a déclaré le porte-parole."], .fr) == ["porte-parole: Nous partons"])
        #expect(attributed(["Donald Trump spoke on Monday. “No comment,” the spokesman said."], .en) == ["spokesman: No comment,"])
    }

    @Test("a gendered pronoun skips a person of the other gender")
    func pronounGender() {
        #expect(attributed(["Mr. Biden met Ms. Harris on Monday. “We are ready,” she said."], .en) == ["Harris: We are ready,"])
        #expect(attributed(["Mevrouw Sigrid Kaag sprak met minister Wopke Hoekstra. „Het is voorbij”, zei hij."], .nl) == ["Wopke Hoekstra: Het is voorbij"])
        #expect(attributed(["Mme Catherine Colonna a reçu M. Antony Blinken. « C'est fini », a-t-il dit."], .fr) == ["Antony Blinken: C'est fini"])
    }

    @Test("German sie may be plural, yet takes the woman named after the last organisation")
    func feminineOrPlural() {
        let result = attributed(["Der Kreml lehnte die Konferenz ab.", "Bundespräsidentin Viola Amherd, die die Konferenz mit Ignazio Cassis geleitet hatte, zog Bilanz. Sie sprach von „einem Anfang“."], .de)
        #expect(result == ["Viola Amherd: einem Anfang"])
    }

    @Test("a possessive name opening a sentence is the person it names")
    func possessiveSubject() {
        let result = attributed(["Minister Wopke Hoekstra sprak met woordvoerder Wang Wenbin. Hoekstra’s toon bleef kalm. In de lobby zei hij: „Dat blijft staan.”"], .nl)
        #expect(result == ["Wopke Hoekstra: Dat blijft staan."])
    }
}

@Suite("Title case")
struct TitleCaseTests {
    /// The definition, on characters: every space-separated word capitalised or of three characters at most,
    /// the first capitalised.
    static func reference(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { $0 == " " })
        return !words.isEmpty && words.allSatisfy { $0.first?.isUppercase == true || $0.count <= 3 } && words.first?.first?.isUppercase == true
    }

    @Test("the byte-wise reading of ASCII text answers what the definition on characters answers")
    func asciiAgreesWithCharacters() {
        var generator = SplitMix64(seed: 17)
        let pieces = ["A", "b", "Z", "c", "d", " ", "  ", "of", "-", "9", "Wachttoren", "x\r\ny"]
        for _ in 0..<2_000 {
            let text = generator.joined(pieces, count: Int(generator.next() % 8))
            if let ascii = Attributor.asciiIsTitleCase(text) {
                #expect(ascii == Self.reference(text), "\(text.debugDescription)")
            } else {
                #expect(text.utf8.contains(0x0D), "only a carriage return sends ASCII text to the reading on characters")
            }
        }
        #expect(Attributor.asciiIsTitleCase("Saturday Night Live") == true && Attributor.asciiIsTitleCase("peace dividend") == false)
        #expect(Attributor.asciiIsTitleCase("Élysée") == nil)
    }

    /// Random texts of ASCII, Latin and other letters (upper, lower, title case), quotation marks, and
    /// scalars that are no characters of their own: combining marks, a carriage return, a flag.
    static func text(_ generator: inout SplitMix64) -> String {
        let pieces = ["A", "b", "É", "é", "ǅ", "Ω", "ω", "Ⅰ", "’", "„", " ", "  ", "of", "über", "Élysée", "e\u{301}", "\u{301}", "x\r\ny", "🇳🇱", "ß"]
        return generator.joined(pieces, count: Int(generator.next() % 10))
    }

    @Test("the scalar-wise reading answers what the definition on characters answers, for text of one scalar per character")
    func scalarsAgreeWithCharacters() {
        var generator = SplitMix64(seed: 23)
        for _ in 0..<5_000 {
            let text = Self.text(&generator)
            if let answer = Attributor.scalarIsTitleCase(text) {
                #expect(answer == Self.reference(text), "\(text.debugDescription)")
            } else {
                #expect(!ScalarText.isOneScalarPerCharacter(text), "\(text.debugDescription)")
            }
        }
        #expect(Attributor.scalarIsTitleCase("Élysée Palace") == true && Attributor.scalarIsTitleCase("Über die Brücke") == true)
        #expect(Attributor.scalarIsTitleCase("élysée") == false && Attributor.scalarIsTitleCase("e\u{301}") == nil)
    }

    @Test("a quote ends like speech exactly when its last character is one of . ! ? , …")
    func endsLikeSpeechByCharacter() {
        var generator = SplitMix64(seed: 29)
        // prepended marks (U+0600, U+06DD, U+0890) join the character after them; combining marks the one before
        let pieces = ["a", " ", ".", "!", "?", ",", "…", ";", "\u{301}", "\u{600}", "\u{6DD}", "\u{890}", "\u{200D}", "😀", "\r\n", "é"]
        for _ in 0..<5_000 {
            let text = generator.joined(pieces, count: Int(generator.next() % 5))
            let expected = [".", "!", "?", ",", "…"].contains(text.last.map(String.init) ?? "")
            #expect(Attributor.endsLikeSpeech(Substring(text)) == expected, "\(text.debugDescription)")
        }
        #expect(Attributor.endsLikeSpeech("Wir schaffen das.") && !Attributor.endsLikeSpeech("x\u{600}.") && !Attributor.endsLikeSpeech(".\u{301}"))
    }
}
