/// The paths of one corpus under test, what they hold, and the name the table gives it.
struct CorpusFiles {
    var name: String
    var paths: [String]
    var articles: Int
    var bytes: Int

    var megabytes: Double { Double(bytes) / 1_000_000 }

    /// "1 000 articles", "100 000 articles": thousands grouped with a space, as the issue writes them.
    static func label(articles: Int) -> String {
        "\(Table.grouped(articles)) articles"
    }
}
