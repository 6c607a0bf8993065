import Testing
import TestSupport
@testable import NewsModel

struct AttributorQuoteShapeTests {
    @Test("a quote's shape read in one pass over its bytes agrees with counting its words, reading them for capitals and finding its end")
    func randomQuotes() {
        let pieces: [Unicode.Scalar] = [" ", " ", " ", ".", ",", "!", "?", "…", "’", "“", "—", "\r", "\n", "É", "é", "Ł", "ł", "Ÿ", "ß",
                                        "\u{301}", "\u{600}", "\u{5D0}", "€", "Ω", "ω", "ǅ", "Ⅻ", "\u{1F600}", "1"]
        var generator = SplitMix64(seed: 2_026_12_07)
        for _ in 0..<20_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...16, using: &generator) {
                if Int.random(in: 0..<3, using: &generator) == 0 {
                    scalars.append(pieces.randomElement(using: &generator)!)
                } else {
                    scalars.append(contentsOf: Array("abcdeFGHIJ".unicodeScalars.shuffled(using: &generator).prefix(Int.random(in: 1...5, using: &generator))))
                }
            }
            let text = Substring(String(scalars))
            #expect(Attributor.shape(of: text) == Attributor.slowShape(of: text), "\(text.debugDescription)")
        }
    }

    @Test("upper case beyond ASCII by layout agrees with the character for every scalar up to U+20C0")
    func uppercaseByLayout() {
        for value in UInt32(0x80)...0x20C0 {
            guard let scalar = Unicode.Scalar(value), ScalarText.isOneScalarPerCharacter(scalar) else { continue }
            #expect(Attributor.isUppercase(scalar) == Character(scalar).isUppercase, "U+\(String(value, radix: 16))")
        }
    }
}
