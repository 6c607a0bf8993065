import NewsModel

/// Every quote of the corpus (or of the filter): speaker, first words, and the article it is in.
enum QuotesPane {
    static func render(_ state: AppState, in area: Rect, on canvas: inout Canvas) {
        let theme = state.theme
        let (titleRow, rows) = area.splitRows(at: 1)
        let heading = "Quotes (\(state.visibleQuotes.count))" + state.filterSuffix
        canvas.draw(TextFit.truncated(heading, width: titleRow.width), x: titleRow.x, y: titleRow.y, style: theme.paneTitle, clip: titleRow)
        guard !rows.isEmpty else { return }
        if state.visibleQuotes.isEmpty {
            canvas.draw("No quotes", x: rows.x + 1, y: rows.y, style: theme.faint, clip: rows)
            return
        }
        let speakerWidth = min(18, max(8, rows.width / 3))
        ListRows.render(count: state.visibleQuotes.count, cursor: state.quoteCursor, in: rows, focused: state.focus == .sidebar,
                        theme: theme, on: &canvas) { row, canvas in
            let reference = state.visibleQuotes[row.position]
            let article = state.corpus.articles[reference.article]
            guard let quote = article.quotes.first(where: { $0.index == reference.quote }) else { return }
            let (y, selected, rowStyle) = (row.y, row.isSelected, row.style)
            let name = quote.speaker.map { state.corpus.speakers[$0].name } ?? "?"
            var speakerStyle = theme.quote(kind: .direct, speaker: quote.speaker)
            if selected { speakerStyle = speakerStyle.adding(rowStyle.attributes) }
            var x = canvas.draw(TextFit.padded(name, width: speakerWidth), x: rows.x + 1, y: y, style: speakerStyle, clip: rows)
            x += 1
            let words = "“" + TextFit.oneLine(quote.text) + "”"
            let remaining = max(0, rows.maxX - x)
            let titleWidth = remaining >= 36 ? min(28, remaining / 3) : 0
            x = canvas.draw(TextFit.padded(words, width: remaining - titleWidth), x: x, y: y, style: rowStyle, clip: rows)
            if titleWidth > 1 {
                let title = " " + TextFit.truncated(TextFit.oneLine(article.title), width: titleWidth - 1)
                canvas.draw(title, x: x, y: y, style: selected ? rowStyle : theme.meta, clip: rows)
            }
        }
    }
}
