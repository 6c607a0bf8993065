import Foundation

/// Turns paths (files, directories, `-` for standard input) into article documents and a problem list.
/// PLACEHOLDER: the loading work replaces this with the real traversal and format readers.
public struct ArticleLoader: Sendable {
    public init() {}

    /// Loads every path in order; `readStandardInput` supplies the bytes for `-`.
    public func load(paths: [String], readStandardInput: @Sendable () -> Data = { FileHandle.standardInput.readDataToEndOfFile() }) -> LoadReport {
        var report = LoadReport()
        for path in paths {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                report.problems.append(LoadProblem(path: path, error: .unreadable("?")))
                report.filesSkipped += 1
                continue
            }
            report.filesRead += 1
            let paragraphs = text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            report.documents.append(ArticleDocument(file: path, metadata: ArticleMetadata(), paragraphs: paragraphs))
        }
        return report
    }
}
