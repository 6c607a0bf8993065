#if canImport(Glibc)
import Glibc
#endif
import CNCursesW
import ReaderUI

/// The terminal the reader runs in: owns the ncurses screen from `start` to `stop`, paints canvases
/// (only the cells that changed), decodes keys, mouse and resizes, and restores the terminal on
/// every exit path, including signals and traps.
///
/// Not `Sendable` on purpose: all ncurses calls must stay on the thread that started the terminal.
public final class CursesTerminal {
    /// The colours the theme may use: `.extended` with 256 colours or more, `.basic` with fewer,
    /// `.monochrome` without colours or when the user asked for none.
    public let colorSupport: ColorSupport

    private let screen: OpaquePointer
    /// The screen's `stdscr`, where everything is painted.
    let window: UnsafeMutablePointer<WINDOW>
    /// Files opened for ncurses (`/dev/tty`, `/dev/null`), closed by `stop`.
    private let openedFiles: [UnsafeMutablePointer<FILE>]
    private let restorer: TerminalRestorer?
    private let trapRequested: Bool
    private var pairs: ColorPairs
    /// What the terminal shows, as of the last paint; nil when the next paint must draw everything.
    private var shown: Canvas?
    private var stopped = false

    /// How many cells the last `paint` wrote (a wide grapheme counts once).
    private(set) var cellsWrittenByLastPaint = 0

    // MARK: Start and stop

    /// Takes over the terminal: UTF-8 locale, raw keys without echo, mouse, hidden cursor, the
    /// alternate screen, and the signal handlers that restore it all.
    ///
    /// Keys are read from standard input, or from `/dev/tty` when standard input was piped (the
    /// caller has already read the articles from it).
    public static func start(colors preference: ColorPreference) throws(TerminalError) -> CursesTerminal {
        guard isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        try UTF8Locale.activate()
        let term = getenv("TERM").map { String(cString: $0) }
        guard let term, !term.isEmpty else { throw .unusableTerminal(nil) }

        var opened: [UnsafeMutablePointer<FILE>] = []
        let output: UnsafeMutablePointer<FILE>
        let input: UnsafeMutablePointer<FILE>
        if isatty(STDIN_FILENO) == 1 {
            output = attache_stdout()
            input = attache_stdin()
        } else {
            guard let ttyOut = fopen("/dev/tty", "w") else { throw .noControllingTerminal }
            guard let ttyIn = fopen("/dev/tty", "r") else {
                fclose(ttyOut)
                throw .noControllingTerminal
            }
            (output, input) = (ttyOut, ttyIn)
            opened = [ttyOut, ttyIn]
        }

        let fd = fileno(output)
        var modes = termios()
        let saved: termios? = tcgetattr(fd, &modes) == 0 ? modes : nil
        // A terminal ncurses knows but that cannot move its cursor (TERM=dumb) would get a garbled screen.
        guard canAddressCursor(term: term, fd: fd), let screen = newterm(nil, output, input) else {
            opened.forEach { fclose($0) }
            throw .unusableTerminal(term)
        }
        let terminal = CursesTerminal(screen: screen, files: opened, preference: preference, interactive: true,
                                      restoring: { TerminalRestorer(fd: fd, saved: saved, exitSequence: $0) })
        return terminal
    }

    /// True when terminfo describes `term` with cursor addressing (`cup`); nothing is written to the terminal.
    private static func canAddressCursor(term: String, fd: Int32) -> Bool {
        var status: Int32 = 0
        guard setupterm(term, fd, &status) == OK, status == 1 else { return false }
        guard let cup = tigetstr("cup"), Int(bitPattern: cup) != -1 else { return false }
        return true
    }

    /// A terminal of type `terminalType` that draws into /dev/null and reads nothing: for tests,
    /// which read the cells back with `cell(x:y:)`. No signal handlers, no mouse.
    static func headless(terminalType: String = "xterm-256color", colors preference: ColorPreference = .automatic) throws(TerminalError) -> CursesTerminal {
        try UTF8Locale.activate()
        guard let output = fopen("/dev/null", "w") else { throw .noControllingTerminal }
        guard let input = fopen("/dev/null", "r") else {
            fclose(output)
            throw .noControllingTerminal
        }
        guard let screen = newterm(terminalType, output, input) else {
            fclose(output)
            fclose(input)
            throw .unusableTerminal(terminalType)
        }
        return CursesTerminal(screen: screen, files: [output, input], preference: preference, interactive: false, restoring: nil)
    }

    private init(screen: OpaquePointer, files: [UnsafeMutablePointer<FILE>], preference: ColorPreference,
                 interactive: Bool, restoring: (([UInt8]) -> TerminalRestorer)?) {
        set_term(screen)
        self.screen = screen
        // stdscr of the screen just made current; newterm never leaves it null.
        self.window = attache_stdscr()
        self.openedFiles = files

        raw()  // Ctrl-C, Ctrl-Z, Ctrl-S arrive as keys; the reader decides what they do
        noecho()
        nonl()
        keypad(window, true)
        if interactive {
            if getenv("ESCDELAY") == nil { set_escdelay(25) }  // Esc alone otherwise waits a second
            curs_set(0)
            mousemask(KeyDecoder.clickMask | KeyDecoder.wheelUpMask | KeyDecoder.wheelDownMask, nil)
            mouseinterval(0)  // report presses at once instead of waiting to compose clicks
        }

        var support = ColorSupport.monochrome
        if preference == .automatic, has_colors() {
            start_color()
            use_default_colors()  // palette index nil is the terminal's own colour (pair colour -1)
            support = attache_colors() >= 256 ? .extended : .basic
        }
        colorSupport = support
        pairs = ColorPairs(support: support, limit: Int(attache_color_pairs())) { number, colors in
            init_pair(number, colors.foreground, colors.background) != ERR
        }
        trapRequested = interactive && getenv("ATTACHE_DEBUG_TRAP").map { String(cString: $0) } == "1"
        restorer = restoring?(Self.exitSequence())
        restorer?.install()
    }

