/// A quoted span as the scanner found it: where its marks stand and which text lies between them.
///
/// Offsets count Unicode scalars from the start of the article text (paragraphs joined by `\n\n`).
/// They are stored in 32 bits (see `TextOffset`), the first segment inline: the usual quote of one
/// paragraph takes 40 bytes and no allocation of its own.
public struct QuoteSpan: Sendable, Equatable {
    /// Offset of the opening mark.
    public var start: Int {
        get { Int(storedStart) }
        set { storedStart = TextOffset(truncatingIfNeeded: newValue) }
    }
    /// Offset just past the closing mark, or past the last character of the paragraph when the
    /// quote was never closed.
    public var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = TextOffset(truncatingIfNeeded: newValue) }
    }
    /// The text between the marks, one range per paragraph the quote runs over (reopening marks excluded).
    public var segments: [Range<Int>] {
        firstSegment.map { [Range(stored: $0)] + laterSegments } ?? []
    }
    /// Paragraph of the opening mark, and of the end.
    public var paragraph: Int {
        get { Int(storedParagraph) }
        set { storedParagraph = TextOffset(truncatingIfNeeded: newValue) }
    }
    public var lastParagraph: Int {
        get { Int(storedLastParagraph) }
        set { storedLastParagraph = TextOffset(truncatingIfNeeded: newValue) }
    }
    /// 0 for a quote in narration, 1 for a quote inside a quote, and so on.
    public var depth: Int {
        get { Int(storedDepth) }
        set { storedDepth = UInt8(truncatingIfNeeded: newValue) }  // below `QuoteScanner.maximumDepth`
    }
    private var laterSegments: [Range<Int>]
    private var storedStart: TextOffset
    private var storedEnd: TextOffset
    private var storedParagraph: TextOffset
    private var storedLastParagraph: TextOffset
    private var firstSegment: Range<TextOffset>?
    private var storedDepth: UInt8
    /// False when the closing mark was missing and the span was ended at its paragraph's end.
    public var isClosed: Bool

    /// The segment of a quote that stays inside one paragraph, else nil.
    var onlySegment: Range<Int>? { laterSegments.isEmpty ? firstSegment.map { Range(stored: $0) } : nil }

    public init(start: Int, end: Int, segments: [Range<Int>], paragraph: Int, lastParagraph: Int, depth: Int, isClosed: Bool) {
        self.storedStart = TextOffset(truncatingIfNeeded: start)
        self.storedEnd = TextOffset(truncatingIfNeeded: end)
        self.firstSegment = segments.first.map { Range(storing: $0) }
        self.laterSegments = Array(segments.dropFirst())
        self.storedParagraph = TextOffset(truncatingIfNeeded: paragraph)
        self.storedLastParagraph = TextOffset(truncatingIfNeeded: lastParagraph)
        self.storedDepth = UInt8(truncatingIfNeeded: depth)
        self.isClosed = isClosed
    }
}
