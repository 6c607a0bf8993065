import CursesTerminal
import NewsModel
import ReaderUI

/// The run loop: paints the state, turns terminal events into actions, reduces them and performs
/// the effects, on one thread, until the user quits. The corpus is indexed on a background thread
/// meanwhile; the loop polls its progress and hands the finished corpus to the state as an action.
struct ReaderLoop {
    let indexer: CorpusIndexer
    let noColor: Bool
    var keymap = DefaultKeymap.keymap

    /// Runs until the user quits; returns the corpus when indexing finished (nil when the user quit first).
    func run() throws(TerminalError) -> Corpus? {
        let terminal = try CursesTerminal.start(colors: noColor ? .monochrome : .automatic)
        defer { terminal.stop() }
        let size = terminal.size
        var state = AppState.indexing(width: size.width, height: size.height, colors: terminal.colorSupport)
        var corpus: Corpus?
        var dirty = true
        while true {
            if corpus == nil {
                let progress = indexer.progress
                if progress.isFinished, let finished = indexer.corpus {
                    corpus = finished
                    _ = reduce(&state, .corpusReady(finished))
                    dirty = true
                } else if progress != state.indexing {
                    _ = reduce(&state, .indexProgress(progress))
                    dirty = true
                }
            }
            if dirty {
                terminal.paint(ScreenRenderer.render(state))
                terminal.debugTrapIfRequested()
                dirty = false
            }
            // Poll often while indexing so progress moves; otherwise wait for keys.
            guard let event = terminal.nextEvent(timeout: corpus == nil ? 50 : 1000),
                  let action = keymap.action(for: event, in: state) else { continue }
            let effects = reduce(&state, action)
            dirty = true
            if effects.contains(.quit) { return corpus }
        }
    }
}
