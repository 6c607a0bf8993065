import NewsModel

/// The list of articles: date, title and quote count, newest first, the open article marked.
enum ArticleListPane {
    static func render(_ state: AppState, in area: Rect, on canvas: inout Canvas) {
        let theme = state.theme
        let focused = state.focus == .sidebar
        let (titleRow, rows) = area.splitRows(at: 1)
        let heading = state.filter == nil ? "Articles (\(state.visibleArticles.count))"
            : "Articles of \(state.corpus.speakers[state.filter!.speaker].name) (\(state.visibleArticles.count))"
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
        for row in 0..<rows.height {
            let position = state.articleCursor.scroll + row
            guard position < state.visibleArticles.count else { break }
            let article = state.corpus.articles[state.visibleArticles[position]]
            let y = rows.y + row
            let selected = position == state.articleCursor.selection
            let rowStyle = selected ? theme.selectedRow(focused: focused) : Style.plain
            canvas.fill(Rect(x: rows.x, y: y, width: rows.width, height: 1), style: rowStyle)
            let marker = state.reading?.article == article.id ? "▸" : " "
            let date = article.metadata.date.map { String($0.description.prefix(10)) } ?? ""
            var x = canvas.draw(marker, x: rows.x, y: y, style: rowStyle, clip: rows)
            // The full date when there is room, else year and month; never no date at all.
            let dateWidth = rows.width >= 44 ? 10 : 7
            if rows.width >= 24 {
                x = canvas.draw(TextFit.padded(String(date.prefix(dateWidth)), width: dateWidth) + " ", x: x, y: y,
                                style: selected ? rowStyle : theme.meta, clip: rows)
            }
            let quotes = state.jumpableQuotes(of: article).count
            let count = quotes > 0 ? String(quotes) : ""
            let titleWidth = max(0, rows.maxX - x - countWidth)
            canvas.draw(TextFit.padded(TextFit.oneLine(article.title), width: titleWidth), x: x, y: y, style: rowStyle, clip: rows)
            let countText = String(repeating: " ", count: max(0, countWidth - count.count)) + count
            canvas.draw(countText, x: rows.maxX - countWidth, y: y, style: selected ? rowStyle : theme.meta, clip: rows)
        }
    }
}

extension String {
    /// The string with its first character in upper case.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
