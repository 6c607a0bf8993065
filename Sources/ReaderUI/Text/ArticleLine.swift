/// One screen line of an article as wrapped for its pane.
public enum ArticleLine: Sendable, Equatable {
    /// A line of the title block (title, then date · source · language).
    case heading(String, isTitle: Bool)
    /// The gap between paragraphs.
    case blank
    /// Part of a paragraph: a range of `Article.text` and the scalar offset where it starts.
    case body(paragraph: Int, range: Range<String.Index>, scalarStart: Int, scalarCount: Int)

    /// Scalar offsets of `Article.text` this line shows (empty for headings and blanks).
    public var scalars: Range<Int> {
        if case let .body(_, _, start, count) = self { return start..<(start + count) }
        return 0..<0
    }
}
