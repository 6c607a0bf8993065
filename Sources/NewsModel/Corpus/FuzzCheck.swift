import Foundation

/// One input read as one file and analysed, with every rule of the account and of the corpus it breaks:
/// what the libFuzzer target traps on, and what its regression tests assert is empty.
public enum FuzzCheck {
    /// The names an input may be read as: the first byte picks one (modulo their count), so every reader
    /// gets exercised; `-` (standard input) makes the loader detect the format from the content.
    public static let fileNames = ["fuzz.txt", "fuzz.md", "fuzz.json", "fuzz.jsonl", "fuzz.csv", "-"]

    /// The path the first byte picks, and the violations of reading the rest as that file.
    public static func violations(_ input: some Collection<UInt8>) -> (path: String, violations: [String]) {
        guard let selector = input.first else { return ("", []) }
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
        return (path, violations + corpus.invariantViolations())
    }
}
