import Foundation
import Synchronization

/// Turns paths (files, directories, `-` for standard input) into article documents and a problem list.
///
/// Paths are read in the order given; a directory contributes its files in byte order of their names
/// (see `DirectoryWalker`). Formats are plain text, Markdown, JSON, JSON Lines and CSV, chosen by
/// extension and otherwise by content (see `ArticleFormat`). Nothing here throws: every file that cannot
/// be read, and every record without text, becomes a `LoadProblem` and the rest is still read.
public struct ArticleLoader: Sendable {
    public init() {}

    /// Loads every path in order; `readStandardInput` supplies the bytes for `-` (called once per `-`),
    /// and `fileRead` hears the number of files read so far after each one, from any thread (for progress).
    ///
    /// `filesRead` counts files whose bytes were read (standard input included), whether or not they held
    /// an article; `filesSkipped` counts paths that were not read at all, or were read to no article, so a
    /// file that is empty or binary counts in both. The directories are walked first, in order; the files
    /// are then read and parsed on all cores, and their articles kept in walk order.
    public func load(
        paths: [String],
        readStandardInput: @Sendable () -> Data = { FileHandle.standardInput.readDataToEndOfFile() },
        fileRead: @Sendable (Int) -> Void = { _ in }
    ) -> LoadReport {
        var steps: [Step] = []
        for path in paths {
            if path == "-" {
                steps.append(.standardInput([UInt8](readStandardInput())))
            } else {
                steps += DirectoryWalker.walk(path).map(Step.entry)
            }
        }
        let done = Atomic(0)  // not a Mutex, which ThreadSanitizer cannot see into (see Corpus.init)
        let walked = steps
        let outcomes = Parallel.map(walked.indices) { index -> StepOutcome in
            let outcome = Self.perform(walked[index])
            if case .read = outcome { fileRead(done.add(1, ordering: .relaxed).newValue) }
            return outcome
        }
        var report = LoadReport()
        for outcome in outcomes {
            switch outcome {
            case .read(let read): report.add(read)
            case .skipped(let problem):
                report.problems.append(problem)
                report.filesSkipped += 1
            }
        }
        return report
    }

    /// One thing to read: standard input's bytes, or an entry of a walk.
    private enum Step: Sendable {
        case standardInput([UInt8])
        case entry(DirectoryWalker.Entry)
    }

    private enum StepOutcome: Sendable {
        case read(ReadOutcome)
        case skipped(LoadProblem)
    }

    private static func perform(_ step: Step) -> StepOutcome {
        switch step {
        case .standardInput(let bytes):
            return .read(ArticleFileReader.read(bytes, path: "-"))
        case .entry(.problem(let problem)):
            return .skipped(problem)
        case .entry(.file(let file)):
            do {
                return .read(ArticleFileReader.read(try FileBytes.read(path: file), path: file))
            } catch {
                return .skipped(LoadProblem(path: file, error: error))
            }
        }
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
