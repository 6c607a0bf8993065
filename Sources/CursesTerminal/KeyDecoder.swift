import CNCursesW
import ReaderUI

/// Turns what `wget_wch` returned into the reader's keys: a pure function of the status and code,
/// so every key can be tested without a terminal. Mouse and resize need one more ncurses call
/// (`getmouse`, the new size), which `CursesTerminal` makes when told to.
enum KeyDecoder {
    /// What one `wget_wch` result means.
    enum Decoded: Equatable {
        case key(Key)
        /// `KEY_MOUSE`: the event waits in `getmouse`.
        case mouse
        /// `KEY_RESIZE`: ncurses has already resized its screen.
        case resize
        /// Nothing the reader uses (a timeout, Ctrl-@, an unmapped function key…).
        case ignored
    }

    /// `status` is `wget_wch`'s return value (`OK`, `KEY_CODE_YES` or `ERR`), `code` what it stored.
    static func decode(status: Int32, code: UInt32) -> Decoded {
        switch status {
        case OK: return character(code)
        case KEY_CODE_YES: return keyCode(Int32(bitPattern: code))
        default: return .ignored
        }
    }

    /// A character the terminal sent as is.
    static func character(_ code: UInt32) -> Decoded {
        switch code {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 127: return .key(.backspace)
        case 1...26:
            // Ctrl-A is 1 … Ctrl-Z is 26; raw mode delivers Ctrl-C here instead of raising SIGINT.
            // A terminal whose Backspace sends ^H says so in terminfo (kbs), and keypad mode then
            // reports KEY_BACKSPACE, so a bare 8 really is Ctrl-H.
            guard let letter = Unicode.Scalar(0x60 + code) else { return .ignored }
            return .key(.control(Character(letter)))
        case 27: return .key(.escape)
        case 0..<0x20, 0x80..<0xA0: return .ignored
        default:
            guard let scalar = Unicode.Scalar(code) else { return .ignored }
            return .key(.character(Character(scalar)))
        }
    }

    /// A key ncurses recognised from the terminal's escape sequence (`keypad` mode).
    static func keyCode(_ code: Int32) -> Decoded {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_BTAB: return .key(.backTab)
        case KEY_DC: return .key(.delete)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_ENTER: return .key(.enter)
        case KEY_MOUSE: return .mouse
        case KEY_RESIZE: return .resize
        case (KEY_F0 + 1)...(KEY_F0 + 63): return .key(.function(Int(code - KEY_F0)))
        default: return .ignored
        }
    }

    /// The button states `CursesTerminal` asks ncurses to report.
    static let wheelUpMask = attache_button4_pressed()
    static let wheelDownMask = attache_button5_pressed()
    static let clickMask = attache_button1_pressed() | attache_button1_clicked()

    /// A mouse event from `getmouse`: the wheel scrolls, the first button clicks; anything else is dropped.
    static func mouse(buttons: mmask_t, x: Int, y: Int) -> InputEvent.Mouse? {
        if buttons & wheelUpMask != 0 { return .wheelUp(x: x, y: y) }
        if buttons & wheelDownMask != 0 { return .wheelDown(x: x, y: y) }
        if buttons & clickMask != 0 { return .click(x: x, y: y) }
        return nil
    }
}
