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
    /// articles are done, from any thread, as the work goes on. Each chunk of documents is let go once
    /// analysed, so a caller that hands its only copy over (`consume`) never holds the text twice.
    public init(documents: consuming [ArticleDocument], problems: [LoadProblem] = [], filesRead: Int = 0, filesSkipped: Int = 0,
                analysed: @Sendable (Int) -> Void = { _ in }) {
        let analyzer = ArticleAnalyzer()
        let caches = WordFactsCaches()
        // An atomic count, not a Mutex: ThreadSanitizer does not see the locking inside the (uninstrumented)
        // Synchronization library, and reported the workers' increments under a Mutex as a race.
        let done = Atomic(0)
        let merge = ChunkMerge(articles: documents.count)
        let merging = DispatchGroup()
        // In chunks, so each chunk's entity tables are merged and dropped before the next is analysed:
        // holding every article's entities until the end made the peak memory several times the corpus.
        // A chunk is merged on a thread of its own while the next one is analysed: merged in between, the
        // merge left every core but one idle.
        var chunkStart = 0
        while chunkStart < documents.count {
            let chunk = chunkStart..<min(documents.count, chunkStart + Self.analysisChunk)
            let batch = Array(documents[chunk])
            documents.replaceSubrange(chunk, with: repeatElement(Self.spent, count: chunk.count))
            var results = Parallel.map(batch.indices) { offset in
                let result = analyzer.analyze(batch[offset], id: chunk.lowerBound + offset, caches: caches)
                analysed(done.add(1, ordering: .relaxed).newValue)
                return result
            }
            merging.wait()  // the chunk before, handed over below on the last round
            swap(&merge.pending, &results)  // the merge holds the only copy
            DispatchQueue.global().async(group: merging) { merge.mergePending() }
            chunkStart = chunk.upperBound
        }
        merging.wait()
        documents = []  // the spent placeholders, a few hundred bytes each, need not outlive the merge
        self.speakers = merge.merger.finish(&merge.articles)
        self.articles = merge.articles
        self.problems = problems
        self.filesRead = filesRead
        self.filesSkipped = filesSkipped
    }

    /// Articles analysed together before their speakers are merged: enough to keep every core busy.
    static let analysisChunk = 2_048
    /// What stands in for a document once it has been analysed.
    static let spent = ArticleDocument(file: "", metadata: ArticleMetadata(), paragraphs: [])

    /// Loads `paths` with `loader` and analyses what it read.
    public init(loading paths: [String], loader: ArticleLoader = ArticleLoader(),
                readStandardInput: @escaping @Sendable () -> Data = { FileHandle.standardInput.readDataToEndOfFile() }) {
        var report = loader.load(paths: paths, readStandardInput: readStandardInput)
        let documents = report.documents
        report.documents = []
        self.init(documents: consume documents, problems: report.problems, filesRead: report.filesRead, filesSkipped: report.filesSkipped)
    }
}

/// The speaker merge of a load, done chunk by chunk on another thread while the next chunk is analysed.
/// Only one thread uses it at a time: the merging thread between `async` and the `wait` on its group,
/// the loading thread otherwise; the group's wait orders the two.
private final class ChunkMerge: @unchecked Sendable {
    var merger = SpeakerMerger()
    var articles: [Article] = []
    /// The analysed chunk to merge next; held here alone, so its articles are rewritten in place.
    var pending: [(article: Article, entities: [LocalEntity])] = []

    init(articles count: Int) { articles.reserveCapacity(count) }

    /// Merges the pending chunk's speakers and adds its articles.
    func mergePending() {
        // Merged where they lie, and only then shared with `articles`: an article rewritten while
        // another copy held it would copy its quotes, and one copy of every article's quotes and
        // mentions would outlive the merge.
        for index in pending.indices {
            let entities = pending[index].entities
            merger.add(&pending[index].article, entities: entities)
        }
        articles += pending.lazy.map(\.article)
        pending = []
    }
}
