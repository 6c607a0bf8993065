/// One analysed article: its metadata, text, paragraphs, quotes and the mentions of its speakers.
public struct Article: Sendable, Equatable, Identifiable {
    /// The path as read (`-` for standard input).
    public var file: String
    /// The header's title, else the first sentence shortened at a word boundary.
    public var title: String
    /// The paragraphs joined by `\n\n`; every offset in the model counts Unicode scalars in this text.
    public var text: String
    public var paragraphs: [Paragraph]
    /// The quotes in order; the text of a quote inside one paragraph is a view of `text`.
    public var quotes: [Quote]
    public var speakerMentions: [SpeakerMention]
    public var metadata: ArticleMetadata
    /// The header's language, else the one guessed from the words.
    public var language: Language
    // The numbers in 32 bits (see `Compact`; a record of 2³² − 1 stands for none), in the room the metadata
    // and language leave: 160 bytes an article, where `Int`s took 176.
    /// Position in the corpus.
    @Compact<UInt32> public var id: Int
    /// Position inside a file that holds several articles (JSON array, JSON Lines line, CSV record).
    public var record: Int? {
        get { storedRecord == .max ? nil : Int(storedRecord) }
        set { storedRecord = newValue.map { UInt32(truncatingIfNeeded: $0) } ?? .max }
    }
    private var storedRecord: UInt32

    /// Stores the arrays at their exact size, as they stay for the corpus's lifetime.
    public init(id: Int, file: String, record: Int?, metadata: ArticleMetadata, language: Language, title: String,
                text: String, paragraphs: [Paragraph], quotes: [Quote], speakerMentions: [SpeakerMention]) {
        self.init(id: id, file: file, record: record, metadata: metadata, language: language, title: title, text: text,
                  paragraphs: paragraphs, quotes: quotes, speakerMentions: speakerMentions, quotesViewText: false)
    }

    /// `quotesViewText`: the quotes' texts are views of `text` already where they can be (the analyzer makes
    /// them so), and are not shared again.
    init(id: Int, file: String, record: Int?, metadata: ArticleMetadata, language: Language, title: String,
         text: String, paragraphs: [Paragraph], quotes: [Quote], speakerMentions: [SpeakerMention], quotesViewText: Bool) {
        self.file = file
        self.storedRecord = .max
        self.metadata = metadata
        self.language = language
        self.title = title
        self.text = text
        self.paragraphs = paragraphs.exactlySized()
        var quotes = quotes.exactlySized()
        if !quotesViewText { Self.shareText(text, with: &quotes) }
        self.quotes = quotes
        self.speakerMentions = speakerMentions.exactlySized()
        self.id = id
        self.record = record
    }

    /// The quotes that count: those outside repeated paragraphs.
    public var countedQuotes: [Quote] { quotes.filter { !$0.isRepeat } }

    /// `countedQuotes.count`, counted where the quotes lie: filtering copied every quote, and the account
    /// after the reader closed took 0.2 s for the 1.1 million quotes of 100 000 articles.
    public var countedQuoteCount: Int {
        quotes.indices.count { !quotes[$0].isRepeat }
    }

    /// `file` with the record number when the file holds several articles (`feed.jsonl:12`).
    public var location: String { record.map { "\(file):\($0)" } ?? file }
}
