import ReaderUI
import Testing
@testable import CursesTerminal

/// ncurses runs headless here (an xterm-256color screen drawing into /dev/null); its screen and
/// `set_term` are process-wide, so these tests run one after the other.
@Suite("Painting a canvas through ncurses", .serialized)
struct CursesTerminalPaintingTests {
    private let accent = Style(foreground: 208, background: 17, attributes: [.bold])
    private let heading = Style(attributes: [.underline, .reverse])

    /// A canvas with every kind of text the reader shows: ASCII, accents, CJK, a combining mark, emoji.
    private func sample() -> Canvas {
        var canvas = Canvas(width: 40, height: 4)
        canvas.draw("Rutte zei:", x: 0, y: 0, style: heading)
        canvas.draw("café ë", x: 0, y: 1, style: accent)
        canvas.draw("東京 e\u{301}!", x: 0, y: 2)
        canvas.draw("ok 😀 end", x: 0, y: 3, style: Style(foreground: 2, attributes: [.dim]))
        return canvas
    }

    @Test("ASCII, accents, CJK, a combining mark and emoji land in the columns the canvas gave them")
    func textInColumns() throws {
        let terminal = try CursesTerminal.headless()
        defer { terminal.stop() }
        terminal.paint(sample())
        #expect(terminal.rowText(0).hasPrefix("Rutte zei: "))
        #expect(terminal.rowText(1).hasPrefix("café ë "))
        #expect(terminal.cell(x: 3, y: 1)?.text == "é")
        #expect(terminal.cell(x: 5, y: 1)?.text == "ë")
        // 東 takes columns 0–1, 京 2–3; the space is column 4 and e + U+0301 shares column 5.
        #expect(terminal.cell(x: 0, y: 2)?.text == "東")
        #expect(terminal.cell(x: 2, y: 2)?.text == "京")
        #expect(terminal.cell(x: 4, y: 2)?.text == " ")
        #expect(terminal.cell(x: 5, y: 2)?.text == "e\u{301}")
        #expect(terminal.cell(x: 6, y: 2)?.text == "!")
        // The emoji takes columns 3–4; "end" starts at 6.
        #expect(terminal.cell(x: 3, y: 3)?.text == "😀")
        #expect(terminal.cell(x: 5, y: 3)?.text == " ")
        #expect(terminal.cell(x: 6, y: 3)?.text == "e")
    }

    @Test("attributes and palette colours become ncurses attributes and a colour pair")
    func styles() throws {
        let terminal = try CursesTerminal.headless()
        defer { terminal.stop() }
        #expect(terminal.colorSupport == .extended)
        terminal.paint(sample())
        let title = try #require(terminal.cell(x: 0, y: 0))
        #expect(title.attributes == [.underline, .reverse])
        #expect(title.pair == 0)
        let accented = try #require(terminal.cell(x: 3, y: 1))
        #expect(accented.attributes == [.bold])
        #expect(accented.pair > 0)
        #expect(accented.foreground == 208)
        #expect(accented.background == 17)
        let dim = try #require(terminal.cell(x: 0, y: 3))
        #expect(dim.attributes == [.dim])
        #expect(dim.foreground == 2)
        #expect(dim.background == -1)  // the terminal's own background
        let plain = try #require(terminal.cell(x: 0, y: 2))
        #expect(plain.attributes == [])
        #expect(plain.pair == 0)
    }

    @Test("monochrome keeps the attributes and drops the colours")
    func monochrome() throws {
        let terminal = try CursesTerminal.headless(colors: .monochrome)
        defer { terminal.stop() }
        #expect(terminal.colorSupport == .monochrome)
        terminal.paint(sample())
        let accented = try #require(terminal.cell(x: 3, y: 1))
        #expect(accented.attributes == [.bold])
        #expect(accented.pair == 0)
    }

    @Test("with eight colours, 256-colour indexes map down to the ANSI colours")
    func basicColours() throws {
        let terminal = try CursesTerminal.headless(terminalType: "xterm")
        defer { terminal.stop() }
        #expect(terminal.colorSupport == .basic)
        terminal.paint(sample())
        let accented = try #require(terminal.cell(x: 3, y: 1))
        #expect(accented.foreground == 1)  // 208, dark orange → red
        #expect(accented.background == 4)  // 17, dark blue → blue
    }

