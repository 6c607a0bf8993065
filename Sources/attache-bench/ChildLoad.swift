import Foundation
import NewsModel
import ReaderUI

/// The hidden `child-load` subcommand: one load of a corpus in a fresh process, so that its peak memory
/// is its own and a CPU affinity set by the parent applies to it alone.
///
/// It prints one line of `key=value` pairs: the seconds for reading (`read`), analysing (`analyse`),
/// building the reader's state (`state`) and painting the first screen at 120×40 (`render`); the
/// corpus counts, and the peak resident bytes (`peak`).
enum ChildLoad {
    static let command = "child-load"

    /// What one child measured.
    struct Result {
        var read: Double
        var analyse: Double
        var state: Double
        var render: Double
        var articles: Int
        var quotes: Int
        var speakers: Int
        var peakBytes: Int

        /// Load, quote finding and attribution: what `Corpus(loading:)` does.
        var load: Double { read + analyse }
        /// A complete speaker index: the corpus and the reader state with its speaker keys.
        var speakerIndex: Double { load + state }
        /// Start to the first painted screen, all synchronous.
        var firstScreen: Double { load + state + render }
    }

    /// Loads `paths` the way `Corpus(loading:)` does, in its two timed halves, then builds and renders.
    static func run(paths: [String]) -> String {
        let (report, read) = Stopwatch.measure { ArticleLoader().load(paths: paths) }
        let (corpus, analyse) = Stopwatch.measure {
            Corpus(documents: report.documents, problems: report.problems,
                   filesRead: report.filesRead, filesSkipped: report.filesSkipped)
        }
        let (state, stateSeconds) = Stopwatch.measure {
            AppState(corpus: corpus, width: 120, height: 40, colors: .extended)
        }
        let (canvas, render) = Stopwatch.measure { ScreenRenderer.render(state) }
        let quotes = corpus.articles.reduce(0) { $0 + $1.quotes.count }
        return [
            "read=\(read)", "analyse=\(analyse)", "state=\(stateSeconds)", "render=\(render)",
            "articles=\(corpus.articles.count)", "quotes=\(quotes)", "speakers=\(corpus.speakers.count)",
            "peak=\(PeakMemory.bytes() ?? 0)", "cells=\(canvas.cells.count)",
        ].joined(separator: " ")
    }

    /// Reads the line `run` printed.
    static func parse(_ output: String) -> Result? {
        var fields: [String: Double] = [:]
        for pair in output.split(whereSeparator: \.isWhitespace) {
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, let value = Double(parts[1]) else { continue }
            fields[String(parts[0])] = value
        }
        guard let read = fields["read"], let analyse = fields["analyse"], let state = fields["state"],
              let render = fields["render"], let articles = fields["articles"], let quotes = fields["quotes"],
              let speakers = fields["speakers"], let peak = fields["peak"] else { return nil }
        return Result(read: read, analyse: analyse, state: state, render: render, articles: Int(articles),
                      quotes: Int(quotes), speakers: Int(speakers), peakBytes: Int(peak))
    }
}
