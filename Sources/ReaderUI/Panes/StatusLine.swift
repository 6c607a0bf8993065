import NewsModel

/// The bottom line: where the user is (article k/N, quote i/M, the quote's speaker and role), the
/// search being typed, a message, or short key hints.
enum StatusLine {
    static func render(_ state: AppState, in area: Rect, on canvas: inout Canvas) {
        let theme = state.theme
        canvas.fill(area, style: theme.statusBar)
        if let search = state.search, search.isEditing {
            let end = canvas.draw("/" + search.query, x: area.x, y: area.y, style: theme.statusBar, clip: area)
            canvas.draw("▏", x: end, y: area.y, style: theme.statusBar, clip: area)
            return
        }
        let left = position(state)
        let right = state.message ?? hints(state)
        let leftWidth = TextFit.drawnWidth(left)
        // A message wins over the position (which keeps a third of the line); hints only take what is left.
        let leftKeeps = state.message == nil ? leftWidth : min(leftWidth, area.width / 3)
        let rightWidth = min(TextFit.drawnWidth(right), max(0, area.width - leftKeeps - 2))
        canvas.draw(TextFit.truncated(left, width: area.width - rightWidth - (rightWidth > 0 ? 2 : 0)), x: area.x, y: area.y, style: theme.statusBar, clip: area)
        if rightWidth > 0 {
            let fitted = TextFit.truncated(right, width: rightWidth)
            canvas.draw(fitted, x: area.maxX - TextFit.drawnWidth(fitted), y: area.y,
                        style: state.message != nil ? theme.statusBar.adding(.bold) : theme.statusBar, clip: area)
        }
    }

    /// "article 15/15 · quote 3/9 · Antony Blinken (minister)".
    static func position(_ state: AppState) -> String {
        if let progress = state.indexing { return " " + indexingLabel(progress) }
        if state.sidebar == .problems, state.focus == .sidebar, state.corpus.problems.indices.contains(state.problemCursor.selection) {
            return " " + state.corpus.problems[state.problemCursor.selection].description
        }
        guard let reading = state.reading, let article = state.openArticle else { return " no article" }
        // Most important first, since a narrow screen cuts from the end: the quote and its speaker,
        // then where the article stands in the list. The filter is in the header.
        var parts: [String] = []
        let quotes = state.jumpableQuotes(of: article)
        if let current = state.currentQuote {
            let number = quotes.firstIndex { $0.index == current.index }.map { String($0 + 1) } ?? "–"
            parts.append("quote \(number)/\(quotes.count)")
            parts.append(speakerLabel(current, state))
        } else {
            parts.append("quote –/\(quotes.count)")
        }
        let row = state.row(ofArticle: reading.article).map { String($0 + 1) } ?? "–"
        parts.append("article \(row)/\(state.visibleArticles.count)")
        if !state.corpus.problems.isEmpty {
            parts.append("⚠ \(state.corpus.problems.count) problem\(state.corpus.problems.count == 1 ? "" : "s") (p)")
        }
        return " " + parts.joined(separator: " · ")
    }

    /// "reading files: 1 204 read" / "indexing 12 000/100 000 articles".
    static func indexingLabel(_ progress: CorpusIndexer.Progress) -> String {
        guard let total = progress.articlesTotal else { return "reading files… \(progress.filesRead) read" }
        if progress.isFinished { return "\(total) articles indexed; preparing the lists…" }
        return "indexing… \(progress.articlesAnalysed)/\(total) articles"
    }

    static func speakerLabel(_ quote: Quote, _ state: AppState) -> String {
        guard let id = quote.speaker else { return "speaker unknown" }
        let speaker = state.corpus.speakers[id]
        let role = speaker.role.map { " (\($0))" } ?? ""
        let mention = quote.mention.map { " — “\($0)”" } ?? ""
        return speaker.name + role + (quote.kind == .partial ? " · partial" : "") + mention
    }

    static func hints(_ state: AppState) -> String {
        if state.isEditingText { return "type to narrow · ↑↓ · Enter filter · Esc close " }
        if state.search != nil { return "n/N matches · Esc clears " }
        return "n quote · s speakers · v quotes · / search · ? help "
    }
}