    deinit { stop() }

    /// Gives the terminal back exactly as it was (`endwin`, `delscreen`). Calling it again does nothing.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        set_term(screen)
        endwin()
        restorer?.uninstall()
        delscreen(screen)
        openedFiles.forEach { fclose($0) }
    }

    /// The bytes that take the terminal out of the reader's modes, prepared for the signal handler:
    /// reset attributes, stop mouse reporting, keypad off, cursor on, leave the alternate screen.
    static func exitSequence() -> [UInt8] {
        var bytes: [UInt8] = []
        func capability(_ name: String) {
            guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return }
            bytes += withoutPadding(Array(UnsafeRawBufferPointer(start: value, count: strlen(value))))
        }
        capability("sgr0")
        bytes += Array("\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l".utf8)
        capability("rmkx")
        capability("cnorm")
        capability("rmcup")
        return bytes
    }

    /// A terminfo string without its `$<…>` padding delays, which are for ncurses, not the terminal.
    static func withoutPadding(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "$"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "<"),
               let close = bytes[index...].firstIndex(of: UInt8(ascii: ">")) {
                index = close + 1
                continue
            }
            result.append(bytes[index])
            index += 1
        }
        return result
    }

    // MARK: Size and painting

    /// Columns and rows of the terminal now.
    public var size: (width: Int, height: Int) {
        (Int(attache_getmaxx(window)), Int(attache_getmaxy(window)))
    }

    /// Shows `canvas`: writes only the cells that differ from the last painted canvas (all of them
    /// after a size change), with the wide-character API, then updates the terminal once.
    public func paint(_ canvas: Canvas) {
        guard !stopped else { return }
        let (columns, rows) = size
        var previous = shown
        if previous?.width != canvas.width || previous?.height != canvas.height {
            previous = nil
            werase(window)
        }
        let width = min(canvas.width, columns), height = min(canvas.height, rows)
        var written = 0
        for y in 0..<max(0, height) {
            for x in 0..<max(0, width) {
                let cell = canvas[x, y]
                if let previous {
                    // A wide grapheme is rewritten when its continuation changed, too.
                    let same = previous[x, y] == cell && (cell.width != 2 || previous[x + 1, y] == canvas[x + 1, y])
                    if same { continue }
                }
                if cell.isContinuation {
                    if x > 0, canvas[x - 1, y].width == 2 { continue }  // drawn with its left half
                    put(Cell(text: " ", style: cell.style), x: x, y: y)
                } else if cell.width == 2, x + 1 >= width {
                    put(Cell(text: " ", style: cell.style), x: x, y: y)  // no room for the right half
                } else {
                    put(cell, x: x, y: y)
                }
                written += 1
            }
        }
        cellsWrittenByLastPaint = written
        shown = canvas
        wnoutrefresh(window)
        doupdate()
    }

    /// Forgets what the terminal shows, so the next paint draws every cell (after the screen was
    /// garbled, for instance).
    public func invalidate() {
        shown = nil
        clearok(window, true)
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        let characters = CellCharacters.of(cell.text)
        var styled = cchar_t()
        let pair = pairs.pair(for: cell.style)
        guard setcchar(&styled, characters, ColorPairs.attributes(for: cell.style), pair, nil) != ERR else { return }
        // add_wchnstr does not move the cursor, so the bottom-right cell is written like any other.
        mvwadd_wchnstr(window, Int32(y), Int32(x), &styled, 1)
    }

    // MARK: Input

    /// The next key, mouse action or resize, waiting at most `milliseconds` (a negative value waits
    /// for ever). Nil on timeout, and for input the reader has no use for (an unmapped key, a mouse
    /// release).
    public func nextEvent(timeout milliseconds: Int) -> InputEvent? {
        guard !stopped else { return nil }
        wtimeout(window, Int32(clamping: max(-1, milliseconds)))
        var code: wint_t = 0
        let status = wget_wch(window, &code)
        switch KeyDecoder.decode(status: status, code: UInt32(code)) {
        case .key(let key):
            return .key(key)
        case .mouse:
            var event = MEVENT()
            guard getmouse(&event) != ERR else { return nil }
            return KeyDecoder.mouse(buttons: event.bstate, x: Int(event.x), y: Int(event.y)).map(InputEvent.mouse)
        case .resize:
            shown = nil
            let now = size
            return .resize(width: now.width, height: now.height)
        case .ignored:
            return nil
        }
    }

    // MARK: Debugging

    /// With `ATTACHE_DEBUG_TRAP=1` in the environment, traps (a real Swift `fatalError`) once
    /// something has been painted, so a test can check that a crash leaves the terminal usable.
    /// The run loop calls it after each paint; without the variable it does nothing.
    public func debugTrapIfRequested() {
        guard trapRequested, shown != nil else { return }
        fatalError("ATTACHE_DEBUG_TRAP=1: deliberate trap to check that the terminal is restored")
    }
}
