import Foundation
import Testing
@testable import NewsModel

@Suite("PlainTextReader")
struct PlainTextReaderTests {
    @Test("the seed article: month date from a header sharing its line with the first paragraph")
    func seedArticle() throws {
        let report = ArticleLoader().load(paths: [seedArticlePath])
        #expect(report.problems.isEmpty)
        let document = try #require(report.documents.first)
        #expect(report.documents.count == 1)
        #expect(document.record == nil)
        #expect(document.metadata.date?.description == "2022-01")
        #expect(document.metadata.date?.precision == .month)
        #expect(document.metadata.title == nil)
        #expect(document.paragraphs.count == 9)
        #expect(document.paragraphs[0].hasPrefix("De Amerikaanse minister van Buitenlandse Zaken"))
        #expect(document.paragraphs[3] == document.paragraphs[6])
        #expect(document.paragraphs[3] == "Kazachstan riep de hulp in van het CSTO, een militair bondgenootschap dat door Rusland geleid wordt.")
        #expect(document.paragraphs[8].hasSuffix("zeker 4.400 mensen opgepakt."))
    }

    @Test("header lines with and without colons fill the metadata, and a blank line ends the header")
    func fullHeader() throws {
        let text = """
        Title: Blinken en Kazachstan
        source NOS
        author: Jan de Vries
        url https://nos.nl/artikel/1
        lang nl
        date: 10 januari 2022

        Eerste alinea
        loopt door.

        Tweede alinea.
        """
        let document = try #require(load(text, as: "a.txt").documents.first)
        #expect(document.metadata == ArticleMetadata(
            title: "Blinken en Kazachstan", date: NewsDate(parsing: "2022-01-10"), source: "NOS",
            url: "https://nos.nl/artikel/1", author: "Jan de Vries", language: .nl))
        #expect(document.paragraphs == ["Eerste alinea loopt door.", "Tweede alinea."])
    }

    @Test("the rest of a date, url or language line begins the first paragraph")
    func restBeginsParagraph() throws {
        let document = try #require(load("lang en The minister said\nthat it was so.\n\nSecond.", as: "a.txt").documents.first)
        #expect(document.metadata.language == .en)
        #expect(document.paragraphs == ["The minister said that it was so.", "Second."])
    }

    @Test("a date key whose value is no date is body text, not header")
    func dateThatIsNot() throws {
        let document = try #require(load("date night was a success.\n\nMore.", as: "a.txt").documents.first)
        #expect(document.metadata.date == nil)
        #expect(document.paragraphs == ["date night was a success.", "More."])
    }

    @Test("a capitalised key without a colon is prose, not header")
    func capitalisedKeyIsProse() throws {
        let document = try #require(load("Source close to the minister spoke.", as: "a.txt").documents.first)
        #expect(document.metadata.source == nil)
        #expect(document.paragraphs == ["Source close to the minister spoke."])
    }

    @Test("the header ends at the first line that is not a header line")
    func headerEndsAtProse() throws {
        let document = try #require(load("title: T\nThe body starts.\ntitle: not a header any more", as: "a.txt").documents.first)
        #expect(document.metadata.title == "T")
        #expect(document.paragraphs == ["The body starts. title: not a header any more"])
    }

    @Test("a header with no body is a record without text")
    func headerOnly() {
        let report = load("title: Only a title\n", as: "a.txt")
        #expect(report.documents.isEmpty)
        #expect(report.problems.map(\.error) == [.noText])
    }

    @Test("a key or colon beside a character beyond ASCII is read as the characters say")
    func keyBesideCharactersBeyondASCII() throws {
        let kelvin = try #require(load("LIN\u{212A}: https://nos.nl/1\n\nBody.", as: "a.txt").documents.first)
        #expect(kelvin.metadata.url == "https://nos.nl/1")  // the Kelvin sign lower-cases to k
        let noBreak = try #require(load("date\u{A0}2022-01-10 Body.", as: "a.txt").documents.first)
        #expect(noBreak.metadata.date?.description == "2022-01-10")
        #expect(noBreak.paragraphs == ["Body."])
        let marked = try #require(load("title:\u{301} x\n\nBody.", as: "a.txt").documents.first)
        #expect(marked.metadata.title == nil)  // `:` with a combining mark is no colon
        #expect(marked.paragraphs == ["title:\u{301} x", "Body."])
        let spaced = try #require(load(" \u{3000}Title :\u{2003}Één \u{A0}\nlang: NL-be\n\nBody.", as: "a.txt").documents.first)
        #expect(spaced.metadata.title == "Één")
        #expect(spaced.metadata.language == .nl)
    }

    // The 20 MB line through the whole analysis is LongLineTests; its time is the benchmark's business.
    @Test("a 2 MB single line that starts with the header loads as one dated paragraph")
    func hugeSingleLine() throws {
        let words = String(repeating: "woord ", count: 2_000_000 / 6)
        let report = load("date 2022-01-10 " + words, as: "big.txt")
        #expect(report.documents.first?.paragraphs.count == 1)
        #expect(report.documents.first?.paragraphs.first?.utf8.count == words.utf8.count - 1)
        #expect(report.documents.first?.metadata.date?.description == "2022-01-10")
    }
}
