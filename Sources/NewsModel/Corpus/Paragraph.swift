/// One paragraph of an article: where it stands in the text and whether it repeats an earlier one.
public struct Paragraph: Sendable, Equatable {
    /// Scalar offsets in `Article.text`.
    public var range: Range<Int> {
        get { Range(stored: storedRange) }
        set { storedRange = Range(storing: newValue) }
    }
    /// The earlier paragraph this one repeats word for word (a caption printed twice), if any.
    public var repeatOf: Int? {
        get { storedRepeatOf == Self.none ? nil : Int(storedRepeatOf) }
        set { storedRepeatOf = newValue.map { TextOffset(truncatingIfNeeded: $0) } ?? Self.none }
    }
    // In 32 bits (see `TextOffset`), and `repeatOf` not optional (`none` for no paragraph, as no text has
    // 2³² − 1 paragraphs): 12 bytes a paragraph, where an optional made 16 and `Int`s 32.
    private var storedRange: Range<TextOffset>
    private var storedRepeatOf: TextOffset

    /// `storedRepeatOf` of a paragraph that repeats none.
    private static let none = TextOffset.max

    public init(range: Range<Int>, repeatOf: Int? = nil) {
        self.storedRange = Range(storing: range)
        self.storedRepeatOf = Self.none
        self.repeatOf = repeatOf
    }
}