    @Test("a second paint writes only the cells that changed")
    func onlyChangedCells() throws {
        let terminal = try CursesTerminal.headless()
        defer { terminal.stop() }
        var canvas = sample()
        terminal.paint(canvas)
        #expect(terminal.cellsWrittenByLastPaint == 40 * 4 - 3)  // 東, 京 and 😀 are written once each
        // Something else wrote to a cell the canvas does not change: a diffing paint leaves it.
        terminal.scribble("X", x: 20, y: 0)
        canvas.draw("Kaag", x: 0, y: 0, style: heading)
        terminal.paint(canvas)
        #expect(terminal.cellsWrittenByLastPaint == 4)  // "Rutte" → "Kaage": the e and all after it stay
        #expect(terminal.rowText(0).hasPrefix("Kaage zei:"))
        #expect(terminal.cell(x: 20, y: 0)?.text == "X")
        terminal.paint(canvas)
        #expect(terminal.cellsWrittenByLastPaint == 0)
    }

    @Test("replacing a wide grapheme rewrites both its columns, and restyling it rewrites it")
    func wideGraphemeChanges() throws {
        let terminal = try CursesTerminal.headless()
        defer { terminal.stop() }
        var canvas = sample()
        terminal.paint(canvas)
        canvas.draw("ab", x: 0, y: 2)
        terminal.paint(canvas)
        #expect(terminal.rowText(2).hasPrefix("ab京 e\u{301}!"))
        canvas.restyle(Rect(x: 3, y: 2, width: 1, height: 1)) { $0.attributes = [.reverse] }  // 京's right half
        terminal.paint(canvas)
        #expect(terminal.cellsWrittenByLastPaint == 1)
        #expect(terminal.cell(x: 2, y: 2)?.text == "京")
    }

    @Test("a canvas of another size is painted whole")
    func sizeChange() throws {
        let terminal = try CursesTerminal.headless()
        defer { terminal.stop() }
        terminal.paint(sample())
        var smaller = Canvas(width: 10, height: 2)
        smaller.draw("klein", x: 0, y: 0)
        terminal.scribble("X", x: 0, y: 1)
        terminal.paint(smaller)
        #expect(terminal.cellsWrittenByLastPaint == 20)
        #expect(terminal.rowText(0).hasPrefix("klein     "))
        #expect(terminal.cell(x: 0, y: 1)?.text == " ")
        #expect(terminal.cell(x: 0, y: 3)?.text == " ")  // the rest of the screen is cleared
    }

    @Test("a cell's grapheme keeps at most four scalars and never a control character")
    func cellCharacters() throws {
        let terminal = try CursesTerminal.headless()
        defer { terminal.stop() }
        #expect(CellCharacters.of("e\u{301}") == [0x65, 0x301, 0])
        #expect(CellCharacters.of("a\u{300}\u{301}\u{302}\u{303}\u{304}") == [0x61, 0x300, 0x301, 0x302, 0])
        #expect(CellCharacters.of("\u{1B}") == [0xFFFD, 0])
        #expect(CellCharacters.of("") == [0x20, 0])
        #expect(CellCharacters.of("👍\u{1F3FD}") == [0x1F44D, 0])  // a skin tone modifier is not zero-width
        #expect(CellCharacters.of("❤\u{FE0F}") == [0x2764, 0])
    }

    @Test("the signal handler's exit sequence leaves the alternate screen and shows the cursor")
    func exitSequence() throws {
        let terminal = try CursesTerminal.headless()
        defer { terminal.stop() }
        let sequence = String(decoding: CursesTerminal.exitSequence(), as: UTF8.self)
        #expect(sequence.contains("\u{1B}[?1049l"))  // rmcup
        #expect(sequence.contains("\u{1B}[?25h"))  // cnorm
        #expect(sequence.contains("\u{1B}[?1000l"))
        #expect(!sequence.contains("$<"))
        #expect(CursesTerminal.withoutPadding(Array("a$<5>b$<2/>".utf8)) == Array("ab".utf8))
    }

    @Test("stop can be called twice")
    func stopTwice() throws {
        let terminal = try CursesTerminal.headless()
        terminal.stop()
        terminal.stop()
        terminal.paint(sample())
        #expect(terminal.nextEvent(timeout: 0) == nil)
    }
}
