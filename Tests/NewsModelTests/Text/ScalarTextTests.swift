import Foundation
import Testing
import TestSupport
@testable import NewsModel

/// Strings built from scalars, and text read by scalars where characters are asked for.
@Suite("ScalarText")
struct ScalarTextTests {
    @Test("a string built from scalars equals the string of those scalars, ASCII or not")
    func stringOfScalars() {
        for text in ["Blinken", "Außenministerin", "l’ambassadeur", "“Nein”", "Orba\u{301}n", "🇳🇱", ""] {
            let scalars = Array(text.unicodeScalars)
            #expect(ScalarText.string(scalars[...]) == text)
            #expect(ScalarText.string(scalars[...]).utf8.elementsEqual(text.utf8))
        }
    }

    @Test("every scalar is encoded as the standard library encodes it")
    func everyScalarEncoded() {
        let all = (UInt32(0)...0x10FFFF).compactMap(Unicode.Scalar.init)
        var differing: [UInt32] = []
        for start in stride(from: 0, to: all.count, by: 256) {
            let block = all[start..<min(start + 256, all.count)]
            let expected = Array(String(String.UnicodeScalarView(block)).utf8)
            if Array(ScalarText.string(block).utf8) != expected { differing.append(block[block.startIndex].value) }
        }
        #expect(differing.isEmpty, "blocks from \(differing.map { String($0, radix: 16) })")
    }

    @Test("a text's scalars and their count, read from its UTF-8, are those of its scalar view")
    func scalarsOfText() {
        var texts = ["", "Blinken", "Außenministerin", "l’ambassadeur", "“Nein”", "Orba\u{301}n", "🇳🇱 ok", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}"]
        var generator = SplitMix64(seed: 11)
        for _ in 0..<200 {  // random scalars of every UTF-8 width
            let scalars = (0..<Int(generator.next() % 12)).compactMap { _ in
                Unicode.Scalar(UInt32(generator.next() % [0x80, 0x800, 0x10000, 0x110000][Int(generator.next() % 4)]))
            }
            texts.append(String(String.UnicodeScalarView(scalars)))
        }
        for text in texts {
            #expect(ScalarText.scalars(of: text) == Array(text.unicodeScalars), "\(text.debugDescription)")
            #expect(ScalarText.scalarCount(text) == text.unicodeScalars.count, "\(text.debugDescription)")
        }
    }

    @Test("long texts of ASCII runs and wider scalars, read many bytes at a time, give their scalars and count")
    func scalarsOfLongTexts() {
        var generator = SplitMix64(seed: 59)
        let pieces = ["a", "Blinken zei ", "abcdefgh", "é", "“", "😀", "\u{7FF}", "\u{80}", " ", "0123456789abcdef"]
        for _ in 0..<500 {
            let text = generator.joined(pieces, count: Int(generator.next() % 40))
            #expect(ScalarText.scalars(of: text) == Array(text.unicodeScalars), "\(text.debugDescription)")
            #expect(ScalarText.scalarCount(text) == text.unicodeScalars.count, "\(text.debugDescription)")
        }
    }

    @Test("texts of thousands of wide scalars, whose continuation bytes are summed per byte of a word in batches, give their count")
    func scalarCountOfLongWideTexts() {
        var generator = SplitMix64(seed: 83)
        var texts = ["é", "€", "😀", "a€", "aé"].map { String(repeating: $0, count: 6_000) }
        for _ in 0..<20 {
            let pieces = ["é", "€", "😀", "\u{7FF}", "a", "ab"]
            texts.append((0..<Int(2_000 + generator.next() % 8_000)).map { _ in pieces[Int(generator.next() % 6)] }.joined())
        }
        for text in texts {
            #expect(ScalarText.scalarCount(text) == text.unicodeScalars.count, "\(text.utf8.count) bytes")
            #expect(ScalarText.scalars(of: text) == Array(text.unicodeScalars), "\(text.utf8.count) bytes")
        }
    }

