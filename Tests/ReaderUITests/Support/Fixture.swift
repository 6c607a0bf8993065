import Foundation
import NewsModel
import ReaderUI

/// The bundled articles and states built on them for reader tests.
enum Fixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let articles = root.appendingPathComponent("assets/articles")
    static let seed = articles.appendingPathComponent("nl-2022-01-blinken-kazachstan.txt")
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots")

    static let bundledCorpus = Corpus(loading: [articles.path])
    static let seedCorpus = Corpus(loading: [seed.path])

    static func state(_ corpus: Corpus = bundledCorpus, width: Int = 120, height: Int = 40, colors: ColorSupport = .extended) -> AppState {
        AppState(corpus: corpus, width: width, height: height, colors: colors)
    }

    /// Applies `actions` in order and returns every effect they asked for.
    @discardableResult
    static func apply(_ actions: [Action], to state: inout AppState) -> [Effect] {
        actions.flatMap { reduce(&state, $0) }
    }

    /// The row of the article list that holds the seed.
    static func seedRow(_ state: AppState) -> Int? {
        state.visibleArticles.firstIndex { state.corpus.articles[$0].file.hasSuffix("nl-2022-01-blinken-kazachstan.txt") }
    }
}
