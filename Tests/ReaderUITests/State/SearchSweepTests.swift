import Testing
@testable import ReaderUI

/// A search reads on through the articles a slice per step, says how far it is, and stops at any key.
@Suite("reduce: a search sweeping the articles")
struct SearchSweepTests {
    /// The bundled articles with a slice of one byte: each step reads a single article.
    static func sliced() -> AppState {
        var state = Fixture.state()
        state.sweepBytesPerSlice = 1
        return state
    }

    /// Types `/query` and Enter, then steps until the sweep ends; returns the percentages shown on the way.
    static func sweep(_ query: String, on state: inout AppState, then more: [Action] = []) -> [Int] {
        Fixture.apply([.startSearch] + query.map { .type($0) } + [.open] + more, to: &state)
        var shown: [Int] = []
        while state.isSearching, shown.count <= 2 * state.visibleArticles.count + 2 {
            shown.append(state.search?.sweep?.percent ?? -1)
            #expect(state.message?.hasPrefix("Searching for \(query)…") == true)
            Fixture.apply([.searchStep], to: &state)
        }
        return shown
    }

    @Test("a query found nowhere reads a slice per step, up as far as the whole list round, then says so")
    func notFoundInSteps() {
        var state = Self.sliced()
        let shown = Self.sweep("zzqx", on: &state)
        // the open article is known already; every other is read once after it and once round again
        #expect(shown.count >= state.visibleArticles.count)
        #expect(shown == shown.sorted())
        #expect(!state.isSearching)
        #expect(state.message == "Pattern not found: zzqx")
        #expect(state.search?.query == "zzqx")
    }

    @Test("a query of accents alone, which finds nothing, says so")
    func accentsAlone() {
        var state = Self.sliced()
        Fixture.apply([.startSearch, .type("\u{301}"), .open], to: &state)
        #expect(!state.isSearching)
        #expect(state.message == "Pattern not found: \u{301}")
    }

    @Test("stepping a slice at a time finds the same articles and matches as reading all at once",
          arguments: ["blinken", "minister", "Lavrov", "tokajev"])
    func slicedFindsTheSame(query: String) {
        /// From the last article: Enter, then `n` three times, each to the end of its sweep.
        func visits(_ start: AppState) -> [String] {
            var state = start
            Fixture.apply([.bottom, .open], to: &state)
            var seen: [String] = []
            for action in [Action.open, .nextQuote, .nextQuote, .nextQuote] {
                if action == .open { Fixture.apply([.startSearch] + query.map { .type($0) }, to: &state) }
                Fixture.apply([action], to: &state)
                while state.isSearching { Fixture.apply([.searchStep], to: &state) }
                seen.append("\(state.reading?.article ?? -1) \(state.search?.current ?? -1) \(state.message ?? "")")
            }
            return seen
        }
        let whole = visits(Fixture.state())
        #expect(visits(Self.sliced()) == whole)
        #expect(whole.contains { !$0.hasPrefix("-1") })
    }

    @Test("any key stops the sweep where it is and does what it does; the search stays")
    func keyStopsSweep() throws {
        var state = Self.sliced()
        Fixture.apply([.startSearch] + "zzqx".map { .type($0) } + [.open, .searchStep], to: &state)
        #expect(state.isSearching)
        let article = state.reading?.article
        Fixture.apply([.nextArticle], to: &state)
        #expect(!state.isSearching)
        #expect(state.search?.query == "zzqx")
        #expect(state.reading?.article != article)
        Fixture.apply([.searchStep], to: &state)
        #expect(!state.isSearching)
    }

    @Test("the message says the sweep stopped when the key has nothing to say")
    func stoppedMessage() {
        var state = Self.sliced()
        Fixture.apply([.startSearch] + "zzqx".map { .type($0) } + [.open, .searchStep, .lineDown], to: &state)
        #expect(state.message?.hasPrefix("Search stopped at ") == true)
        #expect(state.message?.hasSuffix("%: zzqx") == true)
    }

    @Test("Esc stops the sweep and closes the search")
    func escapeStops() {
        var state = Self.sliced()
        Fixture.apply([.startSearch] + "zzqx".map { .type($0) } + [.open, .cancel], to: &state)
        #expect(!state.isSearching)
        #expect(state.search == nil)
    }

    @Test("a resize does not stop the sweep")
    func resizeKeepsSweep() {
        var state = Self.sliced()
        Fixture.apply([.startSearch] + "zzqx".map { .type($0) } + [.open, .resize(width: 100, height: 30)], to: &state)
        #expect(state.isSearching)
    }

    @Test("N sweeps back through the list and wraps round to the bottom")
    func backwardWraps() throws {
        var state = Self.sliced()
        Fixture.apply([.bottom, .open], to: &state)
        let last = try #require(state.reading?.article)
        let mentions = state.visibleArticles.filter { state.corpus.articles[$0].text.localizedCaseInsensitiveContains("blinken") }
        try #require(!mentions.contains(last), "the last article must not mention Blinken for this test")
        // Enter reads on from the last article, round to the first that mentions Blinken
        _ = Self.sweep("blinken", on: &state)
        #expect(state.reading?.article == mentions.first)
        #expect(state.search?.current == 0)
        // N from its first match reads back: none before it, so round from the bottom to the last mention
        Fixture.apply([.previousQuote], to: &state)
        #expect(state.isSearching)
        while state.isSearching { Fixture.apply([.searchStep], to: &state) }
        #expect(state.reading?.article == mentions.last)
        #expect(state.search?.current == (state.search?.matches.count ?? 0) - 1)
        #expect(state.message?.contains("wrapped to the bottom") == true)
    }
}
