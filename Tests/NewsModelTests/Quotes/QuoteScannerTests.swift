import Foundation
import Testing
@testable import NewsModel

/// What the scanner takes for a quote, and what it leaves alone.
@Suite("QuoteScanner")
struct QuoteScannerTests {
    /// The inner texts of the spans found in `paragraphs`.
    func quotes(_ paragraphs: String...) -> [String] {
        var ranges: [Range<Int>] = []
        var offset = 0
        for p in paragraphs {
            ranges.append(offset..<offset + p.unicodeScalars.count)
            offset += p.unicodeScalars.count + 2
        }
        let scalars = Array(paragraphs.joined(separator: "\n\n").unicodeScalars)
        return QuoteScanner().scan(scalars, paragraphs: ranges).map { ArticleAnalyzer.innerText($0, scalars) }
    }

    @Test("every pairing real news uses", arguments: [
        ("Hij zei “ja” toen.", "ja"), ("Hij zei ‘ja’ toen.", "ja"), ("Er sagte „ja“ dann.", "ja"),
        ("Hij zei „ja” toen.", "ja"), ("Il a dit « oui » hier.", "oui"), ("Il a dit «\u{00A0}oui\u{00A0}» hier.", "oui"),
        ("Il a dit «oui» hier.", "oui"), ("Er sagte »ja« dann.", "ja"), ("Il a dit ‹oui› hier.", "oui"),
        ("He said \"yes\" then.", "yes"), ("He said 'yes' then.", "yes"), ("He said ''yes'' then.", "yes"),
        ("He said 'yes’ then.", "yes"), ("He said \"yes” then.", "yes"), ("He said “yes“ then.", "yes"),
    ])
    func pairings(text: String, inner: String) {
        #expect(quotes(text) == [inner])
    }

    @Test("apostrophes never open a quote", arguments: [
        "De VS’ positie en ’s avonds zo'n plan.", "Don't, it's Britain's and the Kremlin's call.",
        "rock 'n' roll in the '90s", "l'Europe aujourd'hui, d'accord", "the allies' position", "'s Avonds en 't huis",
    ])
    func apostrophes(text: String) {
        #expect(quotes(text).isEmpty)
    }

