/// Work the update function asks the run loop to do, since `reduce` itself does no I/O.
public enum Effect: Sendable, Equatable {
    /// Leave the reader and restore the terminal.
    case quit
    /// Leave at once, as an interrupted program does (exit status 130).
    case interrupt
}
