import NewsModel
import ReaderUI

/// A scripted reading session: keys a researcher might press, each run through the keymap, `reduce`
/// and `ScreenRenderer.render` and timed as one frame.
struct FrameSession {
    /// One timed frame: the action the key meant (as text, "none" when it meant nothing), and the
    /// seconds from key to painted canvas.
    struct Frame {
        var action: String
        var seconds: Double
        /// The render's share of `seconds` (the rest is keymap + reduce).
        var render: Double
    }

    /// `count` keys from a weighted mix of moves; deterministic for a seed.
    static func script(count: Int, corpus: Corpus, seed: UInt64) -> [Key] {
        var generator = SplitMix64(seed: seed)
        let prefixes = corpus.speakersByQuotes.prefix(200).compactMap { speaker -> String? in
            guard let last = speaker.name.split(separator: " ").last, last.count >= 3 else { return nil }
            return String(last.prefix(3)).lowercased()
        }
        let moves: [(weight: Int, keys: () -> [Key])] = [
            (20, { [.character("j")] }),
            (8, { [.character("k")] }),
            (5, { [.control("d")] }),
            (2, { [.control("u")] }),
            (3, { [.character(" ")] }),
            (12, { [.character("n")] }),
            (5, { [.character("N")] }),
            (6, { [.character("]")] }),
            (3, { [.character("[")] }),
            (5, { [.tab] }),
            (3, { [.character("v")] }),
            (2, { [.character("g")] }),
            (2, { [.character("G")] }),
            (1, { [.character("?"), .character("j"), .character("?")] }),
            (4, { [.escape] }),
        ]
        let total = moves.reduce(0) { $0 + $1.weight } + 6
        var keys: [Key] = []
        while keys.count < count {
            var roll = Int.random(in: 0..<total, using: &generator)
            if roll < 4, !prefixes.isEmpty {
                // The speaker picker: open it, type a name's beginning, filter by the first match.
                let prefix = prefixes[Int.random(in: prefixes.indices, using: &generator)]
                keys += [.character("s")] + prefix.map { Key.character($0) } + [.enter]
                continue
            }
            if roll < 6 {
                // A search for a word the corpus has, then two matches on.
                keys += [.character("/")] + "minister".map { Key.character($0) } + [.enter, .character("n"), .character("n"), .escape]
                continue
            }
            roll -= 6
            for move in moves {
                if roll < move.weight {
                    keys += move.keys()
                    break
                }
                roll -= move.weight
            }
        }
        return Array(keys.prefix(count))
    }

    /// Runs `keys` against `state`, timing keymap + reduce + render for each; stops early once the
    /// frames have taken `budget` seconds in all (so a slow frame path cannot stall the whole run).
    static func run(_ keys: [Key], on state: inout AppState, budget: Double = .infinity) -> [Frame] {
        var frames: [Frame] = []
        var spent = 0.0
        for key in keys where spent < budget {
            let ((action, render), seconds) = Stopwatch.measure { () -> (Action?, Double) in
                let action = DefaultKeymap.keymap.action(for: .key(key), in: state)
                if let action { _ = reduce(&state, action) }
                let (_, render) = Stopwatch.measure { blackHole(ScreenRenderer.render(state).cells.count) }
                return (action, render)
            }
            frames.append(Frame(action: action.map { "\($0)" } ?? "none", seconds: seconds, render: render))
            spent += seconds
        }
        return frames
    }
}
