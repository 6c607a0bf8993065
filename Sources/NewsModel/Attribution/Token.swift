/// One unit of narration: a word, a punctuation mark, a whole top-level quote, or a paragraph break.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case word
        case punctuation
        /// A top-level quote; the payload indexes the article's quote spans.
        case quote(Int)
        case paragraphBreak
    }

    var kind: Kind
    /// Scalar offsets in the article text.
    var range: Range<Int>
    /// The text as written (empty for quotes and breaks).
    var text: String
    /// Lower-cased text, for lexicon look-ups.
    var lower: String

    /// The text begins with an upper-case letter; asked of most tokens many times, so found once.
    let isCapitalized: Bool
    /// What the lexicon says of the word, set by the analyzer after tokenizing (`WordFacts.annotate`).
    var facts = WordFacts()

    init(kind: Kind, range: Range<Int>, text: String, lower: String) {
        self.init(kind: kind, range: range, text: text, lower: lower,
                  isCapitalized: text.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false)
    }

    /// A token whose first scalar the caller has read already (`isCapitalized` is whether it is upper case).
    init(kind: Kind, range: Range<Int>, text: String, lower: String, isCapitalized: Bool) {
        self.kind = kind
        self.range = range
        self.text = text
        self.lower = lower
        self.isCapitalized = isCapitalized
    }

    var isWord: Bool { kind == .word }

    /// A punctuation mark that is one of `marks` (a punctuation token is one scalar). What searching `marks`
    /// for the text finds, without Foundation's search, which was a twentieth of splitting sentences.
    func isMark(in marks: String) -> Bool {
        guard kind == .punctuation, let scalar = text.unicodeScalars.first else { return false }
        return marks.unicodeScalars.contains(scalar)
    }
    var quoteIndex: Int? {
        if case .quote(let index) = kind { return index }
        return nil
    }
}
