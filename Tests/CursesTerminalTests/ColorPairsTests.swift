import ReaderUI
import Testing
@testable import CursesTerminal

@Suite("Colour pairs")
struct ColorPairsTests {
    /// A pair table that records what it would ask the terminal to define.
    private final class Recorder {
        var defined: [(Int16, ColorPairs.Colors)] = []
    }

    private func table(_ support: ColorSupport, limit: Int = 256, recorder: Recorder) -> ColorPairs {
        ColorPairs(support: support, limit: limit) { number, colors in
            recorder.defined.append((number, colors))
            return true
        }
    }

    @Test("a colour combination gets one pair, allocated on first use and reused")
    func cached() {
        let recorder = Recorder()
        var pairs = table(.extended, recorder: recorder)
        let accent = Style(foreground: 208, background: 17)
        #expect(pairs.pair(for: accent) == 1)
        #expect(pairs.pair(for: accent.adding(.bold)) == 1)
        #expect(pairs.pair(for: Style(foreground: 208)) == 2)
        #expect(recorder.defined.count == 2)
        #expect(recorder.defined[0].1 == ColorPairs.Colors(foreground: 208, background: 17))
        #expect(recorder.defined[1].1 == ColorPairs.Colors(foreground: 208, background: -1))
    }

    @Test("the default colours use pair 0 and define nothing")
    func defaultColours() {
        let recorder = Recorder()
        var pairs = table(.extended, recorder: recorder)
        #expect(pairs.pair(for: .plain) == 0)
        #expect(pairs.pair(for: Style(attributes: [.reverse])) == 0)
        #expect(recorder.defined.isEmpty)
    }

    @Test("monochrome ignores colours")
    func monochrome() {
        let recorder = Recorder()
        var pairs = table(.monochrome, recorder: recorder)
        #expect(pairs.pair(for: Style(foreground: 1, background: 4)) == 0)
        #expect(recorder.defined.isEmpty)
    }

    @Test("when the terminal's pairs run out, new combinations fall back to the default pair")
    func exhausted() {
        let recorder = Recorder()
        var pairs = table(.extended, limit: 3, recorder: recorder)
        #expect(pairs.pair(for: Style(foreground: 1)) == 1)
        #expect(pairs.pair(for: Style(foreground: 2)) == 2)
        #expect(pairs.pair(for: Style(foreground: 3)) == 0)
        #expect(pairs.pair(for: Style(foreground: 1)) == 1)
    }

    @Test("with eight colours, palette indexes map to the nearest ANSI colour")
    func basicMapping() {
        #expect(ColorPairs.basicIndex(4) == 4)
        #expect(ColorPairs.basicIndex(9) == 1)  // bright red
        #expect(ColorPairs.basicIndex(15) == 7)  // bright white
        #expect(ColorPairs.basicIndex(196) == 1)  // #ff0000
        #expect(ColorPairs.basicIndex(46) == 2)  // #00ff00
        #expect(ColorPairs.basicIndex(21) == 4)  // #0000ff
        #expect(ColorPairs.basicIndex(226) == 3)  // #ffff00
        #expect(ColorPairs.basicIndex(51) == 6)  // #00ffff
        #expect(ColorPairs.basicIndex(201) == 5)  // #ff00ff
        #expect(ColorPairs.basicIndex(16) == 0)  // #000000
        #expect(ColorPairs.basicIndex(231) == 7)  // #ffffff
        #expect(ColorPairs.basicIndex(17) == 4)  // #00005f, navy
        #expect(ColorPairs.basicIndex(233) == 0)  // near-black grey
        #expect(ColorPairs.basicIndex(250) == 7)  // light grey
        #expect(ColorPairs.basicIndex(208) == 1)  // #ff8700, dark orange → red
        let colors = ColorPairs.colors(for: Style(foreground: 214, background: nil), support: .basic)
        #expect(colors == ColorPairs.Colors(foreground: 3, background: -1))  // #ffaf00, orange → yellow
    }
}
