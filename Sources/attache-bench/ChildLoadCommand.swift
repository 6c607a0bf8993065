import ArgumentParser

/// `attache-bench child-load [--session] PATH…`: the hidden child the benchmark starts for each
/// measured load (see `ChildLoad`); its one output line is what the parent parses.
struct ChildLoadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: ChildLoad.command,
        abstract: "Load PATHs once as the reader would and print what it measured (started by the benchmark).",
        shouldDisplay: false
    )

    /// Spelled as `ChildSession.flag`, which the parent passes for the largest corpus's last run.
    @Flag(help: "Then run the 1 000-key session and the speaker filters on the loaded corpus.")
    var session = false

    @OptionGroup var corpus: CorpusPaths

    func run() {
        print(ChildLoad.run(paths: corpus.paths, session: session))
    }
}
