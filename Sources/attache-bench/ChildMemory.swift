import Foundation
import NewsModel
import ReaderUI

/// The hidden `child-memory` subcommand: where a load's memory sits, stage by stage, for the report
/// on the peak-memory target (resident and peak bytes after reading, analysing, dropping the read
/// documents, building the reader's state, and returning freed heap with `malloc_trim`).
enum ChildMemory {
    static let command = "child-memory"

    static func run(paths: [String]) -> String {
        var lines: [String] = []
        func note(_ stage: String) {
            lines.append("\(stage): resident \(megabytes(current())) MB, peak \(megabytes(PeakMemory.bytes()))")
        }
        note("start")
        var report: LoadReport? = ArticleLoader().load(paths: paths)
        note("documents read")
        let corpus = report.map {
            Corpus(documents: $0.documents, problems: $0.problems, filesRead: $0.filesRead, filesSkipped: $0.filesSkipped)
        }
        note("corpus analysed (documents still held)")
        report = nil
        note("documents dropped")
        let state = corpus.map { AppState(corpus: $0, width: 120, height: 40, colors: .extended) }
        note("reader state built")
        HeapTrim.returnFreedMemory()
        note("after malloc_trim(0) (heap freed but kept by malloc, returned)")
        blackHole(state?.visibleArticles.count)
        let text = corpus?.articles.reduce(0) { $0 + $1.text.utf8.count } ?? 0
        let quoteText = corpus?.articles.reduce(0) { $0 + $1.quotes.reduce(0) { $0 + $1.text.utf8.count } } ?? 0
        let quotes = corpus?.articles.reduce(0) { $0 + $1.quotes.count } ?? 0
        let mentions = corpus?.articles.reduce(0) { $0 + $1.speakerMentions.count } ?? 0
        lines.append("article text \(megabytes(text)) MB, quote text (a view of the article text inside one paragraph) \(megabytes(quoteText)) MB, "
            + "\(quotes) quotes, \(mentions) speaker mentions, \(MemoryLayout<Quote>.stride) B per Quote, "
            + "\(MemoryLayout<Article>.stride) B per Article")
        return lines.joined(separator: "\n")
    }

    private static func current() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return line.split(separator: " ").dropFirst().first.flatMap { Int($0) }.map { $0 * 1024 }
        }
        return nil
    }

    private static func megabytes(_ bytes: Int?) -> String {
        bytes.map { Table.fixed(Double($0) / 1_000_000, 0) } ?? "?"
    }
}
