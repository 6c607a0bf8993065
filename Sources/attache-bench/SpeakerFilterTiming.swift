import NewsModel
import ReaderUI

/// Applying and clearing a speaker filter on a large corpus, timed as the user sees it: the action's
/// `reduce` and the render of the screen it leads to.
enum SpeakerFilterTiming {
    /// One speaker's timings.
    struct Sample {
        var speaker: String
        var quotes: Int
        var apply: Double
        var clear: Double
        /// The render's share of `apply` and of `clear`.
        var applyRender: Double
        var clearRender: Double
    }

    /// Speakers to try: the most quoted, and some quoted once.
    static func speakers(of corpus: Corpus, popular: Int, rare: Int) -> [Speaker] {
        let ordered = corpus.speakersByQuotes.filter { $0.kind == .person }
        let once = ordered.filter { $0.quoteCount == 1 }
        let step = max(1, once.count / max(1, rare))
        return Array(ordered.prefix(popular)) + stride(from: 0, to: once.count, by: step).prefix(rare).map { once[$0] }
    }

    /// Opens the picker, types the speaker's full name, then times Enter (which applies the filter to
    /// the first match) and Esc (which clears it). Returns nil when the first match is another speaker.
    static func measure(_ speaker: Speaker, from start: AppState) -> Sample? {
        var state = start
        _ = reduce(&state, .toggleSpeakers)
        for character in speaker.name { _ = reduce(&state, .type(character)) }
        let (applyRender, apply) = Stopwatch.measure { () -> Double in
            _ = reduce(&state, .open)
            return Stopwatch.measure { blackHole(ScreenRenderer.render(state).cells.count) }.seconds
        }
        guard state.filter?.speaker == speaker.id else { return nil }
        let (clearRender, clear) = Stopwatch.measure { () -> Double in
            _ = reduce(&state, .cancel)
            return Stopwatch.measure { blackHole(ScreenRenderer.render(state).cells.count) }.seconds
        }
        guard state.filter == nil else { return nil }
        return Sample(speaker: speaker.name, quotes: speaker.quoteCount, apply: apply, clear: clear,
                      applyRender: applyRender, clearRender: clearRender)
    }
}
