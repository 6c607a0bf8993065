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
        self.init(documents: consume documents, problems: problems, filesRead: filesRead, filesSkipped: filesSkipped,
                  chunk: Self.analysisChunk, analysed: analysed)
    }

    /// The corpus of `documents` analysed `chunk` at a time (see the public initialiser).
    init(documents: consuming [ArticleDocument], problems: [LoadProblem], filesRead: Int, filesSkipped: Int, chunk: Int,
         analysed: @Sendable (Int) -> Void) {
        let analyzer = ArticleAnalyzer()
        // (an optional, let go before the speakers are finished: the end of the load has no use for the
        // megabytes of word forms)
        var caches: WordFactsCaches? = WordFactsCaches()
        // An atomic count, not a Mutex: ThreadSanitizer does not see the locking inside the (uninstrumented)
        // Synchronization library, and reported the workers' increments under a Mutex as a race.
        let done = Atomic(0)
        let merge = ChunkMerge(articles: documents.count)
        let merging = DispatchGroup()
        // In chunks, so each chunk's entity tables are merged and dropped before the next is analysed:
        // holding every article's entities until the end made the peak memory several times the corpus.
        // A chunk is merged on a thread of its own while the next one is analysed: merged in between, the
        // merge left every core but one idle. Each chunk's documents are an array of their own, let go once
        // analysed: one array for all, its places overwritten as they were analysed, kept its buffer (22 MB
        // at 100 000 articles) to the end of the load.
        var chunks = stride(from: 0, to: documents.count, by: max(1, chunk)).map { start in
            Array(documents[start..<min(documents.count, start + max(1, chunk))])
        }
        documents = []
        var firstID = 0
        for number in chunks.indices {
            let batch = chunks[number]
            chunks[number] = []  // `batch` holds the only copy, freed with it
            let (first, wordCaches) = (firstID, caches)
            var results = Parallel.map(batch.indices) { offset in
                let result = analyzer.analyze(batch[offset], id: first + offset, caches: wordCaches)
                analysed(done.add(1, ordering: .relaxed).newValue)
                // what the merge needs of the entities made here, and the entity table let go here (see
                // `SpeakingEntities`): the merge runs on one thread
                return (article: result.article, speaking: SpeakingEntities(result.article, table: result.entities))
            }
            merging.wait()  // the chunk before, handed over below on the last round
            swap(&merge.pending, &results)  // the merge holds the only copy
            DispatchQueue.global().async(group: merging) { merge.mergePending() }
            firstID += batch.count
        }
        caches = nil
        merging.wait()
        // What the analysis freed goes back to the system before the speakers are finished: kept, it was
        // resident beside the large arrays that finishing makes, which cannot reuse its small pieces.
        HeapTrim.returnFreedMemory()
        self.speakers = merge.merger.finish(&merge.articles)
        self.articles = merge.articles
        self.problems = problems
        self.filesRead = filesRead
        self.filesSkipped = filesSkipped
    }

    /// Articles analysed together before their speakers are merged: enough to keep every core busy.
    static let analysisChunk = 2_048

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
    var pending: [(article: Article, speaking: SpeakingEntities)] = []
    /// The sources and authors met so far, each once (see `Article.shareRepeatedMetadata`).
    private var sources: [String: String] = [:]

    init(articles count: Int) { articles.reserveCapacity(count) }

    /// Merges the pending chunk's speakers and adds its articles.
    func mergePending() {
        // Merged where they lie, and only then shared with `articles`: an article rewritten while
        // another copy held it would copy its quotes, and one copy of every article's quotes and
        // mentions would outlive the merge.
        for index in pending.indices {
            let speaking = pending[index].speaking
            merger.add(&pending[index].article, speaking: speaking)
        }
        // Each article's arrays copied here, where the articles are kept, and the copies the analysis made
        // let go: made among the analysis's short-lived allocations, they held a page resident around each
        // of them once those were freed (21 MB at 100 000 articles, after malloc_trim); made here, they lie
        // together.
        for index in pending.indices {
            pending[index].article.moveArraysHere()
            pending[index].article.shareRepeatedMetadata(&sources)
        }
        articles += pending.lazy.map(\.article)
        pending = []
    }
}
