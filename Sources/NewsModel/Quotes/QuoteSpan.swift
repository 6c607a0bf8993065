/// A quoted span as the scanner found it: where its marks stand and which text lies between them.
///
/// Offsets count Unicode scalars from the start of the article text (paragraphs joined by `\n\n`).
public struct QuoteSpan: Sendable, Equatable {
    /// Offset of the opening mark.
    public var start: Int
    /// Offset just past the closing mark, or past the last character of the paragraph when the
    /// quote was never closed.
    public var end: Int
    /// The text between the marks, one range per paragraph the quote runs over (reopening marks excluded).
    public var segments: [Range<Int>] { firstSegment.map { [$0] + laterSegments } ?? [] }
    private var laterSegments: [Range<Int>]
    /// Paragraph of the opening mark, and of the end.
    public var paragraph: Int
    public var lastParagraph: Int
    /// 0 for a quote in narration, 1 for a quote inside a quote, and so on.
    public var depth: Int
    /// `segments` stored apart, so the usual quote of one paragraph needs no array (an allocation per
    /// quote); last but one, so `isClosed` fills the byte its optional adds.
    private var firstSegment: Range<Int>?
    /// False when the closing mark was missing and the span was ended at its paragraph's end.
    public var isClosed: Bool

    /// The segment of a quote that stays inside one paragraph, else nil.
    var onlySegment: Range<Int>? { laterSegments.isEmpty ? firstSegment : nil }

    public init(start: Int, end: Int, segments: [Range<Int>], paragraph: Int, lastParagraph: Int, depth: Int, isClosed: Bool) {
        self.start = start
        self.end = end
        self.firstSegment = segments.first
        self.laterSegments = Array(segments.dropFirst())
        self.paragraph = paragraph
        self.lastParagraph = lastParagraph
        self.depth = depth
        self.isClosed = isClosed
    }
}
