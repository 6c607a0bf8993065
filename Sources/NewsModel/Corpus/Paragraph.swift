/// One paragraph of an article: where it stands in the text and whether it repeats an earlier one.
public struct Paragraph: Sendable, Equatable {
    /// Scalar offsets in `Article.text`.
    public var range: Range<Int>
    /// The earlier paragraph this one repeats word for word (a caption printed twice), if any.
    public var repeatOf: Int?

    public init(range: Range<Int>, repeatOf: Int? = nil) {
        self.range = range
        self.repeatOf = repeatOf
    }
}
