import ArgumentParser
import Foundation
import NewsModel

/// What every command reads: the paths, and whether to print the account of the load.
struct CorpusOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Files, directories, or - for standard input (default: the bundled articles).", valueName: "PATH"))
    var paths: [String] = []

    @Flag(name: .shortAndLong, help: "Do not print the account of files read and skipped.")
    var quiet = false

    /// The paths to read: the given ones, or the bundled articles.
    func resolvedPaths() throws -> [String] {
        if !paths.isEmpty { return paths }
        guard let bundled = BundledArticles.directory() else {
            throw ValidationError("no PATH given and the bundled articles (assets/articles) were not found; give a file or directory")
        }
        return [bundled]
    }

    /// Loads and analyses the corpus; with `reporting`, tells every problem and the account on standard error.
    func loadCorpus(reporting: Bool = true) throws -> Corpus {
        let corpus = Corpus(loading: try resolvedPaths())
        if reporting { report(corpus) }
        return corpus
    }

    /// Every problem of the load, then (unless `--quiet`) the account of what was read, on standard error.
    func report(_ corpus: Corpus) {
        for problem in corpus.problems {
            Diagnostics.warning(problem.description)
        }
        guard !quiet else { return }
        let quotes = corpus.articles.reduce(0) { $0 + $1.countedQuoteCount }
        var account = "read \(corpus.articles.count) article\(corpus.articles.count == 1 ? "" : "s") from \(corpus.filesRead) file\(corpus.filesRead == 1 ? "" : "s"), \(quotes) quotes, \(corpus.speakers.count) speakers"
        if corpus.filesSkipped > 0 { account += "; \(corpus.filesSkipped) file\(corpus.filesSkipped == 1 ? "" : "s") skipped" }
        Diagnostics.note(account)
    }

    /// The exit status the load earned: 1 when anything was skipped or damaged.
    static func status(of corpus: Corpus) -> ExitStatus {
        corpus.problems.isEmpty ? .success : .inputProblems
    }
}

/// Finds `assets/articles` of this checkout: beside the working directory, or beside the sources.
enum BundledArticles {
    static func directory() -> String? {
        let manager = FileManager.default
        var candidates = [manager.currentDirectoryPath + "/assets/articles"]
        let source = URL(fileURLWithPath: #filePath)  // …/Sources/attache/CorpusOptions.swift
        candidates.append(source.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("assets/articles").path)
        var isDirectory: ObjCBool = false
        return candidates.first { manager.fileExists(atPath: $0, isDirectory: &isDirectory) && isDirectory.boolValue }
    }
}
