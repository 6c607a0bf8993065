/// Every load of one corpus: on all cores, on one core, and the `grep` reference over the same files.
struct CorpusMeasurement {
    var files: CorpusFiles
    var allCores: [ChildLoad.Result] = []
    var oneCore: [ChildLoad.Result] = []
    var grep: [Double] = []

    private func median(_ runs: [ChildLoad.Result], _ value: (ChildLoad.Result) -> Double) -> Double {
        Statistics.median(runs.map(value))
    }

    /// Median seconds of load + quote finding + attribution on all cores.
    var load: Double { median(allCores, \.load) }
    var read: Double { median(allCores, \.read) }
    var oneCoreLoad: Double { median(oneCore, \.load) }
    var grepSeconds: Double { Statistics.median(grep) }
    var firstScreen: Double { median(allCores, \.firstScreen) }
    var speakerIndex: Double { median(allCores, \.speakerIndex) }
    var swapIn: Double { median(allCores, \.swapIn) }
    /// The slowest frame painted while indexing, over every run on all cores.
    var indexingFrameMax: Double { allCores.map(\.indexingFrameMax).max() ?? 0 }
    /// The median over runs of each run's 99th-percentile frame while indexing.
    var indexingFrameP99: Double { median(allCores, \.indexingFrameP99) }
    var peakBytes: Int { allCores.map(\.peakBytes).max() ?? 0 }

    var throughput: Double { files.megabytes / load }
    var oneCoreThroughput: Double { oneCore.isEmpty ? 0 : files.megabytes / oneCoreLoad }
    var grepThroughput: Double { files.megabytes / grepSeconds }
    /// Load time per article, in microseconds.
    var microsecondsPerArticle: Double { load / Double(files.articles) * 1e6 }
    var memoryMultiple: Double { Double(peakBytes) / Double(files.bytes) }
}
