import CursesTerminal
import NewsModel
import ReaderUI

/// The run loop: paints the state, turns terminal events into actions, reduces them and performs
/// the effects, on one thread, until the user quits.
struct ReaderLoop {
    let corpus: Corpus
    let noColor: Bool
    var keymap = DefaultKeymap.keymap

    func run() throws(TerminalError) {
        let terminal = try CursesTerminal.start(colors: noColor ? .monochrome : .automatic)
        defer { terminal.stop() }
        let size = terminal.size
        var state = AppState(corpus: corpus, width: size.width, height: size.height, colors: terminal.colorSupport)
        var dirty = true
        while true {
            if dirty {
                terminal.paint(ScreenRenderer.render(state))
                terminal.debugTrapIfRequested()
                dirty = false
            }
            guard let event = terminal.nextEvent(timeout: 250), let action = keymap.action(for: event, in: state) else { continue }
            let effects = reduce(&state, action)
            dirty = true
            if effects.contains(.quit) { return }
        }
    }
}
