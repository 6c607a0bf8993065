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
        var votes = Votes(lexicon: lexicon)
        scanning: for paragraph in paragraphs {
            var paragraph = paragraph
            let stop = paragraph.withUTF8 { bytes -> Bool in
                var start = 0
                var isASCII = true
                var hasCapital = false
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    let width = ScalarText.width(ofLead: byte)
                    let isLetter = ScalarClass.isAlphabetic(ScalarText.decode(index, width, in: bytes))
                    if !isLetter {
                        votes.count(UnsafeBufferPointer(rebasing: bytes[start..<index]), isASCII: isASCII, hasCapital: hasCapital)
                        if votes.words >= maximumWords { return true }
                        start = index + width
                        isASCII = true
                        hasCapital = false
                    } else if width > 1 {
                        isASCII = false
                    } else if byte < 0x5B {
                        hasCapital = true
                    }
                    index += width
                }
                votes.count(UnsafeBufferPointer(rebasing: bytes[start..<index]), isASCII: isASCII, hasCapital: hasCapital)
                return false
            }
            if stop { break scanning }
        }
        let ranked = zip(Language.allCases, votes.scores).filter { $0.1 > 0 }.map { (key: $0.0, value: $0.1) }
            .sorted { $0.value > $1.value }
        guard votes.words >= minimumWords, let best = ranked.first, best.value >= minimumHits else { return .unknown }
        let runnerUp = ranked.count > 1 ? ranked[1].value : 0
        return best.value >= runnerUp * minimumLead && best.value > runnerUp ? best.key : .unknown
    }

    /// The words counted and the votes for each language, by `Language.ordinal`.
    private struct Votes {
        let lexicon: StopwordLexicon
        var words = 0
        var scores = Array(repeating: 0.0, count: Language.allCases.count)
        var lowered: [UInt8] = []

        init(lexicon: StopwordLexicon) { self.lexicon = lexicon }

        /// Counts one run of letters, given as its UTF-8 bytes. An ASCII word is looked up by its bytes,
        /// lower-cased into a buffer if it has a capital; another is made a string and looked up as one.
        /// (A string per word, lower-cased and hashed, was a fifth of loading a feed without languages.)
        mutating func count(_ word: UnsafeBufferPointer<UInt8>, isASCII: Bool, hasCapital: Bool) {
            guard !word.isEmpty else { return }
            words += 1
            let languages: [Language]?
            if isASCII && !hasCapital {
                languages = lexicon.asciiLanguages(of: UnsafeRawBufferPointer(word))
            } else if isASCII {
                lowered.removeAll(keepingCapacity: true)
                lowered.append(contentsOf: word.lazy.map(ASCIIBytes.lowered))
                languages = lowered.withUnsafeBytes { lexicon.asciiLanguages(of: $0) }
            } else {
                let scalars = Array(String(decoding: word, as: UTF8.self).unicodeScalars)
                languages = lexicon.languagesByWord[ScalarText.lowercased(scalars[...])]
            }
            guard let languages else { return }
            for language in languages { scores[language.ordinal] += 1 / Double(languages.count) }
        }
    }
}
