/// One article as a loader read it: where it came from, its metadata and its paragraphs, before analysis.
///
/// The body is kept as the one string the analysed article shows (`text`), so the analysis hands that
/// storage on instead of joining the paragraphs into a copy: a corpus read in full before its analysis
/// then costs its text once, not twice.
public struct ArticleDocument: Sendable, Equatable {
    /// The path as the user gave it or as directory traversal found it; `-` for standard input.
    public var file: String
    /// 1-based position of the article inside a file that holds several (JSON array element,
    /// JSON Lines line number, CSV record number); `nil` for a file that is one article.
    public var record: Int?
    public var metadata: ArticleMetadata
    /// The longest text the model stores offsets into (`TextOffset`); a longer article is not read
    /// (`LoadError.tooLong`).
    public static let maximumTextBytes = Int(UInt32.max)
    /// The paragraphs joined by `\n\n`, in a buffer of exactly that size: `Article.text`.
    public let text: String
    /// Where each paragraph ends in `text`, in UTF-8 bytes; the next one starts two bytes (`\n\n`) later.
    private let paragraphEnds: [Int]

    public init(file: String, record: Int? = nil, metadata: ArticleMetadata, paragraphs: [String]) {
        self.init(file: file, record: record, metadata: metadata, joined: JoinedParagraphs(joining: paragraphs))
    }

    /// A document whose paragraphs are already joined (a plain-text body cut from its file's bytes).
    init(file: String, record: Int? = nil, metadata: ArticleMetadata, joined: JoinedParagraphs) {
        self.file = file
        self.record = record
        self.metadata = metadata
        self.text = joined.text
        self.paragraphEnds = joined.ends
    }

    /// The body's paragraphs in order, each with inner line breaks folded to single spaces (copied out
    /// of `text` on each call).
    public var paragraphs: [String] {
        paragraphViews.map(String.init)
    }

    /// `paragraphs` as views of `text`, not copies: the analysis reads each paragraph's bytes only, and copying
    /// and freeing them cost as much as reading them.
    var paragraphViews: [Substring] {
        let utf8 = text.utf8
        var start = 0
        return paragraphEnds.map { end in
            defer { start = end + 2 }
            return text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
        }
    }
}
