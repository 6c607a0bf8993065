import Testing
@testable import NewsModel

@Suite("CSVArticleReader")
struct CSVArticleReaderTests {
    @Test("a header names the fields, quoted fields span lines, records are numbered from 1")
    func basic() {
        let csv = """
        title,date,text,url
        First,2022-01-10,"One line,
        
        and a second paragraph.",https://a
        
        Second,2022-01,Plain body.,https://b
        Third,2022-01-12,,https://c
        """
        let report = load(csv, as: "feed.csv")
        #expect(report.documents.map(\.record) == [1, 2])
        #expect(report.documents[0].paragraphs == ["One line,", "and a second paragraph."])
        #expect(report.documents[0].metadata.date?.description == "2022-01-10")
        #expect(report.documents[1].metadata.url == "https://b")
        #expect(report.problems == [LoadProblem(path: "feed.csv", line: 7, error: .noText)])
    }

    @Test("semicolon and tab delimiters are recognised from the header line", arguments: [";", "\t"])
    func delimiters(delimiter: String) {
        let csv = ["Headline", "Body", "Lang"].joined(separator: delimiter) + "\n"
            + ["Kop, met komma", "Tekst, ook met komma.", "nl"].joined(separator: delimiter) + "\n"
        let report = load(csv, as: "feed.csv")
        #expect(report.documents.first?.metadata.title == "Kop, met komma")
        #expect(report.documents.first?.metadata.language == .nl)
        #expect(report.documents.first?.paragraphs == ["Tekst, ook met komma."])
    }

    @Test("a stray quote inside a field is broken CSV, not a crash")
    func strayQuote() {
        let report = load("title,text\nA,He said \"hi\" there\n", as: "feed.csv")
        #expect(report.documents.isEmpty)
        guard case .brokenCSV = report.problems.first?.error else {
            Issue.record("expected broken CSV, got \(report.problems)")
            return
        }
    }

    @Test("an unclosed quote is reported at the record where it starts; earlier records still load")
    func unclosedQuote() {
        let report = load("title,text\nA,Alpha.\nB,\"Beta never ends\nC,Gamma.\n", as: "feed.csv")
        #expect(report.documents.map(\.metadata.title) == ["A"])
        #expect(report.problems.map(\.line) == [3])
    }

    @Test("a header without a text column is broken CSV")
    func noTextColumn() {
        let report = load("title,date\nA,2022\n", as: "feed.csv")
        #expect(report.problems.map(\.line) == [1])
        guard case .brokenCSV(let detail) = report.problems.first?.error else {
            Issue.record("expected broken CSV")
            return
        }
        #expect(detail.contains("no text column"))
    }
}
