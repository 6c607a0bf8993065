/// One quoted span of an article with what it is (`kind`) and who said it (`speaker`).
///
/// Offsets count Unicode scalars from the start of `Article.text`.
public struct Quote: Sendable, Equatable {
    /// What a quoted span is.
    public enum Kind: String, Sendable, Equatable, Codable, CaseIterable {
        /// An utterance of its own: a sentence or clause quoted, usually with a reporting verb.
        case direct
        /// Someone's words inside the narrator's sentence (“les uit het recente verleden”).
        case partial
        /// Quoted words that are nobody's speech: scare quotes, nicknames, titles, operations.
        case term
    }

    /// How the speaker was found, for people checking the model's work.
    public enum Cue: String, Sendable, Equatable, Codable {
        /// “…”, zei X / “…,” said X / “…,” X said
        case quoteVerbSpeaker
        /// X zei: “…” / X said that … “…” / Dat noemde hij een “…”
        case speakerVerbQuote
        /// aldus X / volgens X / according to X
        case sourceMarker
        /// X: “…”
        case colon
        /// The subject of the quote's sentence, for a partial quote with no reporting verb.
        case sentenceSubject
        /// No attribution of its own: continues the speaker of the quote before it.
        case continuation
        /// The sentence after the quote names the speaker (“…” The minister said so on Monday.)
        case followingSentence
        case none
    }

    public var span: QuoteSpan
    public var kind: Kind
    public var cue: Cue
    /// The quote stands in a paragraph that repeats an earlier one; it is shown but not counted.
    public var isRepeat: Bool
    /// The words between the marks; over several paragraphs, the parts joined by one space. A quote
    /// inside one paragraph is a view of `Article.text` (see `Article.init`), not a copy.
    public var text: Substring {
        get {
            let utf8 = textBase.utf8
            return textBase[utf8.index(utf8.startIndex, offsetBy: Int(textBounds.lowerBound))
                ..< utf8.index(utf8.startIndex, offsetBy: Int(textBounds.upperBound))]
        }
        set {
            textBase = newValue.base
            let utf8 = textBase.utf8
            textBounds = Range(storing: utf8.distance(from: utf8.startIndex, to: newValue.startIndex)
                ..< utf8.distance(from: utf8.startIndex, to: newValue.endIndex))
        }
    }
    /// The corpus speaker, or nil when unknown or for a term.
    public var speaker: Int? {
        get { storedSpeaker == Self.noSpeaker ? nil : Int(storedSpeaker) }
        set { storedSpeaker = newValue.map { UInt32(truncatingIfNeeded: $0) } ?? Self.noSpeaker }
    }
    /// Where those words stand.
    public var mentionRange: Range<Int>? {
        get { mentionStart <= mentionEnd ? Int(mentionStart)..<Int(mentionEnd) : nil }
        set {
            let stored = newValue.map { Range(storing: $0) }
            (mentionStart, mentionEnd) = stored.map { ($0.lowerBound, $0.upperBound) } ?? (1, 0)
        }
    }
    // Numbers in 32 bits (see `TextOffset`; fewer speakers than quotes), and none of them optional: an
    // absent speaker is `noSpeaker`, an absent mention range a start past its end. Optionals took a byte
    // each beside their four or eight, which the next field's alignment made four: a million quotes make
    // every eight bytes here eight megabytes. The small fields follow the span in the room its last field
    // leaves, the strings come last. 96 bytes, not 104.
    /// Order in its article, from 0.
    @Compact<UInt32> public var index: Int
    private var storedSpeaker: UInt32
    private var mentionStart: TextOffset
    private var mentionEnd: TextOffset
    private var textBounds: Range<TextOffset>
    /// The words in the article that name the speaker (`hij`, `het departement`, `minister Antony Blinken`).
    public var mention: String?
    /// `text` as the string it lies in and its UTF-8 offsets there (`textBounds`; 24 bytes where a
    /// `Substring` takes 32).
    private var textBase: String

    /// `storedSpeaker` of a quote without a speaker (no corpus has 2³² − 1 speakers).
    private static let noSpeaker = UInt32.max

    /// Quotes are equal when their fields are, `text` by its words wherever it lies.
    public static func == (left: Quote, right: Quote) -> Bool {
        left.index == right.index && left.span == right.span && left.kind == right.kind && left.cue == right.cue
            && left.isRepeat == right.isRepeat && left.text == right.text && left.storedSpeaker == right.storedSpeaker
            && left.mention == right.mention && left.mentionRange == right.mentionRange
    }

    public var start: Int { span.start }
    public var end: Int { span.end }
    public var paragraph: Int { span.paragraph }

    public init(index: Int, span: QuoteSpan, text: Substring, kind: Kind, speaker: Int? = nil, mention: String? = nil,
                mentionRange: Range<Int>? = nil, cue: Cue = .none, isRepeat: Bool = false) {
        self.index = index
        self.span = span
        self.textBase = ""
        self.textBounds = 0..<0
        self.kind = kind
        self.storedSpeaker = Self.noSpeaker
        self.mention = mention
        (self.mentionStart, self.mentionEnd) = (1, 0)
        self.cue = cue
        self.isRepeat = isRepeat
        self.text = text
        self.speaker = speaker
        self.mentionRange = mentionRange
    }
}
