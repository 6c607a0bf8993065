import Foundation
import Testing
@testable import NewsModel

/// Inputs the libFuzzer target (`Tests/Fuzz`) found, kept so they stay fixed. Each is checked the way the
/// target checks it: the first byte picks the file name (so the format), the rest is the file.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    /// The file names of `Tests/Fuzz/Sources/AttacheFuzz/main.swift`, in its order.
    static let fileNames = ["fuzz.txt", "fuzz.md", "fuzz.json", "fuzz.jsonl", "fuzz.csv", "-"]

    /// What the fuzz target would trap on for `input`: broken report rules and corpus invariants.
    static func violations(_ input: [UInt8]) -> [String] {
        guard let selector = input.first else { return [] }
        let path = fileNames[Int(selector) % fileNames.count]
        let report = ArticleLoader().load(data: Data(input.dropFirst()), path: path)
        var violations: [String] = []
        if report.filesRead != 1 { violations.append("filesRead \(report.filesRead), expected 1") }
        if report.filesSkipped != (report.documents.isEmpty ? 1 : 0) {
            violations.append("filesSkipped \(report.filesSkipped) with \(report.documents.count) documents")
        }
        for problem in report.problems where problem.path != path {
            violations.append("problem names \(problem.path), not \(path)")
        }
        if report.documents.isEmpty && !report.problems.contains(where: { $0.severity == .skipped }) {
            violations.append("no article and no problem saying why")
        }
        let corpus = Corpus(documents: report.documents, problems: report.problems,
                            filesRead: report.filesRead, filesSkipped: report.filesSkipped)
        return violations + corpus.invariantViolations()
    }

    static func bytes(base64: String) -> [UInt8] {
        Data(base64Encoded: base64).map(Array.init) ?? []
    }

    @Test("a CSV file that is only a header row is skipped with a reason, not silently",
          arguments: [
            // as found: a header naming `text`, one line, no record
            "NHRpdGxlLGRhdGUsdGV4dCxsYW7GxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsYsIkVyIHNhZ3RlOiDigJ4qYS7igJwiLGRlCg==",
            // minimised by hand: `4title,text\n`
            "NHRpdGxlLHRleHQK",
          ])
    func headerOnlyCSV(base64: String) {
        let input = Self.bytes(base64: base64)
        #expect(!input.isEmpty)
        #expect(Self.violations(input) == [])
        let report = ArticleLoader().load(data: Data(input.dropFirst()), path: "fuzz.csv")
        #expect(report.problems.last == LoadProblem(path: "fuzz.csv", error: .empty))
    }

    @Test("a JSON array or wrapper with no article is skipped with a reason", arguments: ["[]", "{\"articles\": []}"])
    func emptyJSON(text: String) {
        let report = ArticleLoader().load(data: Data(text.utf8), path: "feed.json")
        #expect(report.documents.isEmpty)
        #expect(report.problems == [LoadProblem(path: "feed.json", error: .empty)])
    }
}
