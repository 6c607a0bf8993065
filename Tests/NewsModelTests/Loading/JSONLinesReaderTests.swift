import Testing
@testable import NewsModel

@Suite("JSONLinesReader")
struct JSONLinesReaderTests {
    @Test("each line is an article numbered by its line; a broken line is a problem and the rest still load")
    func brokenLine() throws {
        let text = """
        {"title": "A", "text": "Alpha."}
        {"title": "B", "text": 
        
        {"title": "C", "text": "Gamma."}
        {"title": "D"}
        ["not", "an", "object"]
        """
        let report = load(text, as: "feed.jsonl")
        #expect(report.documents.map(\.record) == [1, 4])
        #expect(report.documents.map(\.metadata.title) == ["A", "C"])
        #expect(report.problems.map(\.line) == [2, 5, 6])
        #expect(report.problems[1].error == .noText)
        #expect(report.problems[2].error == .brokenJSON(detail: "line is not an object"))
        #expect(report.problems[0].description.hasPrefix("feed.jsonl:2: broken JSON: "))
    }

    @Test("a long feed read on all cores keeps its articles and problems in line order")
    func manyLinesInOrder() {
        // every seventh line broken, every eleventh blank: pieces of every size and kind in one feed
        var lines: [String] = []
        for number in 1...3_000 {
            if number % 11 == 0 { lines.append("") } else if number % 7 == 0 { lines.append("{\"text\": ") } else {
                lines.append("{\"title\": \"T\(number)\", \"text\": \"Line \(number).\"}")
            }
        }
        let report = load(lines.joined(separator: "\n"), as: "feed.jsonl")
        let articles = (1...3_000).filter { $0 % 11 != 0 && $0 % 7 != 0 }
        #expect(report.documents.map(\.record) == articles)
        #expect(report.documents.map(\.metadata.title) == articles.map { "T\($0)" })
        #expect(report.problems.map(\.line) == (1...3_000).filter { $0 % 11 != 0 && $0 % 7 == 0 })
    }

    @Test("a deeply nested line is refused and the next line still loads")
    func deepLine() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let report = load(deep + "\n{\"text\": \"ok\"}\n", as: "a.ndjson")
        #expect(report.documents.map(\.record) == [2])
        #expect(report.problems.map(\.line) == [1])
    }
}
