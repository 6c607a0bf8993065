import NewsModel

/// The speaker picker: a query line and every speaker that matches it, with quote counts.
enum SpeakersPane {
    static func render(_ state: AppState, in area: Rect, on canvas: inout Canvas) {
        let theme = state.theme
        let (titleRow, rows) = area.splitRows(at: 1)
        let x = canvas.draw("Speaker: ", x: titleRow.x, y: titleRow.y, style: theme.paneTitle, clip: titleRow)
        let end = canvas.draw(state.speakerQuery, x: x, y: titleRow.y, style: .plain, clip: titleRow)
        if state.focus == .sidebar { canvas.draw("▏", x: end, y: titleRow.y, style: .plain, clip: titleRow) }
        guard !rows.isEmpty else { return }
        if state.speakerMatches.isEmpty {
            canvas.draw("No speaker matches “\(state.speakerQuery)”", x: rows.x + 1, y: rows.y, style: theme.faint, clip: rows)
            return
        }
        ListRows.render(count: state.speakerMatches.count, cursor: state.speakerCursor, in: rows, focused: state.focus == .sidebar,
                        theme: theme, on: &canvas) { row, canvas in
            let speaker = state.corpus.speakers[state.speakerMatches[row.position]]
            let (y, selected, rowStyle) = (row.y, row.isSelected, row.style)
            var nameStyle = theme.quote(kind: .direct, speaker: speaker.id)
            if selected { nameStyle = nameStyle.adding(rowStyle.attributes) }
            let count = String(speaker.quoteCount)
            let nameWidth = max(0, rows.width - 2 - count.count - 1)
            var label = speaker.name
            if let role = speaker.role, !role.isEmpty { label += " · \(role)" }
            canvas.draw(TextFit.padded(label, width: nameWidth), x: rows.x + 1, y: y, style: nameStyle, clip: rows)
            canvas.draw(count, x: rows.maxX - count.count - 1, y: y, style: selected ? rowStyle : theme.meta, clip: rows)
        }
    }
}
