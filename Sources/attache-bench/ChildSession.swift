import NewsModel
import ReaderUI

/// The scripted session and the speaker filter timings, run inside the child that has just loaded the
/// largest corpus (after its peak memory is read), so the run loads that corpus once less.
///
/// It prints one line per frame (`frame SECONDS RENDER ACTION`) and per filter sample
/// (`filter APPLY CLEAR APPLY-RENDER CLEAR-RENDER QUOTES NAME`) and per search (`search FIRST SLOWEST TOTAL
/// STEPS FOUND QUERY`), which `parse` reads back.
enum ChildSession {
    /// The flag that asks `child-load` for the session; `child-session` runs it alone (for a profiler).
    static let flag = "--session"
    static let command = "child-session"

    /// What the session measured.
    struct Result {
        var frames: [FrameSession.Frame] = []
        var filters: [SpeakerFilterTiming.Sample] = []
        var searches: [SearchTiming.Sample] = []
    }

    static func lines(corpus: Corpus, configuration: Configuration) -> [String] {
        let state = AppState(corpus: corpus, width: configuration.sessionWidth, height: configuration.sessionHeight,
                             colors: .extended)
        var sessionState = state
        let keys = FrameSession.script(count: configuration.sessionKeys, corpus: corpus, seed: configuration.seed)
        let frames = FrameSession.run(keys, on: &sessionState, budget: configuration.sessionBudget)
        let filters = SpeakerFilterTiming.speakers(of: corpus, popular: 3, rare: 3)
            .compactMap { SpeakerFilterTiming.measure($0, from: state) }
        let searches = SearchTiming.queries.map { SearchTiming.measure($0, from: state) }
        return frames.map { "frame \($0.seconds) \($0.render) \($0.action)" }
            + filters.map { "filter \($0.apply) \($0.clear) \($0.applyRender) \($0.clearRender) \($0.quotes) \($0.speaker)" }
            + searches.map { "search \($0.first) \($0.slowest) \($0.total) \($0.steps) \($0.found) \($0.query)" }
    }

    static func parse(_ output: String) -> Result {
        var result = Result()
        for line in output.split(separator: "\n") {
            let fields = line.split(separator: " ", maxSplits: 6, omittingEmptySubsequences: false)
            switch fields.first {
            case "frame":
                guard fields.count >= 4, let seconds = Double(fields[1]), let render = Double(fields[2]) else { continue }
                result.frames.append(FrameSession.Frame(action: fields[3...].joined(separator: " "), seconds: seconds,
                                                        render: render))
            case "filter":
                guard fields.count == 7, let apply = Double(fields[1]), let clear = Double(fields[2]),
                      let applyRender = Double(fields[3]), let clearRender = Double(fields[4]),
                      let quotes = Int(fields[5]) else { continue }
                result.filters.append(SpeakerFilterTiming.Sample(
                    speaker: String(fields[6]), quotes: quotes, apply: apply, clear: clear,
                    applyRender: applyRender, clearRender: clearRender))
            case "search":
                guard fields.count == 7, let first = Double(fields[1]), let slowest = Double(fields[2]),
                      let total = Double(fields[3]), let steps = Int(fields[4]), let found = Bool(String(fields[5])) else { continue }
                result.searches.append(SearchTiming.Sample(query: String(fields[6]), found: found, first: first,
                                                           slowest: slowest, total: total, steps: steps))
            default:
                continue
            }
        }
        return result
    }

    /// `child-session PATH…`: loads, then runs the session alone and prints a summary.
    ///
    /// Every key is run, with no time budget: under a profiler (valgrind runs it some fifty times
    /// slower) the budget cut the session short after a few hundred keys, a different number for every
    /// build, so two builds' instruction counts measured different sessions.
    static func runAlone(paths: [String]) -> String {
        var configuration = Configuration()
        configuration.sessionBudget = .infinity
        let result = parse(lines(corpus: Corpus(loading: paths), configuration: configuration).joined(separator: "\n"))
        let times = result.frames.map(\.seconds)
        return "keys=\(times.count) p50=\(Statistics.median(times)) p99=\(Statistics.percentile(times, 0.99)) "
            + "max=\(times.max() ?? 0) total=\(times.reduce(0, +))"
            + result.searches.map { " search(\($0.query)) first=\($0.first) slowest=\($0.slowest) total=\($0.total) steps=\($0.steps)" }.joined()
    }
}
