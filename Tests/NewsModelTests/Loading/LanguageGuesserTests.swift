import Foundation
import Testing
import TestSupport
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

    /// The guess as it was first written, on strings: every run of letters made a string, lower-cased and
    /// looked up; the votes in a dictionary by language.
    static func reference(_ paragraphs: [String], lexicon: StopwordLexicon) -> Language {
        var scores: [Language: Double] = [:]
        var words = 0
        func count(_ word: Substring.UnicodeScalarView) {
            guard !word.isEmpty else { return }
            words += 1
            if let languages = lexicon.languagesByWord[String(word).lowercased()] {
                for language in languages { scores[language, default: 0] += 1 / Double(languages.count) }
            }
        }
        scanning: for paragraph in paragraphs {
            let scalars = paragraph.unicodeScalars
            var start = scalars.startIndex
            var index = scalars.startIndex
            while index < scalars.endIndex {
                if !scalars[index].properties.isAlphabetic {
                    count(scalars[start..<index])
                    if words >= LanguageGuesser.maximumWords { break scanning }
                    start = scalars.index(after: index)
                }
                index = scalars.index(after: index)
            }
            count(scalars[start..<index])
        }
        let ranked = scores.sorted { $0.value > $1.value }
        guard words >= LanguageGuesser.minimumWords, let best = ranked.first, best.value >= LanguageGuesser.minimumHits else { return .unknown }
        let runnerUp = ranked.count > 1 ? ranked[1].value : 0
        return best.value >= runnerUp * LanguageGuesser.minimumLead && best.value > runnerUp ? best.key : .unknown
    }

    @Test("a run of ASCII letters ends where a byte by byte walk ends it, at every offset")
    func endOfASCIILettersByWords() {
        for byte in UInt8(0)...0x7F { #expect(ASCIIBytes.isLetter(byte) == Character(Unicode.Scalar(byte)).isLetter, "\(byte)") }
        var generator = SplitMix64(seed: 5)
        let kinds: [UInt8] = Array(0x41...0x5A) + Array(0x61...0x7A) + [0x40, 0x5B, 0x60, 0x7B, 0x7F, 0x20, 0x09, 0x00, 0x30, 0x27, 0x80, 0xC3, 0xE2, 0xFF]
        for _ in 0..<5_000 {
            let bytes = (0..<Int(generator.next() % 40)).map { _ -> UInt8 in
                generator.next() % 3 == 0 ? kinds[Int(generator.next() % UInt64(kinds.count))] : UInt8(0x61 + generator.next() % 26)
            }
            for start in 0...bytes.count {
                var expected = start
                while expected < bytes.count, bytes[expected] < 0x80, ASCIIBytes.isLetter(bytes[expected]) { expected += 1 }
                #expect(bytes.withUnsafeBufferPointer { LanguageGuesser.endOfASCIILetters($0, from: start) } == expected, "\(bytes) from \(start)")
            }
        }
    }

    @Test("the guess on bytes is the guess on strings, for mixed-case, accented and long texts")
    func bytesAgreeWithStrings() {
        var generator = SplitMix64(seed: 23)
        let pieces = ["de ", "De ", "het ", "the ", "THE ", "und ", "für ", "FÜR ", "le ", "été ", "Été ", "ç'a ", "x ", "Ж ",
                      "of", "’", ", ", "\n", "2022 ", "e\u{301}t\u{E9} ", "la"]
        for round in 0..<400 {
            let length = round % 50 == 0 ? 3_000 : Int(generator.next() % 40)
            let text = generator.joined(pieces, count: length)
            let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            #expect(LanguageGuesser.guess(paragraphs) == Self.reference(paragraphs, lexicon: .bundled), "\(text.prefix(80).debugDescription)")
        }
    }

    @Test("no listed word beyond ASCII is canonically equal to an ASCII word, so ASCII words are looked up by their bytes")
    func asciiLookUpIsExact() {
        for word in StopwordLexicon.bundled.languagesByWord.keys where !ASCIIBytes.isASCII(word) {
            #expect(!ASCIIBytes.isASCII(word.decomposedStringWithCanonicalMapping), "\(word)")
        }
        for (word, languages) in StopwordLexicon.bundled.languagesByWord where ASCIIBytes.isASCII(word) {
            #expect(Array(word.utf8).withUnsafeBytes { StopwordLexicon.bundled.asciiLanguages(of: $0) } == languages)
        }
        #expect(Array("zzzq".utf8).withUnsafeBytes { StopwordLexicon.bundled.asciiLanguages(of: $0) } == nil)
        #expect(Language.allCases.enumerated().allSatisfy { $0.element.ordinal == $0.offset })
    }
}
