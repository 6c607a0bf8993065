import Testing
@testable import ReaderUI

/// Tiny terminals: the reader says it is too small and never draws outside the screen.
@Suite("Small screens")
struct SmallScreenTests {
    @Test("below 20×6 the screen says the terminal is too small; from 20×6 the reader is drawn")
    func tooSmall() {
        let small = ScreenRenderer.render(Fixture.state(width: 19, height: 10))
        #expect(CanvasDump.dump(small).contains("Too small"))
        let enough = ScreenRenderer.render(Fixture.state(width: 20, height: 6))
        #expect(CanvasDump.dump(enough).contains("attache"))
    }

    @Test("every size from 1×1 to 40×12 renders a canvas of exactly that size, after a resize too")
    func everySmallSize() {
        var state = Fixture.state(Fixture.seedCorpus, width: 120, height: 40)
        _ = reduce(&state, .nextQuote)
        for width in 1...40 {
            for height in 1...12 {
                var resized = state
                _ = reduce(&resized, .resize(width: width, height: height))
                _ = reduce(&resized, .nextQuote)
                let canvas = ScreenRenderer.render(resized)
                #expect(canvas.width == width && canvas.height == height && canvas.cells.count == width * height)
            }
        }
    }
}
