/// One terminal cell: the grapheme drawn in it and its style.
///
/// A grapheme two columns wide fills its own cell and makes the next one a continuation
/// (`isContinuation`, empty text), so columns always line up with what the terminal shows.
public struct Cell: Sendable, Equatable, Hashable {
    /// One grapheme cluster, already made safe for the terminal; empty for a continuation cell.
    public var text: String
    public var style: Style
    /// Display width of `text`: 1 or 2, and 0 for the right half of a wide grapheme.
    public var width: UInt8

    public init(text: String, style: Style = .plain, width: UInt8 = 1) {
        self.text = text
        self.style = style
        self.width = width
    }

    /// A space in the default style.
    public static let blank = Cell(text: " ")

    /// The right half of a grapheme two columns wide.
    public var isContinuation: Bool { width == 0 }

    /// Makes this cell a space of width 1, keeping its style (for the orphaned half of a wide grapheme).
    mutating func blankKeepingStyle() {
        text = " "
        width = 1
    }
}
