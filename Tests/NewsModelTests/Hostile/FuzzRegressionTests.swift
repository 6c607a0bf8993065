import Foundation
import Testing
@testable import NewsModel

/// Inputs the libFuzzer target (`Tests/Fuzz`) found, kept so they stay fixed. Each is checked the way the
/// target checks it: the first byte picks the file name (so the format), the rest is the file.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    /// What the fuzz target would trap on for `input`: broken report rules and corpus invariants.
    static func violations(_ input: [UInt8]) -> [String] {
        FuzzCheck.violations(input).violations
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
