/// The open article: how it is wrapped, how far it is scrolled, and the quote the user stands on.
public struct Reading: Sendable, Equatable {
    public var article: Int
    public var layout: ArticleLayout
    /// Index of the line at the top of the pane.
    public var scroll: Int = 0
    /// `Quote.index` of the current quote; nil until the first `n`.
    public var quote: Int?

    public init(article: Int, layout: ArticleLayout, scroll: Int = 0, quote: Int? = nil) {
        self.article = article
        self.layout = layout
        self.scroll = scroll
        self.quote = quote
    }
}
