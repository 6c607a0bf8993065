import Foundation

/// Turns paths (files, directories, `-` for standard input) into article documents and a problem list.
///
/// Paths are read in the order given; a directory contributes its files in byte order of their names
/// (see `DirectoryWalker`). Formats are plain text, Markdown, JSON, JSON Lines and CSV, chosen by
/// extension and otherwise by content (see `ArticleFormat`). Nothing here throws: every file that cannot
/// be read, and every record without text, becomes a `LoadProblem` and the rest is still read.
public struct ArticleLoader: Sendable {
    public init() {}

    /// Loads every path in order; `readStandardInput` supplies the bytes for `-` (called once per `-`),
    /// and `fileRead` hears the number of files read so far after each one (for progress displays).
    ///
    /// `filesRead` counts files whose bytes were read (standard input included), whether or not they held
    /// an article; `filesSkipped` counts paths that were not read at all, or were read to no article, so a
    /// file that is empty or binary counts in both.
    public func load(
        paths: [String],
        readStandardInput: @Sendable () -> Data = { FileHandle.standardInput.readDataToEndOfFile() },
        fileRead: (Int) -> Void = { _ in }
    ) -> LoadReport {
        var report = LoadReport()
        for path in paths {
            if path == "-" {
                report.add(ArticleFileReader.read([UInt8](readStandardInput()), path: "-"))
                fileRead(report.filesRead)
                continue
            }
            for entry in DirectoryWalker.walk(path) {
                switch entry {
                case .problem(let problem):
                    report.problems.append(problem)
                    report.filesSkipped += 1
                case .file(let file):
                    do {
                        report.add(ArticleFileReader.read(try FileBytes.read(path: file), path: file))
                        fileRead(report.filesRead)
                    } catch {
                        report.problems.append(LoadProblem(path: file, error: error))
                        report.filesSkipped += 1
                    }
                }
            }
        }
        return report
    }

    /// Reads `data` as if it were the file at `path`: the extension picks the format (`-` or no known
    /// extension: the content does), and `path` names the documents and problems.
    public func load(data: Data, path: String) -> LoadReport {
        var report = LoadReport()
        report.add(ArticleFileReader.read([UInt8](data), path: path))
        return report
    }
}

private extension LoadReport {
    /// Counts one file that was read and keeps what it produced.
    mutating func add(_ outcome: ReadOutcome) {
        filesRead += 1
        if outcome.documents.isEmpty { filesSkipped += 1 }
        documents += outcome.documents
        problems += outcome.problems
    }
}
