import Foundation
import ReaderUI

/// The benchmark's printed result: the per-corpus table, the session's slowest actions, and the
/// figures of issue 5 against their targets.
struct Report {
    let configuration: Configuration
    let corpora: [CorpusMeasurement]
    let largest: CorpusFiles
    let frames: [FrameSession.Frame]
    let filters: [SpeakerFilterTiming.Sample]
    let searches: [SearchTiming.Sample]
    let oneCore: Bool

    var text: String {
        [corpusTable, actionTable, filterTable, figureTable].joined(separator: "\n\n")
    }

    private func ms(_ seconds: Double) -> String { Table.fixed(seconds * 1_000, seconds < 0.01 ? 2 : 1) }

    /// One row per corpus: throughput, reference, cost per article, first screen, memory.
    private var corpusTable: String {
        var table = Table(["corpus", "MB", "runs", "load s", "read %", "MB/s all", "MB/s 1 core", "grep MB/s",
                           "all/grep", "µs/article", "1st screen ms", "indexing frame p99/max ms", "index s",
                           "swap-in ms", "peak MB", "×disk", "quotes", "speakers"], rightAligned: Set(1...17))
        for m in corpora {
            table.add([
                m.files.name, Table.fixed(m.files.megabytes, 1), "\(m.allCores.count)/\(m.oneCore.count)",
                Table.fixed(m.load, 2), Table.fixed(m.read / m.load * 100, 0), Table.fixed(m.throughput, 2),
                m.oneCore.isEmpty ? "–" : Table.fixed(m.oneCoreThroughput, 2), Table.fixed(m.grepThroughput, 0),
                Table.fixed(m.throughput / m.grepThroughput, 4), Table.fixed(m.microsecondsPerArticle, 0),
                ms(m.firstScreen), "\(ms(m.indexingFrameP99))/\(ms(m.indexingFrameMax))", Table.fixed(m.speakerIndex, 2), ms(m.swapIn),
                Table.fixed(Double(m.peakBytes) / 1_000_000, 0), Table.fixed(m.memoryMultiple, 2),
                Table.grouped(m.allCores.first?.quotes ?? 0), Table.grouped(m.allCores.first?.speakers ?? 0),
            ])
        }
        return """
            Per corpus (medians; runs = on all cores / on one core (taskset -c 0); page cache warm for grep and \
            loads alike). Each run starts the reader headless in a fresh process: CorpusIndexer in the background, \
            the indexing screen painted at 120×40, progress painted and j/k pressed every 50 ms until the state built on the corpus is adopted.
            load = start → indexer finished (read + quote finding + attribution + speaker merge); read % = its \
            serial file-reading share; index = start → the state built on the corpus (off the UI thread) adopted and painted; swap-in = that one frame.

            """ + table.text
    }

    /// The session's frames grouped by action: where the slow frames come from.
    private var actionTable: String {
        var groups: [String: [FrameSession.Frame]] = [:]
        for frame in frames {
            groups[frame.action, default: []].append(frame)
        }
        var table = Table(["action", "keys", "p50 ms", "max ms", "render p50 ms"], rightAligned: [1, 2, 3, 4])
        let slowestFirst = groups.sorted { ($0.value.map(\.seconds).max() ?? 0) > ($1.value.map(\.seconds).max() ?? 0) }
        for (action, group) in slowestFirst {
            let times = group.map(\.seconds)
            table.add([String(action.prefix(30)), "\(group.count)", ms(Statistics.median(times)), ms(times.max() ?? 0),
                       ms(Statistics.median(group.map(\.render)))])
        }
        return "Scripted session: \(frames.count) keys at \(configuration.sessionWidth)×\(configuration.sessionHeight) "
            + "on \(largest.name) (keymap + reduce + render per key; render alone in the last column), by action\n"
            + table.text
    }

    private var filterTable: String {
        var table = Table(["speaker", "quotes", "apply ms", "of which render", "clear ms", "of which render"],
                          rightAligned: [1, 2, 3, 4, 5])
        for sample in filters {
            table.add([sample.speaker, "\(sample.quotes)", ms(sample.apply), ms(sample.applyRender), ms(sample.clear),
                       ms(sample.clearRender)])
        }
        return "Speaker filter on \(largest.name) (Enter in the picker / Esc: reduce + render)\n" + table.text
            + "\n\nSearch on \(largest.name) from the first article (/ query Enter, then a step per turn of the run loop; reduce + render)\n"
            + searchTable.text
    }

    private var searchTable: Table {
        var table = Table(["query", "found", "frames", "first ms", "slowest ms", "until found or not ms"], rightAligned: [2, 3, 4, 5])
        for sample in searches {
            table.add([sample.query, sample.found ? "yes" : "nowhere", "\(sample.steps)", ms(sample.first), ms(sample.slowest),
                       ms(sample.total)])
        }
        return table
    }

