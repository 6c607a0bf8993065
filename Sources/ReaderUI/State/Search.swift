/// A text search over the articles: the query, whether it is still being typed, and the matches
/// in the open article.
public struct Search: Sendable, Equatable {
    public var query: String
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
    }
}
