import Foundation
import Testing
import TestSupport
@testable import NewsModel

@Suite("StringNumbers")
struct StringNumbersTests {
    /// A random string: short words of ASCII and Latin letters, now and then a composed or decomposed accent,
    /// a sign canonically equal to a letter (Kelvin, Ångström) or a letter of another script.
    static func string(_ generator: inout SplitMix64, unusual: Bool) -> String {
        let usual = ["a", "b", "e", "k", "K", "s", "T", "é", "Å", "ß", "’", "'", "-", "\u{2010}"]
        let others = ["e\u{301}", "A\u{30A}", "\u{212A}", "\u{212B}", "Ж", "😀", "\u{2028}", "\u{2000}", "\u{2002}"]
        let pieces = unusual ? usual + others : usual
        let length = Int(generator.next() % 6)
        return generator.joined(pieces, count: length)
    }

    @Test("numbers strings as a dictionary of strings does, by bytes and after the first string that is not below U+0300")
    func numbersLikeADictionary() {
        for (seed, unusualFrom) in [(1, Int.max), (2, 0), (3, 700), (4, 2_999)] as [(UInt64, Int)] {
            var generator = SplitMix64(seed: seed)
            var numbers = StringNumbers(minimumCapacity: 4)
            var expected: [String: Int] = [:]
            for step in 0..<3_000 {
                let text = Self.string(&generator, unusual: step >= unusualFrom)
                if generator.next() % 3 == 0 {
                    #expect(numbers.existingNumber(of: text) == expected[text], "seed \(seed): \(text.debugDescription)")
                    continue
                }
                let number = numbers.number(of: text)
                if let known = expected[text] {
                    #expect(number == known, "seed \(seed): \(text.debugDescription)")
                } else {
                    #expect(number == expected.count, "seed \(seed): \(text.debugDescription)")
                    expected[text] = number
                }
            }
            #expect(numbers.count == expected.count && expected.count > 300)
        }
    }

    @Test("strings of up to fifteen bytes (numbered by their keys) and longer ones (by a byte table) share one numbering, kept when numbered as strings")
    func shortAndLongStrings() {
        for unusualFrom in [Int.max, 0, 800] {
            var generator = SplitMix64(seed: 5)
            var numbers = StringNumbers(minimumCapacity: 4)
            var expected: [String: Int] = [:]
            for step in 0..<2_000 {
                let pieces = ["ab", "é", "’", "defgh", "x", "K"] + (step >= unusualFrom ? ["\u{212A}", "e\u{301}"] : [])
                let text = generator.joined(pieces, count: Int(generator.next() % 8))
                if generator.next() % 4 == 0 {
                    #expect(numbers.existingNumber(of: text) == expected[text], "\(text.debugDescription)")
                    continue
                }
                let number = numbers.number(of: text)
                #expect(number == expected[text] ?? expected.count, "\(text.debugDescription)")
                expected[text] = number
            }
            #expect(numbers.count == expected.count)
            #expect(expected.keys.contains { $0.utf8.count > 15 } && expected.keys.contains { $0.utf8.count <= 15 })
        }
    }

    @Test("strings equal as strings but not as bytes get one number")
    func canonicalEquivalents() {
        var numbers = StringNumbers()
        #expect(numbers.number(of: "café") == 0 && numbers.number(of: "K") == 1 && numbers.number(of: "") == 2)
        #expect(numbers.existingNumber(of: "cafe\u{301}") == 0)  // from here on numbered as strings
        #expect(numbers.number(of: "\u{212A}") == 1)  // the Kelvin sign is the letter K
        #expect(numbers.number(of: "Ж") == 3 && numbers.number(of: "") == 2 && numbers.existingNumber(of: "Å") == nil)
    }

    @Test("the byte test is true of a scalar exactly when it is below U+0300 or in U+2010...U+2027, alone and among others")
    func byteComparable() {
        var values = Array(0..<0x3000) + Array(stride(from: 0x3000, to: 0x110000, by: 97))
        values.removeAll { (0xD800...0xDFFF).contains($0) }
        for value in values {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let expected = value < 0x300 || (0x2010...0x2027).contains(value)
            for var text in [String(Character(scalar)), "a" + String(Character(scalar)) + "’b", "\u{2019}" + String(Character(scalar))] {
                let comparable = text.withUTF8 { StringNumbers.isByteComparable($0) }
                #expect(comparable == expected, "U+\(String(value, radix: 16)) in \(text.debugDescription)")
            }
        }
    }

    @Test("a string of scalars the byte test passes is its own normal form: none decomposes, nor composes with the one before")
    func byteComparableIsNormal() {
        let scalars = (Array(0..<0x300) + Array(0x2010...0x2027)).compactMap { Unicode.Scalar(UInt32($0)) }
        let befores = ["a", "e", "A", "o", "u", "n", "c", "s", "é", "Å", "ß", "’", "-", "1", " "]
        for scalar in scalars {
            for text in [String(Character(scalar))] + befores.map({ $0 + String(Character(scalar)) }) {
                let normal = text.precomposedStringWithCanonicalMapping
                #expect(Array(normal.unicodeScalars) == Array(text.unicodeScalars), "\(text.debugDescription)")
            }
        }
    }
}
