/// The lists of one lexicon that a lower-cased word stands in, as bits: one look-up answers every
/// "is this word a determiner, a preposition, the start of a title…" the analysis asks of a word.
struct WordClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    static let singularPronoun = WordClass(rawValue: 1 << 0)
    static let pluralPronoun = WordClass(rawValue: 1 << 1)
    static let determiner = WordClass(rawValue: 1 << 2)
    static let subordinator = WordClass(rawValue: 1 << 3)
    static let conjunction = WordClass(rawValue: 1 << 4)
    static let preposition = WordClass(rawValue: 1 << 5)
    static let auxiliary = WordClass(rawValue: 1 << 6)
    static let titleModifier = WordClass(rawValue: 1 << 7)
    static let notName = WordClass(rawValue: 1 << 8)
    static let departmentWord = WordClass(rawValue: 1 << 9)
    /// The first word of a title, a reporting verb, an organisation noun or a source marker (a key of its phrase index).
    static let titleStart = WordClass(rawValue: 1 << 10)
    static let reportingVerbStart = WordClass(rawValue: 1 << 11)
    static let organisationNounStart = WordClass(rawValue: 1 << 12)
    static let sourceMarkerStart = WordClass(rawValue: 1 << 13)
    /// A title when a full stop follows: "m" of "M. Sunak" (the lexicon has "m.").
    static let titleWithStop = WordClass(rawValue: 1 << 14)
    /// A title of one word ("minister"; the lexicon's one-word phrase of `titleStart`).
    static let title = WordClass(rawValue: 1 << 15)
    /// A particle inside a name ("von", "der") and a preposition before a role's complement ("of", "van"):
    /// the mention parser's lists, the same in every language.
    static let nameParticle = WordClass(rawValue: 1 << 16)
    static let complementPreposition = WordClass(rawValue: 1 << 17)
    /// A term cue of one word ("dubbed"), and the first word of one of several ("known" of "known as").
    static let termCue = WordClass(rawValue: 1 << 18)
    static let termCueStart = WordClass(rawValue: 1 << 19)
    /// An honorific or a relational role ("mr", "counterpart"): how the text names someone, not an office.
    static let notOffice = WordClass(rawValue: 1 << 20)
    /// The first word of a title, or of an organisation noun, of several words ("prime" of "prime minister"):
    /// a `titleStart` or `organisationNounStart` without it begins only its own one-word phrase, whose
    /// length the mention parser knows without looking the word's phrases up.
    static let titleOfSeveralWordsStart = WordClass(rawValue: 1 << 21)
    static let organisationNounOfSeveralWordsStart = WordClass(rawValue: 1 << 22)
}
