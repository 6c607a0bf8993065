import Testing
@testable import NewsModel

@Suite("ArticleDocument")
struct ArticleDocumentTests {
    @Test("the text is the paragraphs joined by a blank line, and the paragraphs come back as given", arguments: [
        [], [""], ["Eén."], ["Eén.", "Twee « deux »", "三"], ["", "Body.", ""], ["Zeile\n\nmit Umbruch", "Ende."],
    ])
    func paragraphsRoundTrip(_ paragraphs: [String]) {
        let document = ArticleDocument(file: "a.txt", metadata: ArticleMetadata(), paragraphs: paragraphs)
        #expect(document.text == paragraphs.joined(separator: "\n\n"))
        #expect(document.paragraphs == paragraphs)
    }

    @Test("documents with the same text but other paragraphs differ")
    func paragraphBoundariesCount() {
        let one = ArticleDocument(file: "a.txt", metadata: ArticleMetadata(), paragraphs: ["A\n\nB"])
        let two = ArticleDocument(file: "a.txt", metadata: ArticleMetadata(), paragraphs: ["A", "B"])
        #expect(one.text == two.text)
        #expect(one != two)
    }

    @Test("the analysed article keeps the document's text: the same storage, not a copy")
    func articleSharesText() {
        let document = ArticleDocument(file: "a.txt", metadata: ArticleMetadata(), paragraphs: ["“Wij gaan door,” zei Rutte.", "Tweede."])
        let article = ArticleAnalyzer().analyze(document, id: 0).article
        let storage = { (text: String) in text.utf8.withContiguousStorageIfAvailable { UInt(bitPattern: $0.baseAddress) } }
        #expect(article.text == document.text)
        #expect(storage(article.text) == storage(document.text))
        #expect(article.paragraphs.map(\.range) == [0..<27, 29..<36])
    }

    @Test("an article longer than the model's offsets can count is skipped as too long, the others kept")
    func tooLongIsSkipped() {
        let short = ArticleDocument(file: "feed.jsonl", record: 1, metadata: ArticleMetadata(), paragraphs: ["Kort."])
        let long = ArticleDocument(file: "feed.jsonl", record: 2, metadata: ArticleMetadata(), paragraphs: ["Veel te lang."])
        let (kept, problem) = ArticleFileReader.storable([short, long, short], path: "feed.jsonl", limit: 10)
        #expect(kept == [short, short])
        #expect(problem == LoadProblem(path: "feed.jsonl", error: .tooLong))
        #expect(ArticleFileReader.storable([short], path: "feed.jsonl", limit: 10).1 == nil)
    }
}
