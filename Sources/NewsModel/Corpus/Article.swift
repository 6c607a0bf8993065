/// One analysed article: its metadata, text, paragraphs, quotes and the mentions of its speakers.
public struct Article: Sendable, Equatable, Identifiable {
    /// Position in the corpus.
    public var id: Int
    /// The path as read (`-` for standard input).
    public var file: String
    /// Position inside a file that holds several articles (JSON array, JSON Lines line, CSV record).
    public var record: Int?
    public var metadata: ArticleMetadata
    /// The header's language, else the one guessed from the words.
    public var language: Language
    /// The header's title, else the first sentence shortened at a word boundary.
    public var title: String
    /// The paragraphs joined by `\n\n`; every offset in the model counts Unicode scalars in this text.
    public var text: String
    public var paragraphs: [Paragraph]
    /// The quotes in order; the text of a quote inside one paragraph is a view of `text`.
    public var quotes: [Quote]
    public var speakerMentions: [SpeakerMention]

    /// Stores the arrays at their exact size, as they stay for the corpus's lifetime.
    public init(id: Int, file: String, record: Int?, metadata: ArticleMetadata, language: Language, title: String,
                text: String, paragraphs: [Paragraph], quotes: [Quote], speakerMentions: [SpeakerMention]) {
        self.id = id
        self.file = file
        self.record = record
        self.metadata = metadata
        self.language = language
        self.title = title
        self.text = text
        self.paragraphs = paragraphs.exactlySized()
        var quotes = quotes.exactlySized()
        Self.shareText(text, with: &quotes)
        self.quotes = quotes
        self.speakerMentions = speakerMentions.exactlySized()
    }

    /// The quotes that count: those outside repeated paragraphs.
    public var countedQuotes: [Quote] { quotes.filter { !$0.isRepeat } }

    /// `file` with the record number when the file holds several articles (`feed.jsonl:12`).
    public var location: String { record.map { "\(file):\($0)" } ?? file }
}
