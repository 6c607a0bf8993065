import Testing
import NewsModel
import TestSupport
@testable import ReaderUI

/// Whole screens of the seed article, compared as text plus a grid of style letters.
@Suite("Screens of the seed article")
struct ScreenSnapshotTests {
    /// The seed opened on its own, after three `n`: the third quote (Blinken's “les uit het recente verleden”) current.
    @Test("the seed at 120×40 with its third quote current", arguments: [(120, 40), (80, 24), (40, 12)])
    func seedThirdQuote(size: (Int, Int)) {
        var state = Fixture.state(Fixture.seedCorpus, width: size.0, height: size.1)
        Fixture.apply([.nextQuote, .nextQuote, .nextQuote], to: &state)
        #expect(state.currentQuote?.text == "les uit het recente verleden")
        assertSnapshot(CanvasDump.dump(ScreenRenderer.render(state)), named: "seed-quote3-\(size.0)x\(size.1).txt", in: Fixture.snapshots)
    }

    @Test("the bundled corpus filtered by Blinken, the seed open on his first quote", arguments: [(120, 40), (80, 24), (40, 12)])
    func filteredByBlinken(size: (Int, Int)) throws {
        var state = Fixture.state(width: size.0, height: size.1)
        Fixture.apply([.toggleSpeakers] + "blinken".map { .type($0) } + [.open], to: &state)
        let filter = try #require(state.filter)
        #expect(state.corpus.speakers[filter.speaker].name == "Antony Blinken")
        let row = try #require(Fixture.seedRow(state))
        state.articleCursor.selection = row
        Fixture.apply([.open, .nextQuote], to: &state)
        #expect(state.currentQuote.flatMap(\.speaker).map { state.corpus.speakers[$0].name } == "Antony Blinken")
        assertSnapshot(CanvasDump.dump(ScreenRenderer.render(state)), named: "blinken-filter-\(size.0)x\(size.1).txt", in: Fixture.snapshots)
    }

    @Test("without colours (NO_COLOR) quotes are bold, partial quotes bold and underlined, the current one reversed")
    func seedMonochrome() {
        var state = Fixture.state(Fixture.seedCorpus, width: 80, height: 24, colors: .monochrome)
        Fixture.apply([.nextQuote, .nextQuote, .nextQuote], to: &state)
        let screen = CanvasDump.dump(ScreenRenderer.render(state))
        #expect(!screen.contains("fg "))
        assertSnapshot(screen, named: "seed-quote3-80x24-monochrome.txt", in: Fixture.snapshots)
    }

    @Test("with eight colours every colour is one of the eight", arguments: [ColorSupport.basic])
    func seedBasicColours(colors: ColorSupport) {
        var state = Fixture.state(Fixture.seedCorpus, width: 80, height: 24, colors: colors)
        Fixture.apply([.nextQuote], to: &state)
        let canvas = ScreenRenderer.render(state)
        #expect(canvas.cells.allSatisfy { ($0.style.foreground ?? 0) < 8 && ($0.style.background ?? 0) < 8 })
    }
}
