/// Guesses the language of an article's paragraphs from how often each language's common function words
/// occur (the lists in `Lexicon/stopwords.toml`).
///
/// The loader does not call it: analysis uses the language a file declares and guesses only when there
/// is none. A guess is `unknown` when the text has fewer than `minimumWords` words, fewer than
/// `minimumHits` function words of the leading language, or when the runner-up scores more than
/// 1 / `minimumLead` of the leader.
public enum LanguageGuesser {
    static let minimumWords = 4
    static let minimumHits = 2.0
    static let minimumLead = 1.5
    /// Words looked at; enough for a confident guess, and it keeps huge inputs cheap.
    static let maximumWords = 2000

    /// The language whose function words dominate `paragraphs`, or `unknown`.
    public static func guess(_ paragraphs: [String]) -> Language {
        guess(paragraphs, lexicon: .bundled)
    }

    static func guess(_ paragraphs: [String], lexicon: StopwordLexicon) -> Language {
        var scores: [Language: Double] = [:]
        var words = 0
        // a word is a slice of its paragraph's scalars, made a string once (appending scalar by scalar to a
        // scalar view was most of the guess, itself a third of analysing articles that declare no language)
        func count(_ word: Substring.UnicodeScalarView) {
            guard !word.isEmpty else { return }
            words += 1
            if let languages = lexicon.languagesByWord[String(word).lowercased()] {
                for language in languages { scores[language, default: 0] += 1 / Double(languages.count) }
            }
        }
        scanning: for paragraph in paragraphs {
            let scalars = paragraph.unicodeScalars
            var start = scalars.startIndex
            var index = scalars.startIndex
            while index < scalars.endIndex {
                if !ScalarClass.isAlphabetic(scalars[index]) {
                    count(scalars[start..<index])
                    if words >= maximumWords { break scanning }
                    start = scalars.index(after: index)
                }
                index = scalars.index(after: index)
            }
            count(scalars[start..<index])
        }
        let ranked = scores.sorted { $0.value > $1.value }
        guard words >= minimumWords, let best = ranked.first, best.value >= minimumHits else { return .unknown }
        let runnerUp = ranked.count > 1 ? ranked[1].value : 0
        return best.value >= runnerUp * minimumLead && best.value > runnerUp ? best.key : .unknown
    }
}
