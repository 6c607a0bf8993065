import ArgumentParser
import NewsModel

/// `attache [PATH…]`: the interactive reader. Until the terminal front end lands, it lists what it would open.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Browse the articles interactively (the default command)."
    )

    @OptionGroup var corpusOptions: CorpusOptions

    func run() throws {
        let corpus = try corpusOptions.loadCorpus()
        var out = RecordWriter()
        out.line("The interactive reader is not built yet; it would open these \(corpus.articles.count) articles:")
        TextReport.articleList(corpus, to: &out)
        out.flush()
        throw CorpusOptions.status(of: corpus)
    }
}
