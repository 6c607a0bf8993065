/// The rows of a list pane: which items are in view, and the look of the selected one.
enum ListRows {
    /// One row in view: the item's position in the list, where its row is, and how it looks.
    struct Row {
        var position: Int
        var y: Int
        var isSelected: Bool
        var style: Style
    }

    /// Fills each row in view with its style, then lets `draw` write the item into it.
    static func render(count: Int, cursor: ListCursor, in rows: Rect, focused: Bool, theme: Theme, on canvas: inout Canvas,
                       _ draw: (Row, inout Canvas) -> Void) {
        for offset in 0..<rows.height {
            let position = cursor.scroll + offset
            guard position < count else { break }
            let selected = position == cursor.selection
            let row = Row(position: position, y: rows.y + offset, isSelected: selected,
                          style: selected ? theme.selectedRow(focused: focused) : Style.plain)
            canvas.fill(Rect(x: rows.x, y: row.y, width: rows.width, height: 1), style: row.style)
            draw(row, &canvas)
        }
    }
}
