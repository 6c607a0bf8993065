import CNCursesW
import ReaderUI

/// Reading back what ncurses holds for a cell, so tests can check a paint without a real terminal.
extension CursesTerminal {
    /// One cell of ncurses' screen as tests compare it.
    struct ScreenCell: Equatable, CustomStringConvertible {
        /// The cell's wide characters (spacing character and combining marks).
        var text: String
        var attributes: Style.Attributes
        /// The cell's colour pair and the colours it was defined with (-1: the default colour).
        var pair: Int16
        var foreground: Int16
        var background: Int16

        var description: String { "\(text.debugDescription) attrs \(attributes.rawValue) pair \(pair) (\(foreground), \(background))" }
    }

    /// The cell at column `x`, row `y` of ncurses' window (not yet of the physical terminal).
    func cell(x: Int, y: Int) -> ScreenCell? {
        var stored = cchar_t()
        guard mvwin_wch(window, Int32(y), Int32(x), &stored) != ERR else { return nil }
        var characters = [wchar_t](repeating: 0, count: Int(attache_ccharw_max()) + 1)
        var attributes: attr_t = 0
        var pair: Int16 = 0
        guard getcchar(&stored, &characters, &attributes, &pair, nil) != ERR else { return nil }
        var text = ""
        for character in characters.prefix(while: { $0 != 0 }) {
            if let scalar = Unicode.Scalar(UInt32(bitPattern: character)) { text.unicodeScalars.append(scalar) }
        }
        var style = Style.Attributes()
        if attributes & attache_a_bold() != 0 { style.insert(.bold) }
        if attributes & attache_a_underline() != 0 { style.insert(.underline) }
        if attributes & attache_a_reverse() != 0 { style.insert(.reverse) }
        if attributes & attache_a_dim() != 0 { style.insert(.dim) }
        var foreground: Int16 = -1, background: Int16 = -1
        if pair > 0 { pair_content(pair, &foreground, &background) }
        return ScreenCell(text: text, attributes: style, pair: pair, foreground: foreground, background: background)
    }

    /// The text of row `y` as ncurses holds it, continuation cells skipped.
    func rowText(_ y: Int) -> String {
        var text = ""
        var x = 0
        while x < size.width, let cell = cell(x: x, y: y) {
            text += cell.text
            x += max(1, CellCharacters.systemWidth(cell.text.unicodeScalars.first ?? " "))
        }
        return text
    }

    /// Writes `text` at (`x`, `y`) behind the painter's back, so a test can see which cells a paint rewrites.
    func scribble(_ text: String, x: Int, y: Int) {
        var styled = cchar_t()
        setcchar(&styled, CellCharacters.of(text), attache_a_normal(), 0, nil)
        mvwadd_wchnstr(window, Int32(y), Int32(x), &styled, 1)
    }
}
