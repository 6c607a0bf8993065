import Foundation
import Testing
@testable import NewsModel

/// Loading in the background gives the same corpus as loading in the foreground, with progress.
@Suite("CorpusIndexer")
struct CorpusIndexerTests {
    @Test("the indexer's corpus equals a direct load, and its progress ends finished with every article counted")
    func sameCorpusWithProgress() async throws {
        let indexer = CorpusIndexer(paths: [Bundled.articles.path])
        #expect(indexer.corpus == nil)
        #expect(!indexer.progress.isFinished)
        indexer.start()
        var waited = 0
        while indexer.corpus == nil && waited < 6000 {
            try await Task.sleep(for: .milliseconds(10))
            waited += 1
        }
        let corpus = try #require(indexer.corpus)
        let direct = Corpus(loading: [Bundled.articles.path])
        #expect(corpus == direct)
        let progress = indexer.progress
        #expect(progress.isFinished)
        #expect(progress.filesRead == direct.filesRead)
        #expect(progress.articlesTotal == direct.articles.count)
        #expect(progress.articlesAnalysed == direct.articles.count)
    }
}
