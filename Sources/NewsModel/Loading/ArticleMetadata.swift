/// The header fields an article file may carry; every field is optional because feeds omit any of them.
public struct ArticleMetadata: Sendable, Equatable {
    public var title: String?
    public var date: NewsDate?
    public var source: String?
    public var url: String?
    public var author: String?
    /// The language the file declares; analysis guesses one from the words when this is `nil`.
    public var language: Language?

    public init(
        title: String? = nil, date: NewsDate? = nil, source: String? = nil, url: String? = nil,
        author: String? = nil, language: Language? = nil
    ) {
        self.title = title
        self.date = date
        self.source = source
        self.url = url
        self.author = author
        self.language = language
    }
}
