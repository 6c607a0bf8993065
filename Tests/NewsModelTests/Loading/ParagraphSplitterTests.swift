import Testing
@testable import NewsModel

@Suite("ParagraphSplitter")
struct ParagraphSplitterTests {
    @Test("blank lines separate paragraphs and lines inside one are joined with one space")
    func blankLines() {
        let text = "  First line\n  continues here  \n\n \t \nSecond.\n\n\n"
        #expect(ParagraphSplitter.paragraphs(fromLines: text.lines) == ["First line continues here", "Second."])
    }

    @Test("a body without blank lines has one paragraph per line")
    func bodyWithoutBlankLines() {
        #expect(ParagraphSplitter.body("One.\nTwo.\n") == ["One.", "Two."])
    }

    @Test("a body with blank lines splits on them only")
    func bodyWithBlankLines() {
        #expect(ParagraphSplitter.body("One\nstill one.\n\nTwo.") == ["One still one.", "Two."])
    }
}
