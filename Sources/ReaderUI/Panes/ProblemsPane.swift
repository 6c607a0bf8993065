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
        ListRows.render(count: problems.count, cursor: state.problemCursor, in: rows, focused: state.focus == .sidebar,
                        theme: theme, on: &canvas) { row, canvas in
            let problem = problems[row.position]
            let (y, selected, rowStyle) = (row.y, row.isSelected, row.style)
            let mark = problem.severity == .skipped ? "✗ " : "! "
            let x = canvas.draw(mark, x: rows.x + 1, y: y, style: selected ? rowStyle : theme.warning, clip: rows)
            canvas.draw(TextFit.truncated(problem.description, width: rows.maxX - x), x: x, y: y, style: rowStyle, clip: rows)
        }
    }
}
