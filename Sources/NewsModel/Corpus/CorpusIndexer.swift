import Foundation
import Synchronization

/// Loads and analyses a corpus on a background thread, so a reader can paint at once and show
/// how far the indexing has come.
///
/// Progress and the finished corpus are read from any thread; the work itself never touches the
/// caller's state, it only hands over the result.
public final class CorpusIndexer: Sendable {
    /// How far the indexing has come.
    public struct Progress: Sendable, Equatable {
        /// Files read so far.
        public var filesRead = 0
        /// Articles analysed so far, and how many there are once every file is read.
        public var articlesAnalysed = 0
        public var articlesTotal: Int?
        public var isFinished = false

        public init() {}
    }

    private let paths: [String]
    private let loader: ArticleLoader
    private let readStandardInput: @Sendable () -> Data
    private let state = Mutex<(progress: Progress, corpus: Corpus?)>((Progress(), nil))

    public init(paths: [String], loader: ArticleLoader = ArticleLoader(),
                readStandardInput: @escaping @Sendable () -> Data = { FileHandle.standardInput.readDataToEndOfFile() }) {
        self.paths = paths
        self.loader = loader
        self.readStandardInput = readStandardInput
    }

    /// Starts the work on a background thread and returns at once.
    public func start() {
        let thread = Thread { [self] in run() }
        thread.stackSize = 8 << 20
        thread.start()
    }

    public var progress: Progress { state.withLock { $0.progress } }

    /// The corpus once the indexing has finished, else nil.
    public var corpus: Corpus? { state.withLock { $0.corpus } }

    /// Does the whole job on the calling thread (what `start` runs in the background).
    public func run() {
        var report = loader.load(paths: paths, readStandardInput: readStandardInput) { files in
            self.state.withLock { $0.progress.filesRead = files }
        }
        state.withLock { $0.progress.articlesTotal = report.documents.count }
        // The documents are handed over, not shared, so the analysis can let each chunk go.
        let documents = report.documents
        report.documents = []
        let corpus = Corpus(documents: consume documents, problems: report.problems, filesRead: report.filesRead,
                            filesSkipped: report.filesSkipped) { done in
            self.state.withLock { $0.progress.articlesAnalysed = max($0.progress.articlesAnalysed, done) }
        }
        HeapTrim.returnFreedMemory()  // before the reader builds its state on the corpus (see HeapTrim)
        state.withLock {
            $0.corpus = corpus
            $0.progress.isFinished = true
        }
    }
}