    /// The figures, each against its target, with how far it is from it.
    private var figureTable: String {
        var table = Table(["figure", "value", "target", "met", "margin"], rightAligned: [])
        guard let big = corpora.dropLast().last, let small = corpora.first, let feed = corpora.last else { return "" }
        // Throughput is read where it was measured on one core too (the same files, the same minutes).
        let through = corpora.dropLast().last { !$0.oneCore.isEmpty } ?? big
        let ratio = through.throughput / through.grepThroughput
        table.add(["1. throughput, all cores (\(through.files.name))",
                   "\(Table.fixed(through.throughput, 2)) MB/s = \(Table.fixed(ratio, 4))× grep (\(Table.fixed(through.grepThroughput, 0)) MB/s)",
                   "≥ 0.333× grep", mark(ratio >= 1.0 / 3), higher(ratio, 1.0 / 3)])
        if oneCore {
            table.add(["   throughput, one core (\(through.files.name))",
                       "\(Table.fixed(through.oneCoreThroughput, 2)) MB/s = \(Table.fixed(through.oneCoreThroughput / through.grepThroughput, 4))× grep; "
                           + "all cores ×\(Table.fixed(through.throughput / through.oneCoreThroughput, 2))", "–", "", ""])
        }
        if through.files.name != big.files.name {
            table.add(["   throughput, all cores (\(big.files.name))",
                   "\(Table.fixed(big.throughput, 2)) MB/s = \(Table.fixed(big.throughput / big.grepThroughput, 4))× grep (\(Table.fixed(big.grepThroughput, 0)) MB/s)",
                       "≥ 0.333× grep", mark(big.throughput / big.grepThroughput >= 1.0 / 3),
                       higher(big.throughput / big.grepThroughput, 1.0 / 3)])
        }
        let feedRatio = feed.throughput / feed.grepThroughput
        table.add(["   throughput, all cores (\(feed.files.name), \(Table.fixed(feed.files.megabytes, 0)) MB)",
                   "\(Table.fixed(feed.throughput, 2)) MB/s = \(Table.fixed(feedRatio, 4))× grep (\(Table.fixed(feed.grepThroughput, 0)) MB/s)",
                   "≥ 0.333× grep", mark(feedRatio >= 1.0 / 3), higher(feedRatio, 1.0 / 3)])
        let worstScreen = corpora.dropLast().max { $0.firstScreen < $1.firstScreen } ?? big
        table.add(["2. first screen (\(worstScreen.files.name), the slowest size)", "\(ms(worstScreen.firstScreen)) ms",
                   "< 150 ms", mark(worstScreen.firstScreen < 0.150), lower(worstScreen.firstScreen, 0.150)])
        let indexingP99 = corpora.map(\.indexingFrameP99).max() ?? 0
        let indexingMax = corpora.map(\.indexingFrameMax).max() ?? 0
        table.add(["   frame while indexing, p99 (max) (keys, progress)", "\(ms(indexingP99)) (\(ms(indexingMax))) ms",
                   "p99 < 5 ms", mark(indexingP99 < 0.005), lower(indexingP99, 0.005)])
        table.add(["   frame that swaps the corpus in (\(big.files.name))", "\(ms(big.swapIn)) ms", "–", "", ""])
        table.add(["3. complete speaker index (\(big.files.name))",
                   "\(Table.fixed(big.speakerIndex, 2)) s (\(Table.grouped(big.allCores.first?.speakers ?? 0)) speakers)", "–", "", ""])
        let times = frames.map(\.seconds)
        let p99 = Statistics.percentile(times, 0.99)
        let keys = frames.count < configuration.sessionKeys
            ? "\(frames.count) of \(configuration.sessionKeys) keys: \(Int(configuration.sessionBudget)) s budget spent"
            : "\(frames.count) keys"
        table.add(["4. frame p50 / p99 / max (\(keys), 200×60)",
                   "\(ms(Statistics.median(times))) / \(ms(p99)) / \(ms(times.max() ?? 0)) ms",
                   "p99 < 5 ms", mark(p99 < 0.005), lower(p99, 0.005)])
        let apply = filters.map(\.apply), clear = filters.map(\.clear)
        let worstFilter = max(apply.max() ?? 0, clear.max() ?? 0)
        table.add(["5. speaker filter apply / clear, median (max)",
                   "\(ms(Statistics.median(apply))) (\(ms(apply.max() ?? 0))) / \(ms(Statistics.median(clear))) (\(ms(clear.max() ?? 0))) ms",
                   "< 20 ms", mark(worstFilter < 0.020), lower(worstFilter, 0.020)])
        table.add(["6. peak memory / corpus on disk (\(big.files.name))",
                   "\(Table.fixed(big.memoryMultiple, 2))× (\(Table.fixed(Double(big.peakBytes) / 1e6, 0)) MB for \(Table.fixed(big.files.megabytes, 0)) MB)",
                   "< 3×", mark(big.memoryMultiple < 3), lower(big.memoryMultiple, 3)])
        let growth = big.microsecondsPerArticle / small.microsecondsPerArticle
        table.add(["7. cost per article \(Table.grouped(small.files.articles)) → \(Table.grouped(big.files.articles))",
                   corpora.dropLast().map { Table.fixed($0.microsecondsPerArticle, 0) }.joined(separator: " → ")
                       + " µs (×\(Table.fixed(growth, 2)))",
                   "≤ 1.5×", mark(growth <= 1.5), lower(growth, 1.5)])
        return "Issue 5 figures (medians; load average at the end: \(Benchmark.loadAverage()))\n" + table.text
    }

    private func mark(_ met: Bool) -> String { met ? "yes" : "NO" }
    /// How many times better than its target a lower-is-better value is ("3.2× under", "1.4× over").
    private func lower(_ value: Double, _ target: Double) -> String {
        value <= target ? "\(Table.fixed(target / value, 1))× under" : "\(Table.fixed(value / target, 1))× over"
    }
    private func higher(_ value: Double, _ target: Double) -> String {
        value >= target ? "\(Table.fixed(value / target, 1))× above" : "\(Table.fixed(target / value, 1))× short"
    }
}
