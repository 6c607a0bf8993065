/// Maps a record's field names (JSON keys, CSV headers, front matter keys) to article metadata and body.
///
/// Names are matched case-insensitively. Of the body fields, the longest of `text`, `body`, `content`,
/// `maintext` and `article` wins; `description` is used only when none of them has text.
struct ArticleFields: Sendable, Equatable {
    static let titleNames = ["title", "headline"]
    static let dateNames = ["date", "published", "publish_date", "published_at", "pubdate", "date_publish", "datetime"]
    static let bodyNames = ["text", "body", "content", "maintext", "article"]
    static let summaryNames = ["description"]
    static let urlNames = ["url", "link"]
    static let sourceNames = ["source", "source_domain", "publisher"]
    static let languageNames = ["language", "lang"]
    static let authorNames = ["author", "authors", "byline"]

    /// Every name that can hold article text, lower case; a CSV header must name one of them.
    static let textNames = bodyNames + summaryNames

    var metadata: ArticleMetadata
    /// The body's paragraphs; empty when the record holds no text.
    var paragraphs: [String]

    /// Reads `fields`, whose keys must already be lower case.
    init(_ fields: [String: FieldValue]) {
        func first(_ names: [String]) -> String? {
            names.lazy.compactMap { fields[$0]?.singleLine }.first
        }
        metadata = ArticleMetadata(
            title: first(Self.titleNames),
            date: Self.dateNames.lazy.compactMap { fields[$0]?.singleLine.flatMap(NewsDate.init(parsing:)) }.first,
            source: first(Self.sourceNames),
            url: first(Self.urlNames),
            author: first(Self.authorNames),
            language: first(Self.languageNames).flatMap(Language.init(header:))
        )
        let bodies = Self.bodyNames.compactMap { fields[$0]?.paragraphs }.filter { !$0.isEmpty }
        if let longest = bodies.max(by: { Self.length($0) < Self.length($1) }) {
            paragraphs = longest
        } else {
            paragraphs = Self.summaryNames.lazy.map { fields[$0]?.paragraphs ?? [] }.first { !$0.isEmpty } ?? []
        }
    }

    private static func length(_ paragraphs: [String]) -> Int {
        paragraphs.reduce(0) { $0 + $1.utf8.count }
    }
}
