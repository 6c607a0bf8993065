import Testing
@testable import NewsModel

@Suite("ArticleFields")
struct ArticleFieldsTests {
    @Test("every date field name is recognised", arguments: ArticleFields.dateNames)
    func dateNames(name: String) {
        let fields = ArticleFields([name: .text("2022-01-10"), "text": .text("x")])
        #expect(fields.metadata.date?.description == "2022-01-10")
    }

    @Test("a date that does not parse is left out and the next date field is tried")
    func unparseableDate() {
        let fields = ArticleFields(["date": .text("yesterday"), "published": .text("2022-01"), "text": .text("x")])
        #expect(fields.metadata.date?.description == "2022-01")
    }

    @Test("titles fold their white space, and empty values count as missing")
    func folding() {
        let fields = ArticleFields(["title": .text("  "), "headline": .text("Two\n  lines"), "byline": .nothing])
        #expect(fields.metadata.title == "Two lines")
        #expect(fields.metadata.author == nil)
        #expect(fields.paragraphs.isEmpty)
    }
}
