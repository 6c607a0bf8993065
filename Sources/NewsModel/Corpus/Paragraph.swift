/// One paragraph of an article: where it stands in the text and whether it repeats an earlier one.
public struct Paragraph: Sendable, Equatable {
    /// Scalar offsets in `Article.text`.
    public var range: Range<Int> {
        get { Range(stored: storedRange) }
        set { storedRange = Range(storing: newValue) }
    }
    /// The earlier paragraph this one repeats word for word (a caption printed twice), if any.
    public var repeatOf: Int? {
        get { storedRepeatOf.map(Int.init) }
        set { storedRepeatOf = newValue.map { TextOffset(truncatingIfNeeded: $0) } }
    }
    // In 32 bits (see `TextOffset`): 16 bytes a paragraph instead of 32.
    private var storedRange: Range<TextOffset>
    private var storedRepeatOf: TextOffset?

    public init(range: Range<Int>, repeatOf: Int? = nil) {
        self.storedRange = Range(storing: range)
        self.storedRepeatOf = repeatOf.map { TextOffset(truncatingIfNeeded: $0) }
    }
}
