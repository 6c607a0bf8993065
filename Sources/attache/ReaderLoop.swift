import CursesTerminal
import Foundation
import NewsModel
import ReaderUI
import Synchronization

/// The run loop: paints the state, turns terminal events into actions, reduces them and performs
/// the effects, on one thread, until the user quits. The corpus is indexed on a background thread
/// meanwhile, and the reader's state on it is built there too; the loop polls both and hands the
/// result to the state as an action, so keys keep working all along. A search that reads on through
/// the articles does so a slice per turn, between keys, in the same way.
struct ReaderLoop {
    let indexer: CorpusIndexer
    let noColor: Bool
    var keymap = DefaultKeymap.keymap

    /// How the reader ended: the corpus when indexing finished (nil when the user quit first), and
    /// whether the user interrupted it (Ctrl-C).
    struct Outcome {
        var corpus: Corpus?
        var interrupted: Bool
    }

    /// Runs until the user quits.
    func run() throws(TerminalError) -> Outcome {
        let terminal = try CursesTerminal.start(colors: noColor ? .monochrome : .automatic)
        defer { terminal.stop() }
        let size = terminal.size
        var state = AppState.indexing(width: size.width, height: size.height, colors: terminal.colorSupport)
        let prepared = PreparedState()
        var corpus: Corpus?
        var adopted = false
        var dirty = true
        while true {
            if !adopted {
                let progress = indexer.progress
                if corpus == nil, progress.isFinished, let finished = indexer.corpus {
                    corpus = finished
                    prepared.build(on: finished, width: state.width, height: state.height, colors: terminal.colorSupport)
                }
                if progress != state.indexing {
                    _ = reduce(&state, .indexProgress(progress))
                    dirty = true
                }
                if let ready = prepared.take() {
                    _ = reduce(&state, .adopt(ready))
                    adopted = true
                    dirty = true
                }
            }
            if dirty {
                terminal.paint(ScreenRenderer.render(state))
                terminal.debugTrapIfRequested()
                dirty = false
            }
            // Poll often until the corpus is in, so progress moves; then wait for keys. While a search
            // sweeps the articles, only look: with no key waiting, read on a slice.
            let event = terminal.nextEvent(timeout: state.isSearching ? 0 : adopted ? 1000 : 50)
            if event == nil, state.isSearching {
                _ = reduce(&state, .searchStep)
                dirty = true
                continue
            }
            guard let event, let action = keymap.action(for: event, in: state) else { continue }
            let effects = reduce(&state, action)
            dirty = true
            if effects.contains(.quit) || effects.contains(.interrupt) {
                // the reader's indexes go with the process, not one by one before it ends (KeptUntilExit)
                KeptUntilExit.keep(state)
                return Outcome(corpus: corpus, interrupted: effects.contains(.interrupt))
            }
        }
    }
}

/// A reader state built on a background thread and handed over once.
final class PreparedState: Sendable {
    private let slot = Mutex<AppState?>(nil)

    func build(on corpus: Corpus, width: Int, height: Int, colors: ColorSupport) {
        let thread = Thread { [self] in
            let state = AppState(corpus: corpus, width: width, height: height, colors: colors)
            slot.withLock { $0 = state }
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The built state, once; nil before it is ready and after it was taken.
    func take() -> AppState? {
        slot.withLock { state in
            defer { state = nil }
            return state
        }
    }
}
