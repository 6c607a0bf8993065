import NewsModel

/// A text search over the articles: the query, whether it is still being typed, and the matches
/// in the open article.
public struct Search: Sendable, Equatable {
    public var query: String {
        didSet { pattern = SearchPattern(query) }
    }
    /// The query folded for finding (nil when it folds to nothing), made once as it is typed: the search's
    /// every step through the articles and every article it opens use it.
    public private(set) var pattern: SearchPattern?
    public var isEditing: Bool
    /// Scalar ranges of the matches in the open article.
    public var matches: [Range<Int>] = []
    /// Index in `matches` of the match the user stands on.
    public var current: Int?
    /// The walk through the other articles for the next match, while it goes on between keys.
    public internal(set) var sweep: SearchSweep?

    public init(query: String = "", isEditing: Bool = true) {
        self.query = query
        self.isEditing = isEditing
        pattern = SearchPattern(query)
    }
}