    @Test("a text changes when lower-cased exactly when its lower-cased text differs, for every scalar up to U+3000 and in words")
    func changesWhenLowercased() {
        var texts = ["zo’n", "für", "Russia’s", "İstanbul", "ǅ", "ß", "\u{212A}", "Orba\u{301}n", "ΣΟΦΊΑ", "l’ambassadeur"]
        texts += (UInt32(0x80)...0x3000).compactMap(Unicode.Scalar.init).map { "ab" + String($0) }
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            let (changes, lower, written) = scalars.withUnsafeBufferPointer {
                (ScalarText.changesWhenLowercased($0), ScalarText.lowercased($0), ScalarText.string($0))
            }
            #expect(changes == !lower.utf8.elementsEqual(written.utf8), "\(text.debugDescription)")
        }
    }

    @Test("lower-casing scalars gives what lowercased() gives, for every cased script and in words")
    func lowercasedScalars() {
        var ranges: [ClosedRange<UInt32>] = [0...0x3000, 0xA640...0xA7FF, 0xAB30...0xABBF, 0xFB00...0xFB4F, 0xFF00...0xFFEF]
        ranges += [0x10400...0x104FF, 0x10C80...0x10CFF, 0x118A0...0x118FF, 0x16E40...0x16E9F, 0x1E900...0x1E95F]
        var differing: [UInt32] = []
        for value in ranges.joined() {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if ScalarText.lowercased([scalar][...]) != String(scalar).lowercased() { differing.append(value) }
        }
        #expect(differing.isEmpty)
        for word in ["Zelensky’s", "ÉLYSÉE", "Außenministerin", "ΟΔΥΣΣΕΑΣ", "İstanbul", "Orba\u{301}n", "NAVO-chef"] {
            #expect(ScalarText.lowercased(Array(word.unicodeScalars)[...]).utf8.elementsEqual(word.lowercased().utf8), "\(word)")
        }
    }

    @Test("two texts have the same bytes exactly when they have the same scalars")
    func sameBytes() {
        let texts = ["", "Blinken", "Blinke", "Blinken ", "é", "e\u{301}", "“Nein”", "🇳🇱"]
        for a in texts {
            for b in texts {
                let sliced = Substring(" \(b) ".dropFirst().dropLast())  // a view into a larger string
                #expect(ScalarText.sameBytes(Substring(a), sliced) == a.unicodeScalars.elementsEqual(b.unicodeScalars), "\(a) \(b)")
            }
        }
    }

    @Test("text of one scalar per character counts and splits as its characters do")
    func oneScalarPerCharacter() {
        var simple: [Unicode.Scalar] = (0..<0x300).compactMap(Unicode.Scalar.init).filter { $0 != "\r" }
        simple += (0x2010...0x2027).compactMap(Unicode.Scalar.init) + (0x202F...0x205E).compactMap(Unicode.Scalar.init)
        simple += (0x20A0...0x20C0).compactMap(Unicode.Scalar.init)
        for scalar in simple {
            // its own normal form, composed and decomposed, and no mark: texts of them compare as their bytes
            #expect(Array(String(scalar).precomposedStringWithCanonicalMapping.unicodeScalars) == [scalar], "\(scalar.value)")
            if scalar.value >= 0x2000 {
                #expect(Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars) == [scalar], "\(scalar.value)")
            }
            #expect(scalar.properties.canonicalCombiningClass == .notReordered, "\(scalar.value)")
            for text in ["a\(scalar)a", " \(scalar) ", "\(scalar)\(scalar)", "\n\(scalar)"] {
                #expect(ScalarText.isOneScalarPerCharacter(text))
                #expect(text.count == text.unicodeScalars.count, "\(scalar.value)")
                #expect(ScalarText.spaceSeparatedWordCount(text) == text.split(whereSeparator: { $0 == " " }).count, "\(scalar.value)")
            }
        }
        for text in ["e\u{301}", "\r\n", "a\u{200D}b", "🇳🇱", "a\u{2060}b", "\u{202A}x"] { #expect(!ScalarText.isOneScalarPerCharacter(text)) }
        for text in ["a \u{301}b c", "“Wir bleiben”, sagte er", "  two  words  ", ""] {
            #expect(ScalarText.spaceSeparatedWordCount(text) == text.split(whereSeparator: { $0 == " " }).count)
        }
    }

    @Test("words between spaces are counted as splitting the characters counts them, with or without a limit, for texts of every kind of scalar")
    func spaceSeparatedWordsAsSplitting() {
        var generator = SplitMix64(seed: 41)
        let pieces = ["a", "Zelensky", " ", "  ", "é", "e\u{301}", "\u{301}", "“", "’", "—", "€", "\r", "\n", "\r\n", "\u{2060}",
                      "\u{A0}", "😀", "🇳🇱", "Ж", "\u{200D}"]
        for _ in 0..<2_000 {
            let text = generator.joined(pieces, count: Int(generator.next() % 12))
            let words = text.split(whereSeparator: { $0 == " " }).count
            #expect(ScalarText.spaceSeparatedWordCount(text) == words, "\(text.debugDescription)")
            for limit in [1, 3, 7] {
                #expect(ScalarText.spaceSeparatedWordCount(text, upTo: limit) == min(words, limit), "\(text.debugDescription), limit \(limit)")
            }
        }
        #expect(ScalarText.spaceSeparatedWordCount("a \u{301}b c", upTo: 7) == 2)  // the mark joins the first space to it: "a \u{301}b" and "c"
    }

    @Test("a text is counted as folded only when folding leaves it as it is, with as many words, and most folded texts are")
    func foldedWordCountIsFoldings() {
        var generator = SplitMix64(seed: 97)
        let pieces = ["a", "Blinken", "zei", "é", "“Nein”", "’s", " ", "  ", "\t", "\n", "\u{A0}", "\u{2009}", "\u{3000}", "\u{1}",
                      "\r", "\u{301}", "😀", "abcdefghijklmno", "x y z w v u t s r", "€", "\u{7F}"]
        var texts = ["", " ", "a", "a b", " a", "a ", "a  b", "a\u{A0}b", "abcdefgh ijklmnop", "abcdefg  hijklmnop", "abcdefgh  ijk"]
        for _ in 0..<3_000 {
            texts.append(generator.joined(pieces, count: Int(generator.next() % 30)))
        }
        var key: [UInt8] = []
        var counted = 0
        for text in texts {
            let (words, oneScalarPerCharacter) = WhitespaceFolding.fold(text, into: &key)
            guard let found = Array(text.utf8).withUnsafeBufferPointer(ScalarText.foldedWordCount) else { continue }
            counted += 1
            #expect(key == Array(text.utf8) && found == words && oneScalarPerCharacter, "\(text.debugDescription)")
        }
        // texts of words and single spaces, which fold to themselves, are counted
        for _ in 0..<1_000 {
            let words = ["Blinken", "zei", "“Nein”", "’s", "abcdefghijklmno", "€", "a", "U.S."]
            let text = generator.joined(words, count: Int(1 + generator.next() % 40), separator: " ")
            let found = Array(text.utf8).withUnsafeBufferPointer(ScalarText.foldedWordCount)
            #expect(found == WhitespaceFolding.fold(text, into: &key).words, "\(text.debugDescription)")
        }
        #expect(counted > 50)
        // a paragraph longer than the 255 words of eight bytes whose spaces are added up in one
        for words in [255, 700, 2_000] {
            let text = Array(repeating: "abc", count: words).joined(separator: " ")
            #expect(Array(text.utf8).withUnsafeBufferPointer(ScalarText.foldedWordCount) == words)
        }
    }
}
