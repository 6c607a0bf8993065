import NewsModel

/// Every file or record that could not be read (or was read with damage), with the reason.
enum ProblemsPane {
    static func render(_ state: AppState, in area: Rect, on canvas: inout Canvas) {
        let theme = state.theme
        let problems = state.corpus.problems
        let (titleRow, rows) = area.splitRows(at: 1)
        let heading = "Problems (\(problems.count)) · \(HeaderBar.count(state.corpus.filesRead, "file")) read, \(state.corpus.filesSkipped) skipped"
        canvas.draw(TextFit.truncated(heading, width: titleRow.width), x: titleRow.x, y: titleRow.y, style: theme.paneTitle, clip: titleRow)
        guard !rows.isEmpty else { return }
        if problems.isEmpty {
            canvas.draw("Every file was read.", x: rows.x + 1, y: rows.y, style: theme.faint, clip: rows)
            return
        }
        for row in 0..<rows.height {
            let position = state.problemCursor.scroll + row
            guard position < problems.count else { break }
            let problem = problems[position]
            let y = rows.y + row
            let selected = position == state.problemCursor.selection
            let rowStyle = selected ? theme.selectedRow(focused: state.focus == .sidebar) : Style.plain
            canvas.fill(Rect(x: rows.x, y: y, width: rows.width, height: 1), style: rowStyle)
            let mark = problem.severity == .skipped ? "✗ " : "! "
            let x = canvas.draw(mark, x: rows.x + 1, y: y, style: selected ? rowStyle : theme.warning, clip: rows)
            canvas.draw(TextFit.truncated(problem.description, width: rows.maxX - x), x: x, y: y, style: rowStyle, clip: rows)
        }
    }
}