    @Test("an apostrophe inside a quote does not close it")
    func apostropheInside() {
        #expect(quotes("Hij zei: ‘Ik heb ’s ochtends zo'n plan, en dat is de VS’ zaak’, aldus hij.")
            == ["Ik heb ’s ochtends zo'n plan, en dat is de VS’ zaak"])
        #expect(quotes("“We don't know what's next,” she said.") == ["We don't know what's next,"])
    }

    @Test("a quote inside a quote is found nested")
    func nested() {
        let spans = quotes("“He told me ‘we will not leave’ yesterday,” she said.")
        #expect(spans == ["He told me ‘we will not leave’ yesterday,", "we will not leave"])
    }

    @Test("a straight quote closed right after the inner quote it ends with ('…,'\") closes there, not at the next mark")
    func closesAfterInnerQuote() {
        let spans = quotes("\"He told me 'nothing will happen,'\" Grossi said. \"Well, something has.\"")
        #expect(spans == ["He told me 'nothing will happen,'", "nothing will happen,", "Well, something has."])
    }

    @Test("a stray closing guillemet before punctuation opens nothing (\"au Royaume-Uni ».\"), while »Ja« still opens")
    func strayGuillemet() {
        #expect(quotes("Le prochain sommet doit se tenir au Royaume-Uni ».").isEmpty)
        #expect(quotes("Er sagte »Ja« und ging.") == ["Ja"])
    }

    @Test("a quote over two paragraphs is one quote")
    func multiParagraph() {
        #expect(quotes("He said: “We will stay.", "“We will not leave,” he added.") == ["We will stay. We will not leave,"])
    }

    @Test("an unclosed mark ends at its paragraph and the next paragraph is read as usual")
    func unbalanced() {
        #expect(quotes("He said “we will stay and then nothing", "Later “yes” came.") == ["we will stay and then nothing", "yes"])
        #expect(quotes("A stray ” mark, then “real”.") == ["real"])
    }

    @Test("a thousand nested quotes give their outer maximumDepth levels, and ten thousand unclosed marks do not swallow the text")
    func hostile() {
        let deep = String(repeating: "“a ", count: 1000) + String(repeating: "” ", count: 1000)
        let found = quotes(deep)
        #expect(found.count == QuoteScanner.maximumDepth)
        // the outermost quote still runs from the first mark to the last
        #expect(found.first == String(String(repeating: "“a ", count: 1000).dropFirst()) + String(repeating: "” ", count: 999).dropLast(1))
        let open = String(repeating: "“", count: 10_000)
        #expect(quotes(open, "Next “ok” here.").last == "ok")
    }

    @Test("a quote is trimmed of what Foundation's white space and new lines with the no-break spaces hold, for every scalar")
    func quotePaddingIsFoundations() {
        let padding = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{00A0}\u{202F}"))
        var disagreeing: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if ArticleAnalyzer.isQuotePadding(scalar) != padding.contains(scalar) { disagreeing.append(value) }
        }
        #expect(disagreeing.isEmpty, "\(disagreeing.map { String($0, radix: 16) })")
    }

    @Test("every scalar that is a mark may be one")
    func marksMayBeMarks() {
        var missed: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if QuoteMark.family(of: scalar) != nil, !QuoteMark.mayBeMark(scalar) { missed.append(value) }
        }
        #expect(missed.isEmpty, "\(missed.map { String($0, radix: 16) })")
    }

    @Test("the skip to the next possible mark stops where asking every scalar stops, from every start")
    func skipStopsAtMarks() {
        let pool = Array("ab \"#&'«»‹›“”‘’„‚é\u{AA}\u{AB}\u{2017}\u{203B}\u{10FFFF}\n".unicodeScalars)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        // mostly letters, as in prose, with runs of every kind of scalar: all but one in four, and all but one in
        // sixty-four, so that runs of sixteen and more without a mark come often too
        for letters: UInt64 in [48, 63] {  // in sixty-fourths
            var text: [Unicode.Scalar] = []
            for _ in 0..<2_000 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text.append(state >> 58 < letters ? "x" : pool[Int(state >> 33) % pool.count])
            }
            text.withUnsafeBufferPointer { buffer in
                for start in 0..<buffer.count {
                    let end = min(buffer.count, start + Int(state >> 54) + 1)
                    state = state &* 6_364_136_223_846_793_005 &+ 1
                    let expected = (start..<end).first { QuoteMark.mayBeMark(buffer[$0]) } ?? end
                    #expect(QuoteMark.firstPossibleMark(in: buffer, from: start, to: end) == expected, "from \(start) to \(end)")
                }
            }
        }
    }

    @Test("an apostrophe before an elision ('s, 't, 'n, '90s) is an apostrophe in any case; before a longer or another word it may be a mark")
    func elisions() {
        for elision in QuoteMark.elisions {
            for word in [elision, elision.uppercased(), elision.prefix(1).uppercased() + elision.dropFirst()] {
                for after in ["", " ", "-", ".", "’"] {
                    let scalars = Array(("'" + word + after).unicodeScalars)
                    let found = scalars.withUnsafeBufferPointer { QuoteScanner().isElision(after: 0, in: $0, range: 0..<scalars.count) }
                    #expect(found, "'\(word)\(after)")
                }
            }
        }
        for (text, isElision) in [("'90s", true), ("'sa", false), ("'causes", false), ("'roundabout", false), ("'", false),
                                  ("' s", false), ("'\u{212A}", true), ("'tïl", false), ("'Ém", false)] {
            let scalars = Array(text.unicodeScalars)
            let found = scalars.withUnsafeBufferPointer { QuoteScanner().isElision(after: 0, in: $0, range: 0..<scalars.count) }
            #expect(found == isElision, "\(text)")
        }
    }

    @Test("what may stand before an opening or after a closing mark, and closing punctuation, are the listed scalars, white space and marks")
    func neighboursAsListed() {
        var differing: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(value) else { continue }
            let spaceOrMark = s.properties.isWhitespace || QuoteMark.family(of: s) != nil
            if QuoteScanner.opensBefore(s) != (spaceOrMark || "([{/\u{2014}\u{2013}-:".unicodeScalars.contains(s))
                || QuoteScanner.closesAfter(s) != (spaceOrMark || ".,;:!?)]}\u{2014}\u{2013}-\u{2026}/".unicodeScalars.contains(s))
                || QuoteScanner.isClosingPunctuation(s) != ".,;:!?\u{2026}".unicodeScalars.contains(s) {
                differing.append(value)
            }
        }
        #expect(differing.isEmpty, "\(differing.map { String($0, radix: 16) })")
    }
}
