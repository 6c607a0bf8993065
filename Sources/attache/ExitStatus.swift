/// The exit statuses attache promises scripts (also listed in `attache --help` and the README).
enum ExitStatus: Int32, Error {
    /// Everything was read.
    case success = 0
    /// Some input was skipped or read with damage; everything else was processed.
    case inputProblems = 1
    /// The command line was wrong, or the terminal cannot host the reader.
    case usage = 2
    /// `--speaker` matched no speaker.
    case noSuchSpeaker = 3
    /// The reader was interrupted with Ctrl-C (128 + SIGINT, as shells report it).
    case interrupted = 130
}
