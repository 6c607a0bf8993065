import ArgumentParser

/// `attache-bench child-memory PATH…`: the hidden command that prints where a load's memory sits,
/// stage by stage (see `ChildMemory`).
struct ChildMemoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: ChildMemory.command,
        abstract: "Load PATHs and print resident and peak memory after each stage of the load.",
        shouldDisplay: false
    )

    @OptionGroup var corpus: CorpusPaths

    func run() {
        print(ChildMemory.run(paths: corpus.paths))
    }
}
