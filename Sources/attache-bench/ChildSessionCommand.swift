import ArgumentParser

/// `attache-bench child-session PATH…`: the hidden command that loads a corpus and runs the scripted
/// session alone, so a profiler sees the session without the benchmark around it (see `ChildSession`).
struct ChildSessionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: ChildSession.command,
        abstract: "Load PATHs, run the 1 000-key session alone and print its summary (for a profiler).",
        shouldDisplay: false
    )

    @OptionGroup var corpus: CorpusPaths

    func run() {
        print(ChildSession.runAlone(paths: corpus.paths))
    }
}
