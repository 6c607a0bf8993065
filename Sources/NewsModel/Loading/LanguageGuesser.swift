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
        var word = String.UnicodeScalarView()
        func count() {
            guard !word.isEmpty else { return }
            words += 1
            if let languages = lexicon.languagesByWord[String(word).lowercased()] {
                for language in languages { scores[language, default: 0] += 1 / Double(languages.count) }
            }
            word.removeAll(keepingCapacity: true)
        }
        scanning: for paragraph in paragraphs {
            for scalar in paragraph.unicodeScalars {
                if scalar.properties.isAlphabetic {
                    word.append(scalar)
                } else {
                    count()
                    if words >= maximumWords { break scanning }
                }
            }
            count()
        }
        let ranked = scores.sorted { $0.value > $1.value }
        guard words >= minimumWords, let best = ranked.first, best.value >= minimumHits else { return .unknown }
        let runnerUp = ranked.count > 1 ? ranked[1].value : 0
        return best.value >= runnerUp * minimumLead && best.value > runnerUp ? best.key : .unknown
    }
}
