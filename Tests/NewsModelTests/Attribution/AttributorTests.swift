import Testing
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
}
