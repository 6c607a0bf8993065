import Foundation
import Synchronization
import NewsModel
import ReaderUI

/// The hidden `child-load` subcommand: one start of the reader on a corpus, headless, in a fresh
/// process, so that its peak memory is its own and a CPU affinity set by the parent applies to it alone.
///
/// It does what the reader's run loop does: starts the `CorpusIndexer`, paints the empty indexing state
/// at 120×40, then polls every 5 ms, painting progress when it changes and pressing `j` or `k` every
/// 50 ms, until the corpus is ready, its reader state built on another thread and adopted with `.adopt`. It prints one line of
/// `key=value` pairs (seconds from the start unless said otherwise).
enum ChildLoad {
    static let command = "child-load"

    /// What one child measured.
    struct Result {
        /// The first painted screen (indexing state).
        var firstScreen: Double
        /// Every file read (the indexer's total became known).
        var read: Double
        /// Load + quote finding + attribution + merge finished (the indexer's corpus is there).
        var load: Double
        /// The reader shows the whole corpus: the state built on it adopted (`.adopt`) and painted.
        var speakerIndex: Double
        /// Seconds of the frame that swaps the corpus in (reduce `.adopt` + render).
        var swapIn: Double
        /// Frames painted while indexing (progress and keys), and the slowest of them in seconds.
        var indexingFrames: Int
        var indexingFrameMax: Double
        var indexingFrameP99: Double
        var articles: Int
        var quotes: Int
        var speakers: Int
        var peakBytes: Int
    }

    /// Loads `paths`; with `session`, then runs `ChildSession` on the loaded corpus and returns its
    /// lines below the first.
    static func run(paths: [String], session: Bool) -> String {
        let clock = ContinuousClock()
        let start = clock.now
        let indexer = CorpusIndexer(paths: paths, readStandardInput: { Data() })
        indexer.start()
        var state = AppState.indexing(width: 120, height: 40, colors: .extended)
        blackHole(ScreenRenderer.render(state).cells.count)
        let firstScreen = (clock.now - start).seconds

        var read: Double?
        var frames: [Double] = []
        var polls = 0
        var finished: Corpus?
        while finished == nil {
            Thread.sleep(forTimeInterval: 0.005)
            polls += 1
            let progress = indexer.progress
            if read == nil, progress.articlesTotal != nil { read = (clock.now - start).seconds }
            if progress.isFinished, let corpus = indexer.corpus {
                finished = corpus
                break
            }
            let key: Key? = polls % 10 == 0 ? .character(polls % 20 == 0 ? "k" : "j") : nil
            guard progress != state.indexing || key != nil else { continue }
            let (_, seconds) = Stopwatch.measure {
                if progress != state.indexing { _ = reduce(&state, .indexProgress(progress)) }
                if let key, let action = DefaultKeymap.keymap.action(for: .key(key), in: state) { _ = reduce(&state, action) }
                blackHole(ScreenRenderer.render(state).cells.count)
            }
            frames.append(seconds)
        }
        let load = (clock.now - start).seconds
        guard let corpus = finished else { return "" }
        // As the reader does it: the state on the corpus is built on another thread while frames go on,
        // then adopted; the swap-in is that adopting frame.
        let built = Mutex<AppState?>(nil)
        let (width, height) = (state.width, state.height)
        let builder = Thread { built.withLock { $0 = AppState(corpus: corpus, width: width, height: height, colors: .extended) } }
        builder.stackSize = 8 << 20
        builder.start()
        var prepared: AppState?
        while prepared == nil {
            Thread.sleep(forTimeInterval: 0.005)
            polls += 1
            prepared = built.withLock { $0 }
            guard prepared == nil, polls % 10 == 0 else { continue }
            let (_, seconds) = Stopwatch.measure {
                if let action = DefaultKeymap.keymap.action(for: .key(.character(polls % 20 == 0 ? "k" : "j")), in: state) {
                    _ = reduce(&state, action)
                }
                blackHole(ScreenRenderer.render(state).cells.count)
            }
            frames.append(seconds)
        }
        guard let preparedState = prepared else { return "" }
        let (_, swapIn) = Stopwatch.measure {
            _ = reduce(&state, .adopt(preparedState))
            blackHole(ScreenRenderer.render(state).cells.count)
        }
        let ready = (clock.now - start).seconds
        let quotes = corpus.articles.reduce(0) { $0 + $1.quotes.count }
        let line = [
            "first=\(firstScreen)", "read=\(read ?? load)", "load=\(load)", "ready=\(ready)", "swap=\(swapIn)",
            "frames=\(frames.count)", "framemax=\(frames.max() ?? 0)",
            "framep99=\(Statistics.percentile(frames, 0.99))", "articles=\(corpus.articles.count)",
            "quotes=\(quotes)", "speakers=\(corpus.speakers.count)", "peak=\(PeakMemory.bytes() ?? 0)",
        ].joined(separator: " ")
        guard session else { return line }
        return ([line] + ChildSession.lines(corpus: corpus, configuration: Configuration()))
            .joined(separator: "\n")
    }

    /// Reads the line `run` printed.
    static func parse(_ output: String) -> Result? {
        var fields: [String: Double] = [:]
        let first = output.split(separator: "\n").first ?? ""
        for pair in first.split(whereSeparator: \.isWhitespace) {
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, let value = Double(parts[1]) else { continue }
            fields[String(parts[0])] = value
        }
        guard let first = fields["first"], let read = fields["read"], let load = fields["load"],
              let ready = fields["ready"], let swap = fields["swap"], let frames = fields["frames"],
              let frameMax = fields["framemax"], let frameP99 = fields["framep99"], let articles = fields["articles"], let quotes = fields["quotes"],
              let speakers = fields["speakers"], let peak = fields["peak"] else { return nil }
        return Result(firstScreen: first, read: read, load: load, speakerIndex: ready, swapIn: swap,
                      indexingFrames: Int(frames), indexingFrameMax: frameMax, indexingFrameP99: frameP99, articles: Int(articles),
                      quotes: Int(quotes), speakers: Int(speakers), peakBytes: Int(peak))
    }
}
