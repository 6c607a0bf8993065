import Testing
@testable import NewsModel

@Suite("JSONArticleReader")
struct JSONArticleReaderTests {
    @Test("one object is one article without a record number")
    func singleObject() throws {
        let json = #"{"Headline": "Blinken", "pubDate": "Mon, 10 Jan 2022 12:00:00 GMT", "text": "One.\n\nTwo.", "url": "https://x", "lang": "en"}"#
        let report = load(json, as: "a.json")
        let document = try #require(report.documents.first)
        #expect(report.documents.count == 1)
        #expect(document.record == nil)
        #expect(document.metadata.title == "Blinken")
        #expect(document.metadata.date?.description == "2022-01-10T12:00:00Z")
        #expect(document.metadata.url == "https://x")
        #expect(document.metadata.language == .en)
        #expect(document.paragraphs == ["One.", "Two."])
    }

    @Test("an array's articles are numbered from 1 and a record without text names its line")
    func array() {
        let json = """
        [
          {"title": "A", "body": "Alpha."},
          {"title": "B", "description": ""},
          {"title": "C", "content": "Gamma."}
        ]
        """
        let report = load(json, as: "a.json")
        #expect(report.documents.map(\.record) == [1, 3])
        #expect(report.documents.map(\.metadata.title) == ["A", "C"])
        #expect(report.problems == [LoadProblem(path: "a.json", line: 3, error: .noText)])
    }

    @Test("an object wrapping its array under articles, items or data", arguments: ["articles", "Items", "data"])
    func wrapped(key: String) {
        let json = "{\"meta\": {\"n\": 2},\n \"\(key)\": [\n {\"text\": \"One\"},\n {\"title\": \"no text\"}]}"
        let report = load(json, as: "a.json")
        #expect(report.documents.map(\.paragraphs) == [["One"]])
        #expect(report.problems.map(\.line) == [4])
    }

    @Test("the longest real body field wins, and description only when there is none")
    func bodyChoice() {
        let both = load(#"{"description": "Summary that is long, long, long.", "text": "Short.", "maintext": "The longer main text."}"#, as: "a.json")
        #expect(both.documents.first?.paragraphs == ["The longer main text."])
        let summary = load(#"{"description": "Only a summary.", "text": ""}"#, as: "a.json")
        #expect(summary.documents.first?.paragraphs == ["Only a summary."])
    }

    @Test("nested source names, author lists and paragraph arrays are read")
    func nestedFields() throws {
        let json = #"{"source": {"id": 1, "name": "NOS"}, "authors": ["A. Jansen", {"name": "B. Bakker"}], "text": ["Eén.", "Twee."]}"#
        let document = try #require(load(json, as: "a.json").documents.first)
        #expect(document.metadata.source == "NOS")
        #expect(document.metadata.author == "A. Jansen, B. Bakker")
        #expect(document.paragraphs == ["Eén.", "Twee."])
    }

    @Test("broken JSON is one problem naming the line Foundation pointed at")
    func broken() throws {
        let report = load("[\n{\"text\": \"a\"},\n{\"text\": }\n]", as: "a.json")
        #expect(report.documents.isEmpty)
        let problem = try #require(report.problems.first)
        #expect(problem.line == 3)
        guard case .brokenJSON = problem.error else {
            Issue.record("expected broken JSON, got \(problem.error)")
            return
        }
    }

    @Test("10 000 levels of nesting are refused without a crash")
    func deepNesting() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let report = load(deep, as: "a.json")
        #expect(report.documents.isEmpty)
        #expect(report.problems == [LoadProblem(path: "a.json", line: 1, error: .brokenJSON(detail: "nested deeper than 512 levels"))])
        let objects = String(repeating: "{\"a\":", count: 10_000) + "1" + String(repeating: "}", count: 10_000)
        #expect(load(objects, as: "b.json").problems.first?.error == .brokenJSON(detail: "nested deeper than 512 levels"))
    }

    @Test("a scalar or an array of non-objects is not an article")
    func notObjects() {
        #expect(load("42", as: "a.json").problems.first?.error == .brokenJSON(detail: "expected an article object or an array of them"))
        let report = load("[\"text\", {\"text\": \"ok\"}]", as: "a.json")
        #expect(report.documents.map(\.record) == [2])
        #expect(report.problems.map(\.error) == [.brokenJSON(detail: "element 1 is not an object")])
    }

    @Test("a .json file holding JSON Lines is read as JSON Lines")
    func jsonLinesInJSONFile() {
        let report = load("{\"text\": \"a\"}\n{\"text\": \"b\"}\n", as: "a.json")
        #expect(report.documents.map(\.record) == [1, 2])
    }
}
