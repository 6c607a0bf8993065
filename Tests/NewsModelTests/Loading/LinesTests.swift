import Testing
import TestSupport
@testable import NewsModel

@Suite("Lines of a text")
struct LinesTests {
    @Test("a text's lines are its pieces between line feeds, empty ones kept, in a string or a slice of one")
    func linesAreThePiecesBetweenFeeds() {
        var texts = ["", "\n", "a", "a\n", "\na", "a\n\nb", "ü\r\n“x”\n🇳🇱"]
        var generator = SplitMix64(seed: 3)
        let pieces = ["a", "é", "\n", "\r\n", " ", "’", "😀", "\n\n"]
        for _ in 0..<300 {
            texts.append((0..<Int(generator.next() % 10)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined())
        }
        for text in texts {
            let expected = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Array($0) }
            #expect(text.lines.map { Array($0.utf8) } == expected, "\(text.debugDescription)")
            let slice = ("x\n" + text + "\ny").dropFirst(2).dropLast(2)  // a slice that starts and ends inside its string
            #expect(slice.lines.map { Array($0.utf8) } == expected, "\(text.debugDescription)")
        }
    }
}
