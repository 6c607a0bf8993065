import ArgumentParser

/// `attache-bench generate N DIR`: writes the corpus the benchmark would measure and keeps it, for a profiler.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write an archive of N generated articles and the JSON Lines feed to DIR, and keep them.",
        discussion: "DIR/archive holds the articles, 1 000 to a folder; DIR/feed.jsonl the feed."
    )

    @Argument(help: ArgumentHelp("How many articles the archive holds.", valueName: "N"))
    var articles: Int

    @Argument(help: ArgumentHelp("Where to write them (created if missing).", valueName: "DIR"))
    var directory: String

    func validate() throws {
        if articles < 1 { throw ValidationError("N must be at least 1, not \(articles)") }
    }

    func run() throws {
        try Benchmark(configuration: Configuration()).generateOnly(articles: articles, into: directory)
    }
}
