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
        var scores = Array(repeating: 0.0, count: Language.allCases.count)  // by `Language.allCases` order
        var words = 0
        var lowered: [UInt8] = []
        // A word is a run of letters in a paragraph's UTF-8 bytes. An ASCII word is lower-cased into a buffer
        // and looked up by its bytes; another is made a string and looked up as one. (Making every word a
        // string, lower-casing it and hashing it was a fifth of loading a feed that declares no language.)
        func count(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>, isASCII: Bool) {
            guard !word.isEmpty else { return }
            words += 1
            let languages: [Language]?
            if isASCII {
                lowered.removeAll(keepingCapacity: true)
                for offset in word { lowered.append(ASCIIBytes.lowered(bytes[offset])) }
                languages = lowered.withUnsafeBytes { lexicon.asciiLanguages(of: $0) }
            } else {
                languages = lexicon.languagesByWord[String(decoding: UnsafeBufferPointer(rebasing: bytes[word]), as: UTF8.self).lowercased()]
            }
            if let languages {
                for language in languages { scores[language.ordinal] += 1 / Double(languages.count) }
            }
        }
        scanning: for paragraph in paragraphs {
            var paragraph = paragraph
            let stop = paragraph.withUTF8 { bytes -> Bool in
                var start = 0
                var isASCII = true
                var index = 0
                while index < bytes.count {
                    let width = ScalarText.width(ofLead: bytes[index])
                    if !ScalarClass.isAlphabetic(ScalarText.decode(index, width, in: bytes)) {
                        count(bytes, start..<index, isASCII: isASCII)
                        if words >= maximumWords { return true }
                        start = index + width
                        isASCII = true
                    } else if width > 1 {
                        isASCII = false
                    }
                    index += width
                }
                count(bytes, start..<index, isASCII: isASCII)
                return false
            }
            if stop { break scanning }
        }
        let ranked = zip(Language.allCases, scores).filter { $0.1 > 0 }.map { (key: $0.0, value: $0.1) }
            .sorted { $0.value > $1.value }
        guard words >= minimumWords, let best = ranked.first, best.value >= minimumHits else { return .unknown }
        let runnerUp = ranked.count > 1 ? ranked[1].value : 0
        return best.value >= runnerUp * minimumLead && best.value > runnerUp ? best.key : .unknown
    }
}
