/// One article as a loader read it: where it came from, its metadata and its paragraphs, before analysis.
public struct ArticleDocument: Sendable, Equatable {
    /// The path as the user gave it or as directory traversal found it; `-` for standard input.
    public var file: String
    /// 1-based position of the article inside a file that holds several (JSON array element,
    /// JSON Lines line number, CSV record number); `nil` for a file that is one article.
    public var record: Int?
    public var metadata: ArticleMetadata
    /// The body's paragraphs in order, each with inner line breaks folded to single spaces.
    public var paragraphs: [String]

    public init(file: String, record: Int? = nil, metadata: ArticleMetadata, paragraphs: [String]) {
        self.file = file
        self.record = record
        self.metadata = metadata
        self.paragraphs = paragraphs
    }
}
