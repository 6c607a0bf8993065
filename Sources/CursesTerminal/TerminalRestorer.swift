#if canImport(Glibc)
import Glibc
#endif

/// The signal handlers that give the terminal back as it was when the reader is killed or traps.
///
/// Strategy (chosen over a flag polled by the run loop, so it also works while the program is busy
/// or stuck): everything the handler needs is prepared before the handlers are installed — the
/// terminal's file descriptor, the `termios` saved before ncurses changed it, and the terminal's
/// exit sequences (reset attributes, stop mouse reporting, keypad off, show the cursor, leave the
/// alternate screen) as bytes. The handler itself only calls async-signal-safe functions:
/// `write`, `tcsetattr`, `sigaction`, `raise`, `_exit`.
/// - SIGTERM, SIGHUP, SIGINT: restore, then `_exit(128 + signal)`.
/// - SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE (a Swift trap is SIGILL or SIGTRAP):
///   restore, then re-raise the signal with the default action, so the exit status and core dump
///   are what they would have been.
final class TerminalRestorer {
    static let terminatingSignals: [Int32] = [SIGTERM, SIGHUP, SIGINT]
    static let fatalSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

    private let state: UnsafeMutablePointer<RestoreState>
    private var previous: [(signal: Int32, action: sigaction)] = []

    /// `fd` is the terminal ncurses writes to; `saved` its modes before ncurses started (nil when
    /// they could not be read, and then only the exit sequence is written).
    init(fd: Int32, saved: termios?, exitSequence: [UInt8]) {
        let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, exitSequence.count))
        bytes.initialize(from: exitSequence, count: exitSequence.count)
        state = .allocate(capacity: 1)
        state.initialize(to: RestoreState(fd: fd, hasSaved: saved != nil, saved: saved ?? termios(),
                                          bytes: bytes, count: exitSequence.count))
    }

    deinit {
        uninstall()
        state.pointee.bytes.deallocate()
        state.deallocate()
    }

    /// Installs the handlers; until `uninstall`, a signal above restores the terminal.
    func install() {
        guard previous.isEmpty else { return }
        restoreState = state  // published before any handler can run
        for signal in Self.terminatingSignals { previous.append((signal, Self.handle(signal, with: restoreThenExit))) }
        for signal in Self.fatalSignals { previous.append((signal, Self.handle(signal, with: restoreThenReraise))) }
    }

    /// Puts back the handlers that were there before `install`.
    func uninstall() {
        guard !previous.isEmpty else { return }
        for (signal, action) in previous {
            var old = action
            sigaction(signal, &old, nil)
        }
        previous.removeAll()
        if restoreState == state { restoreState = nil }
    }

    private static func handle(_ signal: Int32, with handler: @convention(c) (Int32) -> Void) -> sigaction {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        var old = sigaction()
        sigaction(signal, &action, &old)
        return old
    }
}

/// What the signal handler needs, prepared in advance: only trivial values, so reading it retains nothing.
struct RestoreState {
    var fd: Int32
    var hasSaved: Bool
    var saved: termios
    var bytes: UnsafeMutablePointer<UInt8>
    var count: Int
}

/// The state of the installed `TerminalRestorer`, read by the signal handlers.
///
/// Safe as `nonisolated(unsafe)`: it is written only on the terminal's thread, by `install` before
/// the handlers are set and by `uninstall` after they are removed; the handlers only read it. The
/// pointee is immutable while installed. (It is touched in `install`, so the lazy global's one-time
/// initialisation has happened before a handler can run.)
nonisolated(unsafe) private var restoreState: UnsafeMutablePointer<RestoreState>? = nil

/// Set by the first handler to run, so a second signal during restoring does not restore twice.
nonisolated(unsafe) private var restoring: sig_atomic_t = 0

/// Writes the exit sequence and puts the saved terminal modes back. Async-signal-safe.
private func restoreTerminal() {
    guard restoring == 0, let state = restoreState else { return }
    restoring = 1
    var written = 0
    while written < state.pointee.count {
        let result = write(state.pointee.fd, state.pointee.bytes + written, state.pointee.count - written)
        if result <= 0 { break }
        written += result
    }
    if state.pointee.hasSaved {
        var saved = state.pointee.saved
        _ = tcsetattr(state.pointee.fd, TCSADRAIN, &saved)
    }
}

/// SIGTERM, SIGHUP, SIGINT: restore, exit 128 + signal.
private func restoreThenExit(_ signal: Int32) {
    restoreTerminal()
    _exit(128 + signal)
}

/// A fatal signal: restore, then let the default action happen (core, status of the signal).
private func restoreThenReraise(_ signal: Int32) {
    restoreTerminal()
    var action = sigaction()
    action.__sigaction_handler.sa_handler = SIG_DFL
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(signal, &action, nil)
    // Blocked while this handler runs: delivered with the default action when it returns. A fault
    // (SIGSEGV, SIGILL from a trap) also simply happens again on return.
    raise(signal)
}
