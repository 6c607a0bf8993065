import Testing
import PropertyBased
@testable import ReaderUI

/// The byte walk over a text's graphemes must give what walking its `Character`s gives.
@Suite("Grapheme")
struct GraphemeTests {
    /// The walk as the plain definition gives it: each `Character`, cleaned and measured.
    static func plain(_ text: some StringProtocol) -> [String] {
        var offset = 0
        return text.map { character in
            let start = offset
            offset += character.utf8.count
            return describe(start: start, end: offset, first: character.unicodeScalars.first!, scalars: character.unicodeScalars.count,
                            columns: TextWrapper.columns(character), isVerbatim: SafeText.cleaned(character).map { String($0) == String(character) } ?? false,
                            drawn: SafeText.cleaned(character).map { String($0) }, isWhitespace: character.isWhitespace)
        }
    }

    static func walked(_ text: some StringProtocol) -> [String] {
        var result: [String] = []
        Grapheme.forEach(in: text) { grapheme in
            result.append(describe(start: grapheme.start, end: grapheme.end, first: grapheme.first, scalars: grapheme.scalarCount,
                                   columns: grapheme.columns, isVerbatim: grapheme.isVerbatim,
                                   drawn: grapheme.drawn(in: text, ascii: Grapheme.asciiDrawn), isWhitespace: grapheme.isWhitespace))
            return true
        }
        return result
    }

    static func describe(start: Int, end: Int, first: Unicode.Scalar, scalars: Int, columns: Int, isVerbatim: Bool, drawn: String?,
                         isWhitespace: Bool) -> String {
        let drawnScalars = drawn.map { $0.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ") } ?? "nil"
        return "\(start)..<\(end) U+\(String(first.value, radix: 16)) ×\(scalars) \(columns) cols verbatim \(isVerbatim) drawn [\(drawnScalars)] space \(isWhitespace)"
    }

    @Test("walking any text gives each Character's bounds, first scalar, scalars, columns, drawing and white space")
    func walkEqualsCharacters() async {
        await propertyCheck(count: 1000, input: TrickyText.text) { text in
            #expect(Self.walked(text) == Self.plain(text), "\(text.debugDescription)")
        }
    }

    @Test("a substring from any character on is walked as its Characters are, its start a boundary")
    func walkOfSubstrings() async {
        await propertyCheck(count: 500, input: TrickyText.text, Gen.int(in: 0...80), Gen.int(in: 0...80)) { text, from, length in
            let start = text.index(text.startIndex, offsetBy: min(from, text.count))
            let end = text.index(start, offsetBy: min(length, text.distance(from: start, to: text.endIndex)))
            let slice = text[start..<end]
            #expect(Self.walked(slice) == Self.plain(slice), "\(slice.debugDescription)")
            // Cut between scalars as well: a mark or a flag's second half starts the slice.
            let scalarStart = text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: min(from, text.unicodeScalars.count))
            let scalarSlice = text[scalarStart...]
            #expect(Self.walked(scalarSlice) == Self.plain(scalarSlice), "\(scalarSlice.debugDescription)")
        }
    }

    @Test("the scalars read without segmentation are graphemes of their own before what cannot extend them, and measured as the rules say")
    func singleScalars() {
        let ranges: [ClosedRange<UInt32>] = [0x00...0x7F, 0x80...0x5FF, 0x2000...0x207F]
        // What may follow: what cannot extend a grapheme (ASCII, U+0080–U+02FF, U+2010–U+2027) and what
        // can (marks, joiners, spacing marks, emoji modifiers and selectors), and pictographs after a joiner.
        let followers = ["", "a", " ", "\n", "\r", "\u{7}", "\u{85}", "\u{A0}", "\u{AD}", "é", "©", "\u{2FF}", "\u{300}", "\u{301}",
                         "\u{2010}", "\u{2019}", "\u{2027}", "\u{2028}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{200D}©", "\u{903}",
                         "\u{1F3FB}", "\u{FE0F}", "\u{600}", "\u{1100}", "🇳"]
        for value in ranges.joined() {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for after in followers {
                for text in [String(scalar) + after, String(scalar) + after + "x", "a" + String(scalar) + after] {
                    #expect(Self.walked(text) == Self.plain(text), "U+\(String(value, radix: 16)) then \(after.debugDescription)")
                }
            }
        }
    }

    @Test("Latin-1 to the spacing modifiers and the punctuation from U+2010 to U+2027 take one column, as the general rule says")
    func displayWidthShortcut() {
        for value in Array(0xA0..<0x300) + Array(0x2010...0x2027) {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let general = DisplayWidth.isZeroWidth(scalar) ? 0 : DisplayWidth.isWide(scalar.value) ? 2 : 1
            #expect(DisplayWidth.of(scalar) == general, "U+\(String(value, radix: 16))")
        }
    }
}
