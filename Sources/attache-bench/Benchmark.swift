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
        // The largest plain-text corpus's last run also runs the session, once its peak memory is read.
        let largest = configuration.sizes.count - 1
        var measurements: [CorpusMeasurement] = []
        var session = ChildSession.Result()
        for (index, (corpus, (allRuns, oneRuns))) in zip(corpora, runs).enumerated() {
            let (measurement, output) = try measure(corpus, runs: allRuns, oneCoreRuns: taskset == nil ? 0 : oneRuns,
                                                    grep: grep, taskset: taskset, session: index == largest)
            measurements.append(measurement)
            if index == largest { session = ChildSession.parse(output) }
        }
        let report = Report(configuration: configuration, corpora: measurements, largest: corpora[largest],
                            frames: session.frames, filters: session.filters, searches: session.searches, oneCore: taskset != nil)
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
    /// Returns the measurement, and the output of the last run on all cores (with the session's lines
    /// when `session` asks for them).
    private func measure(_ corpus: CorpusFiles, runs: Int, oneCoreRuns: Int, grep: String,
                         taskset: String?, session: Bool) throws -> (CorpusMeasurement, String) {
        log("measuring \(corpus.name) (\(Table.fixed(corpus.megabytes, 1)) MB): \(runs) runs on all cores, "
            + "\(oneCoreRuns) on one\(session ? ", the last with the 1 000-key session" : "") (load average \(Self.loadAverage()))")
        var measurement = CorpusMeasurement(files: corpus)
        var lastOutput = ""
        let me = ChildProcess.currentExecutable
        for run in 0..<max(runs, oneCoreRuns) {
            measurement.grep.append(try grepOnce(grep, corpus))
            if run < oneCoreRuns, let taskset {
                measurement.oneCore.append(try childLoad(taskset, ["-c", "0", me, ChildLoad.command] + corpus.paths).result)
            }
            if run < runs {
                let flags = session && run == runs - 1 ? [ChildSession.flag] : []
                let (result, output) = try childLoad(me, [ChildLoad.command] + flags + corpus.paths)
                measurement.allCores.append(result)
                lastOutput = output
            }
        }
        return (measurement, lastOutput)
    }

    private func childLoad(_ executable: String, _ arguments: [String]) throws -> (result: ChildLoad.Result, output: String) {
        let outcome = try ChildProcess.run(executable, arguments)
        guard let result = ChildLoad.parse(outcome.output) else {
            throw BenchError.childFailed(command: ChildLoad.command, status: 0, output: outcome.output)
        }
        return (result, outcome.output)
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
