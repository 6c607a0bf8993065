import ArgumentParser
import Foundation
import NewsModel

/// `attache [PATH…]`: the interactive reader (the default command).
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Browse the articles interactively (the default command).",
        discussion: "Press ? in the reader for its keys. Colours follow the terminal; NO_COLOR or --no-color turns them off."
    )

    @OptionGroup var corpusOptions: CorpusOptions

    @Flag(name: .customLong("no-color"), help: "Use bold, underline and reverse only, no colours (as NO_COLOR does).")
    var noColor = false

    func run() throws {
        guard isatty(STDOUT_FILENO) == 1 else {
            Diagnostics.error("the reader needs a terminal: standard output is redirected (use `attache quotes` or `attache speakers` for scripts)")
            throw ExitStatus.usage
        }
        // Standard input is read whole before the terminal is taken over (keys then come from /dev/tty);
        // the analysis of everything runs in the background while the reader paints.
        let piped = corpusOptions.paths.contains("-") ? FileHandle.standardInput.readDataToEndOfFile() : Data()
        let indexer = CorpusIndexer(paths: try corpusOptions.resolvedPaths(), readStandardInput: { piped })
        indexer.start()
        let reader = ReaderLoop(indexer: indexer, noColor: noColor || !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty)
        let outcome: ReaderLoop.Outcome
        do {
            outcome = try reader.run()
        } catch {
            Diagnostics.error(error.description)
            throw ExitStatus.usage
        }
        if let corpus = outcome.corpus { KeptUntilExit.keep(corpus) }
        if outcome.interrupted { throw ExitStatus.interrupted }
        let corpus = outcome.corpus
        // The account comes after the reader, so it is the last thing on the shell's screen.
        guard let corpus else {
            Diagnostics.note("quit before indexing finished")
            return
        }
        corpusOptions.report(corpus)
        throw CorpusOptions.status(of: corpus)
    }
}
