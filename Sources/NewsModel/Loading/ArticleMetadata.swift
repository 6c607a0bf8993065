/// The header fields an article file may carry; every field is optional because feeds omit any of them.
public struct ArticleMetadata: Sendable, Equatable {
    public var title: String?
    /// (Stored packed, see `PackedDate`: nine bytes where a `NewsDate?` takes 88.)
    public var date: NewsDate? {
        get { storedDate?.date }
        set { storedDate = newValue.map(PackedDate.init) }
    }
    public var source: String?
    public var url: String?
    public var author: String?
    private var storedDate: PackedDate?  // before the one-byte language, which fills the room it leaves
    /// The language the file declares; analysis guesses one from the words when this is `nil`.
    public var language: Language?

    public init(
        title: String? = nil, date: NewsDate? = nil, source: String? = nil, url: String? = nil,
        author: String? = nil, language: Language? = nil
    ) {
        self.title = title
        self.source = source
        self.url = url
        self.author = author
        self.language = language
        self.storedDate = date.map(PackedDate.init)
    }

    /// Metadata are equal when their fields are, the date as `NewsDate` compares dates.
    public static func == (left: ArticleMetadata, right: ArticleMetadata) -> Bool {
        left.title == right.title && left.date == right.date && left.source == right.source && left.url == right.url
            && left.author == right.author && left.language == right.language
    }
}
