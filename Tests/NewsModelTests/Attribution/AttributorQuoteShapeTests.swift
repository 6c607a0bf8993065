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

    @Test("a run of plain bytes stepped over eight at a time ends where a byte walk ends it")
    func plainRuns() {
        let pieces: [UInt8] = [0x20, 0x0D, 0x0A, 0x41, 0x61, 0x7F, 0x80, 0xC3, 0xFF, 0x00, 0x2E, 0x1F, 0x21]
        var generator = SplitMix64(seed: 2_026_12_08)
        for _ in 0..<20_000 {
            let bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                Int.random(in: 0..<4, using: &generator) == 0 ? pieces.randomElement(using: &generator)! : UInt8.random(in: 0x61...0x7A, using: &generator)
            }
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...buffer.count {
                    var end = start
                    while end < buffer.count, buffer[end] < 0x80, buffer[end] != 0x20, buffer[end] != 0x0D { end += 1 }
                    #expect(Attributor.plainRun(buffer, from: start) == end - start, "\(bytes) from \(start)")
                }
            }
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
