import Foundation
import NewsModel
import ReaderUI

/// The whole benchmark of issue 5: generates the corpora, measures, prints the tables, cleans up.
struct Benchmark {
    let configuration: Configuration

    func run() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let started = ContinuousClock().now
        log("attache-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores, load average \(Self.loadAverage())")

        let (archive, feed) = try generate(into: scratch.path)
        var corpora = configuration.sizes.map { archive.corpus(articles: $0.articles) }
        corpora.append(CorpusFiles(name: "JSON Lines feed", paths: [feed.path], articles: feed.articles, bytes: feed.bytes))
        let runs = configuration.sizes.map { ($0.runs, $0.oneCoreRuns) } + [(configuration.feedRuns, 0)]

        guard let grep = ChildProcess.which("grep") else { throw BenchError.missingProgram("grep") }
        let taskset = ChildProcess.which("taskset")
        for corpus in corpora {  // warm the page cache, so grep and the loads both read from memory
            _ = try grepOnce(grep, corpus)
        }
        var measurements: [CorpusMeasurement] = []
        for (corpus, (allRuns, oneRuns)) in zip(corpora, runs) {
            measurements.append(try measure(corpus, runs: allRuns, oneCoreRuns: taskset == nil ? 0 : oneRuns,
                                             grep: grep, taskset: taskset))
        }

        guard let largest = corpora.dropLast().last else { return }
        log("session: loading \(largest.name) in-process for the frame and filter timings")
        let (corpus, _) = Stopwatch.measure { Corpus(loading: largest.paths) }
        let state = AppState(corpus: corpus, width: configuration.sessionWidth, height: configuration.sessionHeight,
                             colors: .extended)
        var sessionState = state
        let keys = FrameSession.script(count: configuration.sessionKeys, corpus: corpus, seed: configuration.seed)
        let frames = FrameSession.run(keys, on: &sessionState, budget: configuration.sessionBudget)
        let filters = SpeakerFilterTiming.speakers(of: corpus, popular: 5, rare: 5)
            .compactMap { SpeakerFilterTiming.measure($0, from: state) }

        let report = Report(configuration: configuration, corpora: measurements, largest: largest, frames: frames,
                            filters: filters, speakers: corpus.speakers.count, oneCore: taskset != nil)
        print(report.text)
        let total = (ContinuousClock().now - started).seconds
        print("\nWhole run: \(Table.fixed(total, 0)) s; load average now \(Self.loadAverage()).")
    }

    /// Writes an archive of `articles` and the feed into `root`, and keeps them (for profiling).
    func generateOnly(articles: Int, into root: String) throws {
        var configuration = configuration
        configuration.sizes = [Configuration.Size(articles: articles, runs: 0, oneCoreRuns: 0)]
        _ = try Benchmark(configuration: configuration).generate(into: root)
    }

    /// Writes the plain-text archive (as large as the largest size) and the JSON Lines feed.
    private func generate(into root: String) throws -> (GeneratedArchive, GeneratedFile) {
        let templates = ArticleTemplate.bundled(in: try BundledArticles.directory())
        let pool = NamePool(size: configuration.people, seed: configuration.seed)
        var generator = CorpusGenerator(templates: templates, pool: pool, seed: configuration.seed)
        let largest = configuration.sizes.map(\.articles).max() ?? 0
        log("generating \(Table.grouped(largest)) articles from \(templates.count) bundled ones, and a "
            + "\(configuration.feedBytes / 1_000_000) MB JSON Lines feed, in \(root)")
        let ((archive, feed), seconds) = try Stopwatch.measure {
            (try generator.writeArchive(articles: largest, into: root + "/archive"),
             try generator.writeJSONLines(bytes: configuration.feedBytes, to: root + "/feed.jsonl"))
        }
        log("generated in \(Table.fixed(seconds, 1)) s")
        return (archive, feed)
    }

    /// Interleaves the runs (grep, all cores, one core, grep, …) so each figure and its reference see
    /// the same machine.
    private func measure(_ corpus: CorpusFiles, runs: Int, oneCoreRuns: Int, grep: String,
                         taskset: String?) throws -> CorpusMeasurement {
        log("measuring \(corpus.name) (\(Table.fixed(corpus.megabytes, 1)) MB): \(runs) runs on all cores, "
            + "\(oneCoreRuns) on one")
        var measurement = CorpusMeasurement(files: corpus)
        let me = ChildProcess.currentExecutable
        for run in 0..<max(runs, oneCoreRuns) {
            measurement.grep.append(try grepOnce(grep, corpus))
            if run < runs {
                measurement.allCores.append(try childLoad(me, [ChildLoad.command] + corpus.paths))
            }
            if run < oneCoreRuns, let taskset {
                measurement.oneCore.append(try childLoad(taskset, ["-c", "0", me, ChildLoad.command] + corpus.paths))
            }
        }
        return measurement
    }

    private func childLoad(_ executable: String, _ arguments: [String]) throws -> ChildLoad.Result {
        let outcome = try ChildProcess.run(executable, arguments)
        guard let result = ChildLoad.parse(outcome.output) else {
            throw BenchError.childFailed(command: ChildLoad.command, status: 0, output: outcome.output)
        }
        return result
    }

    /// `grep -c '“' -r PATHS`: the cost of just reading the files, in seconds.
    private func grepOnce(_ grep: String, _ corpus: CorpusFiles) throws -> Double {
        try ChildProcess.run(grep, ["-c", "“", "-r"] + corpus.paths, captureOutput: false, accepted: [0, 1]).seconds
    }

    static func loadAverage() -> String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3)
            .joined(separator: " ") ?? "unknown"
    }
}

/// Progress on standard error, so the table on standard output stays clean.
func log(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
