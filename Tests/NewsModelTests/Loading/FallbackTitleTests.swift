import Testing
@testable import NewsModel

@Suite("fallbackTitle")
struct FallbackTitleTests {
    @Test("the first sentence of the first paragraph, without its full stop")
    func firstSentence() {
        #expect(fallbackTitle(from: ["", "  Moskou reageerde furieus. Het ministerie zei meer."]) == "Moskou reageerde furieus")
        #expect(fallbackTitle(from: ["Waarom vroeg Kazachstan hulp? Niemand weet het."]) == "Waarom vroeg Kazachstan hulp?")
        #expect(fallbackTitle(from: ["Geen punt aan het eind"]) == "Geen punt aan het eind")
    }

    @Test("abbreviations, acronyms, initials and lower-case continuations do not end the sentence", arguments: [
        ("Mr. Blinken spoke. Then he left.", "Mr. Blinken spoke"),
        ("Volgens dhr. Jansen is het mis. Echt.", "Volgens dhr. Jansen is het mis"),
        ("The U.S. Secretary spoke. Then more.", "The U.S. Secretary spoke"),
        ("Antony J. Blinken spoke. Then more.", "Antony J. Blinken spoke"),
        ("Am 10. Januar sprach er. Dann mehr.", "Am 10. Januar sprach er"),
        ("Het gaat om ca. tien mensen. Meer.", "Het gaat om ca. tien mensen"),
        ("“Een lompe opmerking.” Dat zei Moskou.", "“Een lompe opmerking.”"),
    ])
    func abbreviations(text: String, title: String) {
        #expect(fallbackTitle(from: [text]) == title)
    }

    @Test("a long sentence is cut at a word boundary with … inside the limit")
    func shortened() throws {
        let paragraph = "De Amerikaanse minister van Buitenlandse Zaken heeft zich de woede van Moskou op de hals gehaald door op te merken dat Russische hulp een prijs kan hebben."
        let title = try #require(fallbackTitle(from: [paragraph]))
        #expect(title == "De Amerikaanse minister van Buitenlandse Zaken heeft zich de woede van Moskou…")
        #expect(title.count <= 80)
        #expect(fallbackTitle(from: [paragraph], limit: 20) == "De Amerikaanse…")
        #expect(fallbackTitle(from: ["Onafzienbaarheidsverklaring"], limit: 10) == "Onafzienb…")
    }

    @Test("a sentence of exactly the limit is kept whole")
    func exactlyTheLimit() {
        let sentence = String(repeating: "ab ", count: 26) + "ab"
        #expect(sentence.count == 80)
        #expect(fallbackTitle(from: [sentence + ". Next."]) == sentence)
        #expect(fallbackTitle(from: [sentence + "c d"])?.hasSuffix("…") == true)
    }

    @Test("no text or no room gives nil")
    func nothing() {
        #expect(fallbackTitle(from: []) == nil)
        #expect(fallbackTitle(from: ["  ", ""]) == nil)
        #expect(fallbackTitle(from: ["Tekst."], limit: 0) == nil)
    }
}
