import Testing
import NewsModel
@testable import ReaderUI

/// Answers the state gives by index, bisection or counting in place must be those of the plain
/// definitions over its lists, with and without a speaker filter.
@Suite("AppState look-ups")
struct AppStateLookupTests {
    /// The bundled corpus unfiltered, then filtered by each of its speakers in turn.
    static var states: [AppState] {
        let state = Fixture.state(width: 120, height: 40)
        return [state] + state.corpus.speakers.indices.map { id in
            var filtered = state
            filtered.applyFilter(speaker: id)
            return filtered
        }
    }

    @Test("an article's count of quotes n visits is the number of its jumpable quotes")
    func jumpableQuoteCount() {
        for state in Self.states {
            for id in state.corpus.articles.indices {
                #expect(state.jumpableQuoteCount(of: id) == state.jumpableQuotes(of: state.corpus.articles[id]).count)
            }
        }
    }
}
