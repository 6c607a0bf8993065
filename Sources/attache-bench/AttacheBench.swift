import ArgumentParser

/// The `attache-bench` command: runs the benchmark of issue 5 itself, `generate` keeps a corpus for a
/// profiler, and the hidden `child-…` subcommands are the processes the benchmark starts.
///
/// The benchmark's options live on this root command rather than on a default subcommand, so that
/// `attache-bench --help` lists them (ArgumentParser's root help shows only the root's own options).
struct AttacheBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attache-bench",
        abstract: "Time attache on generated corpora of 1 000 to 100 000 articles and print the tables of issue 5.",
        usage: """
            attache-bench [--largest <N>] [--runs <N>]
            attache-bench generate <N> <DIR>
            """,
        discussion: """
            The corpora are generated from the bundled articles in a temporary directory, removed at the \
            end and on Ctrl-C; each load runs in a fresh child process. The tables go to standard output, \
            progress to standard error. A full run takes minutes; --largest 1000 --runs 1 a \
            few seconds.

            Exit status: 0 the tables were printed; 1 the run failed (a child process, a missing \
            program, a file that could not be written); 64 usage error.
            """,
        subcommands: [GenerateCommand.self, ChildLoadCommand.self, ChildSessionCommand.self, ChildMemoryCommand.self]
    )

    /// `.unconditional` so that `--largest -5` reaches `validate` and is told why, not "missing value".
    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Keep only the corpus sizes up to N articles (and shrink the feed to 2 000 bytes an article), for a quick look.",
        valueName: "N"))
    var largest: Int?

    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Run every measurement N times, on all cores, on one core and for the feed alike (default: 5 down to 2 by corpus size, fewer on one core).",
        valueName: "N"))
    var runs: Int?

    func validate() throws {
        let sizes = Configuration.standardSizes
        if let largest, let smallest = sizes.min(), largest < smallest {
            let listed = sizes.map(Table.grouped).joined(separator: ", ")
            throw ValidationError("--largest \(largest) keeps no corpus: the sizes are \(listed) articles")
        }
        if let runs, runs < 1 {
            throw ValidationError("--runs must be at least 1, not \(runs)")
        }
    }

    func run() throws {
        var configuration = Configuration()
        if let largest { configuration.keepSizes(upTo: largest) }
        if let runs { configuration.repeatEverywhere(runs) }
        try Benchmark(configuration: configuration).run()
    }
}
