import ArgumentParser
import Foundation
import NewsModel

/// The `attache` command: the reader by default, `quotes` and `speakers` for scripts.
struct Attache: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "attache",
        abstract: "A terminal reader for diplomatic news: who said what, in every article.",
        discussion: """
            With no PATH, the bundled sample articles are read. A PATH is a file, a directory (read \
            recursively) or - for standard input. Formats: plain text with a key/value header, Markdown \
            with YAML front matter, JSON, JSON Lines and CSV.

            Exit status: 0 everything was read; 1 some input was skipped or damaged (the rest was \
            processed); 2 usage error or no terminal for the reader; 3 no speaker matches --speaker; \
            130 the reader was interrupted (Ctrl-C); 129 and 143 it got SIGHUP or SIGTERM.
            """,
        version: version,
        subcommands: [ReadCommand.self, QuotesCommand.self, SpeakersCommand.self],
        defaultSubcommand: ReadCommand.self
    )
}

/// Runs the command and maps every outcome to one exit status, in one place.
@main
enum Main {
    static func main() {
        do {
            var command = try Attache.parseAsRoot()
            try command.run()
            Foundation.exit(ExitStatus.success.rawValue)
        } catch let status as ExitStatus {
            Foundation.exit(status.rawValue)
        } catch {
            let code = Attache.exitCode(for: error)
            if code == .success {
                print(Attache.fullMessage(for: error))
                Foundation.exit(0)
            }
            let message = Attache.fullMessage(for: error)
            if !message.isEmpty { Diagnostics.error(message.replacingOccurrences(of: "Error: ", with: "")) }
            if code == .validationFailure {
                Diagnostics.note("see 'attache --help'")
                Foundation.exit(ExitStatus.usage.rawValue)
            }
            Foundation.exit(code == .failure ? ExitStatus.usage.rawValue : code.rawValue)
        }
    }
}
