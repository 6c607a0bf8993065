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

    /// `guess` of views of the article's text, read where they lie: the analysis made a copy of each
    /// paragraph for it.
    static func guess(_ paragraphs: [Substring]) -> Language {
        guess(paragraphs, lexicon: .bundled)
    }

    static func guess(_ paragraphs: [String], lexicon: StopwordLexicon) -> Language {
        guess(paragraphs.map { $0[...] }, lexicon: lexicon)
    }

    static func guess(_ paragraphs: [Substring], lexicon: StopwordLexicon) -> Language {
        var votes = Votes(lexicon: lexicon)
        // each view's bytes where they lie (`withUTF8`: its UTF-8 view's contiguous storage went through a
        // generic slice, which cost more than copying the paragraph)
        for var paragraph in paragraphs {
            if paragraph.withUTF8({ scan($0, into: &votes) }) { break }
        }
        let ranked = zip(Language.allCases, votes.scores).filter { $0.1 > 0 }.map { (key: $0.0, value: $0.1) }
            .sorted { $0.value > $1.value }
        guard votes.words >= minimumWords, let best = ranked.first, best.value >= minimumHits else { return .unknown }
        let runnerUp = ranked.count > 1 ? ranked[1].value : 0
        return best.value >= runnerUp * minimumLead && best.value > runnerUp ? best.key : .unknown
    }

    /// Counts the words of one paragraph's UTF-8 `bytes` into `votes`; true once `maximumWords` are counted.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into votes: inout Votes) -> Bool {
        var start = 0
        var isASCII = true
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let width = ScalarText.width(ofLead: byte)
            // an ASCII byte is its scalar, asked without decoding it
            let isLetter = byte < 0x80 ? ASCIIBytes.isLetter(byte) : ScalarClass.isAlphabetic(ScalarText.decode(index, width, in: bytes))
            if !isLetter {
                votes.count(UnsafeBufferPointer(rebasing: bytes[start..<index]), isASCII: isASCII)
                if votes.words >= maximumWords { return true }
                start = index + width
                isASCII = true
            } else if width > 1 {
                isASCII = false
            } else {
                index = endOfASCIILetters(bytes, from: index + 1)
                continue
            }
            index += width
        }
        votes.count(UnsafeBufferPointer(rebasing: bytes[start..<index]), isASCII: isASCII)
        return false
    }

    /// Where the run of ASCII letters that goes on at `start` of `bytes` ends: the first byte from there that is
    /// no ASCII letter, found eight bytes at a time (the end of the bytes when all are). A word's letters taken
    /// one by one, each asked for its width and class, were most of guessing a language.
    static func endOfASCIILetters(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let raw = UnsafeRawPointer(base)
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var index = start
        while index + 8 <= bytes.count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            // a high bit where a byte, lower-cased by 0x20, is from a (adding 0x1F reaches 0x80) and not past z
            // (adding 5 stays below 0x80); a byte beyond ASCII stops the run too, and a sum can carry only out
            // of such a byte, into the bytes above it, so the lowest stop found is the first
            let lower = word | 0x2020_2020_2020_2020
            let letters = (lower &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(lower &+ 0x0505_0505_0505_0505) & highBits
            let stops = (~letters & highBits) | (word & highBits)
            if stops != 0 { return index + stops.trailingZeroBitCount >> 3 }
            index += 8
        }
        while index < bytes.count, bytes[index] < 0x80, ASCIIBytes.isLetter(bytes[index]) { index += 1 }
        return index
    }

    /// The words counted and the votes for each language, by `Language.ordinal`.
    private struct Votes {
        let lexicon: StopwordLexicon
        var words = 0
        var scores = Array(repeating: 0.0, count: Language.allCases.count)

        init(lexicon: StopwordLexicon) { self.lexicon = lexicon }

        /// Counts one run of letters, given as its UTF-8 bytes. An ASCII word is looked up by its lower-cased
        /// bytes (`StopwordLexicon.addVotes`); another is made a string and looked up as one. (A string per
        /// word, lower-cased and hashed, was a fifth of loading a feed without languages.)
        mutating func count(_ word: UnsafeBufferPointer<UInt8>, isASCII: Bool) {
            guard !word.isEmpty else { return }
            words += 1
            // an ASCII word adds its votes by its bytes, without the array of its languages (retained a word)
            if isASCII {
                _ = lexicon.addVotes(ofASCIILetters: word, to: &scores)
                return
            }
            // a word beyond ASCII is made a string only when it has no more scalars than some listed word
            guard ScalarText.scalarCount(word) <= lexicon.longestWordScalars else { return }
            let scalars = Array(String(decoding: word, as: UTF8.self).unicodeScalars)
            guard let languages = lexicon.languagesByWord[ScalarText.lowercased(scalars[...])] else { return }
            for language in languages { scores[language.ordinal] += 1 / Double(languages.count) }
        }
    }
}
