/// How the model stores a scalar offset in an article's text, or a count below it: in 32 bits, as no
/// article's text is longer than `ArticleDocument.maximumTextBytes`. Public offsets stay `Int`; the
/// stored ones are half the size, and a corpus holds millions of them (quotes, mentions, paragraphs).
typealias TextOffset = UInt32

extension Range where Bound == Int {
    /// The offsets as stored.
    init(stored: Range<TextOffset>) {
        self = Int(stored.lowerBound)..<Int(stored.upperBound)
    }
}

extension Range where Bound == TextOffset {
    /// Offsets to store, which fit by `ArticleDocument.maximumTextBytes`.
    init(storing range: Range<Int>) {
        self = TextOffset(truncatingIfNeeded: range.lowerBound)..<TextOffset(truncatingIfNeeded: range.upperBound)
    }
}

/// An `Int` property kept in a narrower integer (`TextOffset`, `UInt32`, `UInt8`): callers see `Int`, the
/// corpus stores what fits. Values out of range are truncated, as every stored offset and id fits by
/// `ArticleDocument.maximumTextBytes` and by there being fewer speakers, quotes and articles than 2³².
@propertyWrapper
public struct Compact<Stored: FixedWidthInteger & Sendable>: Sendable, Equatable {
    private var stored: Stored

    public init(wrappedValue: Int) {
        stored = Stored(truncatingIfNeeded: wrappedValue)
    }

    public var wrappedValue: Int {
        get { Int(stored) }
        set { stored = Stored(truncatingIfNeeded: newValue) }
    }
}
