/// Why the terminal could not be started, each with a one-line message for the user.
public enum TerminalError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Standard output is not a terminal (redirected to a file or a pipe).
    case notATerminal
    /// `TERM` is unset or names a terminal ncurses has no description for.
    case unusableTerminal(String?)
    /// Neither the user's locale nor `C.UTF-8` can encode UTF-8, so non-ASCII text would vanish.
    case noUTF8Locale(String)
    /// Standard input was piped and the controlling terminal `/dev/tty` could not be opened for keys.
    case noControllingTerminal

    public var description: String {
        switch self {
        case .notATerminal:
            return "the reader needs a terminal: standard output is redirected (use a subcommand such as `attache quotes` for scripts)"
        case .unusableTerminal(let term?):
            return "the terminal type '\(term)' is unknown to ncurses or cannot move its cursor; set TERM to a full-screen terminal, such as xterm-256color"
        case .unusableTerminal(nil):
            return "TERM is not set, so the terminal cannot be driven; set it, for example TERM=xterm-256color"
        case .noUTF8Locale(let locale):
            return "the locale '\(locale)' is not UTF-8 and C.UTF-8 is not available; set LANG to a UTF-8 locale"
        case .noControllingTerminal:
            return "standard input is not a terminal and /dev/tty cannot be opened to read keys"
        }
    }
}
