import NewsModel
import ReaderUI

/// A text search over a large corpus, timed as the user sees it. Enter on the search line reads on
/// through the following articles a slice at a time, and the run loop asks for each next slice while no
/// key is waiting; each of those steps is a frame (`reduce` and the render after it).
enum SearchTiming {
    /// One query's timings: the first frame (Enter), the slowest, and all of them until the search ended.
    struct Sample {
        var query: String
        var found: Bool
        var first: Double
        var slowest: Double
        var total: Double
        var steps: Int
    }

    /// A word no article has, which reads every article (the worst case), and one of the first article's.
    static let queries = ["zqxwvj", "minister"]

    /// Types `/` and the query, then times Enter and every search step after it, each with its render.
    static func measure(_ query: String, from start: AppState) -> Sample {
        var state = start
        _ = reduce(&state, .startSearch)
        for character in query { _ = reduce(&state, .type(character)) }
        var frames: [Double] = []
        var action = Action.open
        repeat {
            frames.append(Stopwatch.measure {
                _ = reduce(&state, action)
                blackHole(ScreenRenderer.render(state).cells.count)
            }.seconds)
            action = .searchStep
        } while state.isSearching
        return Sample(query: query, found: !(state.search?.matches.isEmpty ?? true), first: frames[0],
                      slowest: frames.max() ?? 0, total: frames.reduce(0, +), steps: frames.count)
    }
}
