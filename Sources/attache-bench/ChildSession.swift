import NewsModel
import ReaderUI

/// The hidden `child-session` subcommand: loads a corpus, then runs the scripted session and prints
/// its frame times, so a profiler (`perf record`, `valgrind --tool=callgrind`) can watch the frame path.
enum ChildSession {
    static let command = "child-session"

    static func run(paths: [String], keys count: Int) -> String {
        let corpus = Corpus(loading: paths)
        var state = AppState(corpus: corpus, width: 200, height: 60, colors: .extended)
        let keys = FrameSession.script(count: count, corpus: corpus, seed: 2_024)
        let times = FrameSession.run(keys, on: &state).map(\.seconds)
        return "keys=\(times.count) p50=\(Statistics.median(times)) p99=\(Statistics.percentile(times, 0.99)) "
            + "max=\(times.max() ?? 0) total=\(times.reduce(0, +))"
    }
}
