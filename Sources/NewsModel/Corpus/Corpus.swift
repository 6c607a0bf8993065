import Foundation
import Synchronization

/// Every analysed article of a run, the speakers across them, and the account of what was read.
public struct Corpus: Sendable, Equatable {
    public var articles: [Article]
    /// Speakers with at least one quote, by id (`speakers[id].id == id`).
    public var speakers: [Speaker]
    /// What the loader read and skipped (its `documents` are not kept).
    public var problems: [LoadProblem]
    public var filesRead: Int
    public var filesSkipped: Int

    /// Analyses the documents (in parallel) and merges their speakers; `analysed` hears how many
    /// articles are done, from any thread, as the work goes on.
    public init(documents: [ArticleDocument], problems: [LoadProblem] = [], filesRead: Int = 0, filesSkipped: Int = 0,
                analysed: @Sendable (Int) -> Void = { _ in }) {
        let analyzer = ArticleAnalyzer()
        let done = Mutex(0)
        let results = Self.parallelMap(documents.indices) { index in
            let result = analyzer.analyze(documents[index], id: index)
            analysed(done.withLock { count in
                count += 1
                return count
            })
            return result
        }
        var merger = SpeakerMerger()
        var articles: [Article] = []
        articles.reserveCapacity(results.count)
        for (article, entities) in results {
            articles.append(merger.add(article, entities: entities))
        }
        self.articles = articles
        self.speakers = merger.finish(&self.articles)
        self.problems = problems
        self.filesRead = filesRead
        self.filesSkipped = filesSkipped
    }

    /// Loads `paths` with `loader` and analyses what it read.
    public init(loading paths: [String], loader: ArticleLoader = ArticleLoader(),
                readStandardInput: @escaping @Sendable () -> Data = { FileHandle.standardInput.readDataToEndOfFile() }) {
        let report = loader.load(paths: paths, readStandardInput: readStandardInput)
        self.init(documents: report.documents, problems: report.problems, filesRead: report.filesRead, filesSkipped: report.filesSkipped)
    }

    /// Runs `transform` over `indices` on all cores, keeping the order.
    static func parallelMap<T: Sendable>(_ indices: Range<Int>, _ transform: @Sendable (Int) -> T) -> [T] {
        let count = indices.count
        guard count > 1 else { return indices.map(transform) }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        nonisolated(unsafe) let slots = results
        let chunk = max(1, count / (ProcessInfo.processInfo.activeProcessorCount * 8))
        let chunks = (count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            for offset in (c * chunk)..<min(count, (c + 1) * chunk) {
                slots[offset] = transform(indices.lowerBound + offset)
            }
        }
        return results.compactMap { $0 }  // every slot is filled above, so no element is dropped
    }
}
