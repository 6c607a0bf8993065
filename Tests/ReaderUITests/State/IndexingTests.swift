import Foundation
import Testing
import NewsModel
@testable import ReaderUI

/// The reader before its corpus is ready, and the problems of a load.
@Suite("Indexing in the background, and problems")
struct IndexingTests {
    @Test("while indexing the screen shows progress in the list and the status line, and keys still work")
    func paintsWhileIndexing() {
        var state = AppState.indexing(width: 100, height: 30, colors: .extended)
        var progress = CorpusIndexer.Progress()
        progress.filesRead = 12
        _ = reduce(&state, .indexProgress(progress))
        #expect(CanvasDump.dump(ScreenRenderer.render(state)).contains("reading files… 12 read"))
        progress.articlesTotal = 40
        progress.articlesAnalysed = 25
        _ = reduce(&state, .indexProgress(progress))
        let screen = CanvasDump.dump(ScreenRenderer.render(state))
        #expect(screen.contains("Indexing… 25/40 articles"))
        #expect(screen.contains("indexing… 25/40 articles"))
        // The header shows the progress too, not the empty corpus' "0 articles · 0 quotes".
        #expect(screen.split(separator: "\n").first?.contains("attache  indexing… 25/40 articles") == true)
        #expect(!screen.contains(" 0 articles"))
        _ = reduce(&state, .toggleHelp)
        #expect(state.showsHelp)
        #expect(reduce(&state, .nextQuote).isEmpty)
    }

    @Test("when the corpus arrives the reader starts on it, the help still open; a single article opens directly")
    func corpusArrives() {
        var state = AppState.indexing(width: 100, height: 30, colors: .extended)
        _ = reduce(&state, .toggleHelp)
        _ = reduce(&state, .corpusReady(Fixture.seedCorpus))
        #expect(state.indexing == nil)
        #expect(state.showsHelp)
        #expect(state.reading?.article == 0)
        #expect(state.focus == .article)
        _ = reduce(&state, .cancel)
        _ = reduce(&state, .nextQuote)
        #expect(state.currentQuote?.text.hasPrefix("Als Russen") == true)
    }

    @Test("a state built elsewhere at another size is adopted at the current size, the help still open")
    func adoptPrepared() {
        var state = AppState.indexing(width: 100, height: 30, colors: .extended)
        _ = reduce(&state, .toggleHelp)
        _ = reduce(&state, .resize(width: 60, height: 20))
        let prepared = AppState(corpus: Fixture.seedCorpus, width: 120, height: 40, colors: .extended)
        _ = reduce(&state, .adopt(prepared))
        #expect(state.width == 60 && state.height == 20)
        #expect(state.reading?.layout.width == ScreenLayout.articleWrapWidth(width: 60, height: 20))
        #expect(state.showsHelp)
        #expect(state.indexing == nil)
    }

    @Test("p lists every problem of the load with its reason, and the status line counts them")
    func problemsPane() {
        let corpus = Corpus(loading: [Fixture.seed.path, "/no/such/file.txt", "/no/such/dir"])
        var state = Fixture.state(corpus, width: 120, height: 30)
        #expect(CanvasDump.dump(ScreenRenderer.render(state)).contains("⚠ 2 problems (p)"))
        _ = reduce(&state, .toggleProblems)
        #expect(state.sidebar == .problems)
        let screen = CanvasDump.dump(ScreenRenderer.render(state))
        #expect(screen.contains("Problems (2)"))
        #expect(screen.contains("/no/such/file.txt"))
        _ = reduce(&state, .lineDown)
        #expect(state.problemCursor.selection == 1)
        #expect(StatusLine.position(state).contains("/no/such/dir"))
        _ = reduce(&state, .cancel)
        #expect(state.sidebar == .articles)
    }
}
