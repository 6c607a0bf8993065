import Testing
import TestSupport
@testable import NewsModel

@Suite("JoinedParagraphs")
struct JoinedParagraphsTests {
    @Test("a body cut from its bytes has the paragraphs and ends of splitting its lines and joining them")
    func bytesAgreeWithLines() {
        var bodies = ["", "\n", " ", "a", "a\n", "\n\na\n\n", "a\nb", "a\n\nb", "a\n \u{A0}\n\nb", "\u{3000}a\u{2029}\n\u{85}b\u{301} "]
        var generator = SplitMix64(seed: 11)
        let pieces = ["a", "é", "\n", "\n\n", " ", "\t", "\u{A0}", "\u{2003}", "\u{3000}", "\u{85}", "\u{301}", "😀", "“x”", "\u{200B}"]
        for _ in 0..<2_000 {
            bodies.append(generator.joined(pieces, count: Int(generator.next() % 12)))
        }
        for body in bodies {
            let expected = JoinedParagraphs(joining: ParagraphSplitter.paragraphs(fromLines: body.lines))
            #expect(JoinedParagraphs(lines: body[...]) == expected, "\(body.debugDescription)")
            let slice = ("x\n" + body + "\ny").dropFirst(2).dropLast(2)  // a slice that starts and ends inside its string
            #expect(JoinedParagraphs(lines: slice) == expected, "\(body.debugDescription)")
        }
    }

    @Test("paragraphs that the file already separates by one blank line are copied as one run, others joined")
    func runs() {
        let joined = JoinedParagraphs(lines: "  Eén.\n\nTwee\n  drie.\n\n\n\nVier.  \n"[...])
        #expect(joined.text == "Eén.\n\nTwee drie.\n\nVier.")
        #expect(joined.ends == [5, 17, 24])
    }
}
