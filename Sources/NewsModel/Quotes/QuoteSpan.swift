/// A quoted span as the scanner found it: where its marks stand and which text lies between them.
///
/// Offsets count Unicode scalars from the start of the article text (paragraphs joined by `\n\n`).
/// They are stored in 32 bits (see `TextOffset`), the first segment inline: the usual quote of one
/// paragraph takes 40 bytes and no allocation of its own.
public struct QuoteSpan: Sendable, Equatable {
    // Offsets in 32 bits, as `TextOffset`; declared in this order so the one-byte fields fill what the
    // optional segment leaves: 40 bytes.
    private var laterSegments: [Range<Int>]
    /// Offset of the opening mark.
    @Compact<UInt32> public var start: Int
    /// Offset just past the closing mark, or past the last character of the paragraph when the
    /// quote was never closed.
    @Compact<UInt32> public var end: Int
    /// Paragraph of the opening mark, and of the end.
    @Compact<UInt32> public var paragraph: Int
    @Compact<UInt32> public var lastParagraph: Int
    private var firstSegment: Range<TextOffset>?
    /// 0 for a quote in narration, 1 for a quote inside a quote, and so on (below `QuoteScanner.maximumDepth`).
    @Compact<UInt8> public var depth: Int
    /// False when the closing mark was missing and the span was ended at its paragraph's end.
    public var isClosed: Bool

    /// The text between the marks, one range per paragraph the quote runs over (reopening marks excluded).
    public var segments: [Range<Int>] {
        firstSegment.map { [Range(stored: $0)] + laterSegments } ?? []
    }

    /// The segment of a quote that stays inside one paragraph, else nil.
    var onlySegment: Range<Int>? { laterSegments.isEmpty ? firstSegment.map { Range(stored: $0) } : nil }

    public init(start: Int, end: Int, segments: [Range<Int>], paragraph: Int, lastParagraph: Int, depth: Int, isClosed: Bool) {
        self.laterSegments = Array(segments.dropFirst())
        self.start = start
        self.end = end
        self.paragraph = paragraph
        self.lastParagraph = lastParagraph
        self.firstSegment = segments.first.map { Range(storing: $0) }
        self.depth = depth
        self.isClosed = isClosed
    }

    /// A span whose text lies in `doneSegments` (of the earlier paragraphs it runs over, none for a quote
    /// within one paragraph) and `lastSegment`: the scanner's way of making one, without joining the
    /// segments into an array for `init(…segments:…)` to take apart again.
    init(start: Int, end: Int, doneSegments: [Range<Int>], lastSegment: Range<Int>, paragraph: Int, lastParagraph: Int,
         depth: Int, isClosed: Bool) {
        if let first = doneSegments.first {
            self.firstSegment = Range(storing: first)
            self.laterSegments = Array(doneSegments.dropFirst()) + [lastSegment]
        } else {
            self.firstSegment = Range(storing: lastSegment)
            self.laterSegments = []
        }
        self.start = start
        self.end = end
        self.paragraph = paragraph
        self.lastParagraph = lastParagraph
        self.depth = depth
        self.isClosed = isClosed
    }
}
