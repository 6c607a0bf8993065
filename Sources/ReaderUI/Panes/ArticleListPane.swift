import NewsModel

/// The list of articles: date, title and quote count, newest first, the open article marked.
enum ArticleListPane {
    static func render(_ state: AppState, in area: Rect, on canvas: inout Canvas) {
        let theme = state.theme
        let focused = state.focus == .sidebar
        let (titleRow, rows) = area.splitRows(at: 1)
        let heading = state.filter.map { "Articles of \(state.corpus.speakers[$0.speaker].name) (\(state.visibleArticles.count))" }
            ?? "Articles (\(state.visibleArticles.count))"
        canvas.draw(TextFit.truncated(heading, width: titleRow.width), x: titleRow.x, y: titleRow.y, style: theme.paneTitle, clip: titleRow)
        guard !rows.isEmpty else { return }
        if let progress = state.indexing {
            canvas.draw(StatusLine.indexingLabel(progress).capitalizedFirst, x: rows.x + 1, y: rows.y, style: theme.faint, clip: rows)
            return
        }
        if state.visibleArticles.isEmpty {
            canvas.draw("No articles", x: rows.x + 1, y: rows.y, style: theme.faint, clip: rows)
            return
        }
        let countWidth = 4
        ListRows.render(count: state.visibleArticles.count, cursor: state.articleCursor, in: rows, focused: focused,
                        theme: theme, on: &canvas) { row, canvas in
            // Read in place: a copy of the article retained every string and array it holds.
            let id = state.visibleArticles[row.position]
            let (y, selected, rowStyle) = (row.y, row.isSelected, row.style)
            let marker = state.reading?.article == state.corpus.articles[id].id ? "▸" : " "
            let date = state.corpus.articles[id].metadata.date.map { String($0.description.prefix(10)) } ?? ""
            var x = canvas.draw(marker, x: rows.x, y: y, style: rowStyle, clip: rows)
            // The full date when there is room, else year and month; never no date at all.
            let dateWidth = rows.width >= 40 ? 10 : 7
            if rows.width >= 24 {
                x = canvas.draw(TextFit.padded(String(date.prefix(dateWidth)), width: dateWidth) + " ", x: x, y: y,
                                style: selected ? rowStyle : theme.meta, clip: rows)
            }
            let quotes = state.jumpableQuoteCount(of: id)
            let count = quotes > 0 ? String(quotes) : ""
            let titleWidth = max(0, rows.maxX - x - countWidth)
            canvas.draw(TextFit.padded(TextFit.oneLine(state.corpus.articles[id].title), width: titleWidth), x: x, y: y, style: rowStyle, clip: rows)
            let countText = TextFit.spaces(countWidth - count.count) + count
            canvas.draw(countText, x: rows.maxX - countWidth, y: y, style: selected ? rowStyle : theme.meta, clip: rows)
        }
    }
}

extension String {
    /// The string with its first character in upper case.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
