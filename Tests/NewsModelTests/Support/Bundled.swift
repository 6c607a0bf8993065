import Foundation
@testable import NewsModel

/// Paths of the repository's bundled articles and test resources.
enum Bundled {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let articles = root.appendingPathComponent("assets/articles")
    static let seed = articles.appendingPathComponent("nl-2022-01-blinken-kazachstan.txt")
    static let gold = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Gold")
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Snapshots")

    /// Analyses text as one plain-text article (no header), in `language`.
    static func corpus(_ paragraphs: [String], language: Language? = nil) -> Corpus {
        Corpus(documents: [ArticleDocument(file: "test.txt", metadata: ArticleMetadata(language: language), paragraphs: paragraphs)])
    }

    /// "speaker: text" for each counted quote, term quotes as "-: text".
    static func attributions(_ corpus: Corpus) -> [String] {
        corpus.articles.flatMap { article in
            article.countedQuotes.map { quote in
                let who = quote.speaker.map { corpus.speakers[$0].name } ?? "-"
                return "\(who): \(quote.text)"
            }
        }
    }
}
