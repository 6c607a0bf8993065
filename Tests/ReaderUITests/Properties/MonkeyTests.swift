import Testing
import TestSupport
import NewsModel
@testable import ReaderUI

/// 10 000 random keys, clicks, wheel turns, resizes and search steps through the keymap, the update function
/// and the canvas, with the state's invariants checked after every event.
@Suite("Monkey")
struct MonkeyTests {
    static let keys: [Key] = DefaultKeymap.bindings.flatMap(\.keys) + DefaultKeymap.editingBindings.flatMap(\.keys)
        + [.character("x"), .character("é"), .character("東"), .character("1"), .left, .right, .function(5)]

    @Test("10 000 random events keep every selection and scroll in range and every frame well formed", arguments: [UInt64(1), 2026])
    func monkey(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var state = Fixture.state(width: 100, height: 30)
        // a search reads one article per step, so sweeps last long enough for keys to land in them
        state.sweepBytesPerSlice = 1
        let keymap = DefaultKeymap.keymap
        for step in 0..<10_000 {
            // as the run loop does while a search sweeps the articles and no key is waiting
            if state.isSearching, Int.random(in: 0..<3, using: &random) > 0 {
                _ = reduce(&state, .searchStep)
                continue
            }
            let event = Self.randomEvent(&random, state)
            let quitting = keymap.action(for: event, in: state).map { reduce(&state, $0).contains(.quit) } ?? false
            if quitting { continue }
            let problems = Self.violations(state)
            #expect(problems.isEmpty, "seed \(seed), step \(step), after \(event): \(problems)")
            if !problems.isEmpty { return }
            if step % 25 == 0 { CanvasCheck.verify(ScreenRenderer.render(state), width: state.width, height: state.height) }
        }
    }

    static func randomEvent(_ random: inout SplitMix64, _ state: AppState) -> InputEvent {
        switch Int.random(in: 0..<100, using: &random) {
        case 0..<3:
            return .resize(width: Int.random(in: 1...250, using: &random), height: Int.random(in: 1...80, using: &random))
        case 3..<8:
            let x = Int.random(in: 0..<max(1, state.width), using: &random), y = Int.random(in: 0..<max(1, state.height), using: &random)
            let kinds: [InputEvent.Mouse] = [.click(x: x, y: y), .wheelUp(x: x, y: y), .wheelDown(x: x, y: y)]
            return .mouse(kinds[Int.random(in: 0..<3, using: &random)])
        default:
            return .key(keys[Int.random(in: 0..<keys.count, using: &random)])
        }
    }

    /// Everything that must hold after any action, as readable complaints.
    static func violations(_ state: AppState) -> [String] {
        var problems: [String] = []
        let rows = state.layout.sidebarRows?.height ?? max(1, state.height - 3)
        func check(_ cursor: ListCursor, _ count: Int, _ name: String) {
            if count == 0 {
                if cursor.selection != 0 { problems.append("\(name) selection \(cursor.selection) in an empty list") }
                return
            }
            if !(0..<count).contains(cursor.selection) { problems.append("\(name) selection \(cursor.selection) of \(count)") }
            if cursor.scroll < 0 || cursor.scroll > cursor.selection || cursor.selection >= cursor.scroll + max(1, rows) {
                problems.append("\(name) scroll \(cursor.scroll) hides selection \(cursor.selection) (\(rows) rows)")
            }
        }
        check(state.articleCursor, state.visibleArticles.count, "articles")
        check(state.speakerCursor, state.speakerMatches.count, "speakers")
        check(state.quoteCursor, state.visibleQuotes.count, "quotes")
        check(state.problemCursor, state.corpus.problems.count, "problems")
        if let reading = state.reading {
            let pane = state.layout.article?.height ?? max(1, state.height - 2)
            if reading.scroll < 0 || reading.scroll > max(0, reading.layout.lines.count - pane) {
                problems.append("article scroll \(reading.scroll) of \(reading.layout.lines.count) lines, pane \(pane)")
            }
            let article = state.corpus.articles[reading.article]
            if let quote = reading.quote, !article.quotes.contains(where: { $0.index == quote }) {
                problems.append("current quote \(quote) not in article \(reading.article)")
            }
            if reading.layout.width != ScreenLayout.articleWrapWidth(width: state.width, height: state.height) {
                problems.append("article wrapped at \(reading.layout.width) for a \(state.width)-column screen")
            }
        } else if !state.corpus.articles.isEmpty {
            problems.append("no article open")
        }
        if let search = state.search, let current = search.current, !search.matches.indices.contains(current) {
            problems.append("search match \(current) of \(search.matches.count)")
        }
        if let filter = state.filter, !state.visibleArticles.allSatisfy({ id in
            state.corpus.articles[id].quotes.contains { $0.speaker.map(filter.ids.contains) == true }
        }) {
            problems.append("an article without the filtered speaker is listed")
        }
        if let sweep = state.search?.sweep {
            if sweep.read > sweep.total { problems.append("search sweep read \(sweep.read) of \(sweep.total) articles") }
            if state.message?.hasPrefix("Searching for") != true { problems.append("a search sweeps unsaid: \(state.message ?? "no message")") }
        }
        if state.helpScroll < 0 { problems.append("help scroll \(state.helpScroll)") }
        return problems
    }
}
