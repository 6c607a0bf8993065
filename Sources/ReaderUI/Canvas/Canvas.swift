/// An in-memory screen of styled cells that panes draw into and the terminal paints.
///
/// Drawing is clipped to the canvas (and to the `Rect` a pane passes), measured in display columns,
/// and always goes through `SafeText`, so nothing drawn here can move the terminal's cursor.
public struct Canvas: Sendable, Equatable {
    public let width: Int
    public let height: Int
    /// Row-major cells, `width * height` of them.
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The whole canvas as a rectangle.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < width, y < height else { return .blank }
        return cells[y * width + x]
    }

    /// Fills `rect` with blanks in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let cell = Cell(text: " ", style: style)
        let width = self.width
        cells.withUnsafeMutableBufferPointer { cells in
            for row in area.y..<area.maxY {
                // A wide grapheme cut by the rectangle's edge loses its other half too.
                if area.x > 0, cells[row * width + area.x - 1].width == 2 { cells[row * width + area.x - 1].blankKeepingStyle() }
                if area.maxX < width, cells[row * width + area.maxX].isContinuation { cells[row * width + area.maxX].blankKeepingStyle() }
                for column in area.x..<area.maxX { cells[row * width + column] = cell }
            }
        }
    }

    /// Draws `text` from column `x` of row `y`, never past `clip` (nor the canvas), and returns the
    /// column after the last cell drawn. A wide grapheme that would not fit whole is not drawn.
    @discardableResult
    public mutating func draw(_ text: some StringProtocol, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
        drawWalk(text, x: x, y: y, area: (clip ?? bounds).intersection(bounds), stopsAtEdge: true) { _ in style }
    }

    /// Draws `text` from column `x` of row `y` as drawing each of its graphemes on its own would (a
    /// grapheme that does not fit before the edge of `clip` is left out, and the next one tried), each
    /// in the style `style` gives for it; `style` is asked for every grapheme in order, drawn or not.
    mutating func drawGraphemes(of text: some StringProtocol, x: Int, y: Int, clip: Rect, style: (Grapheme) -> Style) {
        _ = drawWalk(text, x: x, y: y, area: clip.intersection(bounds), stopsAtEdge: false, style: style)
    }

    /// The walk both draw: each grapheme of `text` in turn, from column `x` of row `y` inside `area`. At the
    /// first grapheme that does not fit before the edge it stops (`stopsAtEdge`) or leaves that one out and
    /// goes on; `style` is asked for every grapheme until then. Returns the column after the last one drawn.
    @inline(__always)
    private mutating func drawWalk(_ text: some StringProtocol, x: Int, y: Int, area: Rect, stopsAtEdge: Bool,
                                   style: (Grapheme) -> Style) -> Int {
        guard y >= area.y, y < area.maxY else { return x }
        let width = self.width
        let ascii = Grapheme.asciiDrawn
        return cells.withUnsafeMutableBufferPointer { cells in
            Grapheme.withBytes(of: text) { bytes in
                var column = x
                var index = 0
                while index < bytes.count {
                    let grapheme = Grapheme.at(index, of: text, bytes: bytes)
                    index = grapheme.end
                    if stopsAtEdge, grapheme.columns > 0, column + grapheme.columns > area.maxX { break }
                    let look = style(grapheme)
                    guard grapheme.columns > 0, column + grapheme.columns <= area.maxX else { continue }
                    if column >= area.x, let drawn = grapheme.drawn(in: text, ascii: ascii) {
                        Self.put(drawn, columns: grapheme.columns, x: column, y: y, style: look, in: cells, width: width)
                    }
                    column += grapheme.columns
                }
                return column
            }
        }
    }

    /// Changes the style of the cells of `rect` that are already drawn, keeping their text.
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX { change(&cells[row * width + column].style) }
        }
    }

    /// Writes a grapheme into `cells` (a canvas `width` cells wide) at column `x` of row `y`.
    private static func put(_ text: String, columns: Int, x: Int, y: Int, style: Style, in cells: UnsafeMutableBufferPointer<Cell>,
                            width: Int) {
        let index = y * width + x
        // Overwriting half of a wide grapheme blanks its other half, so no stray half stays behind.
        if cells[index].isContinuation, x > 0 { cells[index - 1].blankKeepingStyle() }
        if cells[index].width == 2, x + 1 < width { cells[index + 1].blankKeepingStyle() }
        cells[index] = Cell(text: text, style: style, width: UInt8(columns))
        if columns == 2 {
            if x + 2 < width, cells[index + 1].width == 2 { cells[index + 2].blankKeepingStyle() }
            cells[index + 1] = Cell(text: "", style: style, width: 0)
        }
    }
}
