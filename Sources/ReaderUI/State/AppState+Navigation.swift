import NewsModel

/// Opening articles and moving between quotes and articles.
extension AppState {
    /// Opens `article` in the article pane at its top with no quote selected, and marks it in the list.
    mutating func open(article id: Int) {
        guard corpus.articles.indices.contains(id) else { return }
        let wrap = ScreenLayout.articleWrapWidth(width: width, height: height)
        reading = Reading(article: id, layout: ArticleLayout(article: corpus.articles[id], width: wrap))
        if let row = row(ofArticle: id) { articleCursor.selection = row }
        if search != nil { findMatches() }
    }

    /// Makes quote `index` of the open article the current one and scrolls it into view.
    mutating func select(quote index: Int) {
        guard var reading, let quote = corpus.articles[reading.article].quotes.first(where: { $0.index == index }) else { return }
        reading.quote = index
        self.reading = reading
        reveal(start: quote.start, end: quote.end)
    }

    /// Scrolls the article so the text from `start` to `end` is in view, a third down the pane when it moves.
    mutating func reveal(start: Int, end: Int) {
        guard var reading else { return }
        let rows = max(1, layout.article?.height ?? ScreenLayout(width: width, height: height, focus: .article).article?.height ?? 1)
        let first = reading.layout.line(containing: start)
        let last = reading.layout.line(containing: max(start, end - 1))
        if first < reading.scroll || last >= reading.scroll + rows {
            reading.scroll = max(0, min(first - rows / 3, first))
            if last >= reading.scroll + rows { reading.scroll = max(0, min(first, last - rows + 1)) }
        }
        self.reading = reading
    }

    /// `n` / `N`: the next or previous match while a search is active, else the next or previous
    /// quote, going on into the next or previous article that has one.
    mutating func jumpQuote(forward: Bool) {
        if let search, !search.isEditing, !search.query.isEmpty {
            jumpMatch(forward: forward)
            return
        }
        guard let reading else { return }
        let quotes = jumpableQuotes(of: corpus.articles[reading.article])
        // With no quote selected, n starts from the top of the view (after a search or scrolling, not from the top).
        let top = reading.layout.lines[min(reading.scroll, max(0, reading.layout.lines.count - 1))...]
            .first { !$0.scalars.isEmpty }?.scalars.lowerBound ?? 0
        let target: Quote? = switch (forward, reading.quote) {
        case (true, nil): quotes.first { $0.end > top }
        case let (true, here?): quotes.first { $0.index > here }
        case (false, nil): quotes.last { $0.start < top }
        case let (false, here?): quotes.last { $0.index < here }
        }
        if let target {
            select(quote: target.index)
            return
        }
        for id in articles(after: reading.article, forward: forward) {
            let candidates = jumpableQuotes(of: corpus.articles[id])
            guard let quote = forward ? candidates.first : candidates.last else { continue }
            open(article: id)
            select(quote: quote.index)
            return
        }
        message = forward ? "No more quotes\(filterSuffix)" : "No earlier quotes\(filterSuffix)"
    }

    /// `]` / `[`: the next or previous article of the list.
    mutating func stepArticle(by step: Int) {
        guard let reading else { return }
        var onward = articles(after: reading.article, forward: step > 0).makeIterator()
        guard let next = onward.next() else {
            message = step > 0 ? "Last article" : "First article"
            return
        }
        open(article: next)
    }

    var filterSuffix: String {
        filter.map { " of \(corpus.speakers[$0.speaker].name)" } ?? ""
    }

    /// Keeps every cursor and scroll offset in range after an action.
    mutating func clampViews() {
        let layout = self.layout
        let rows = layout.sidebarRows?.height ?? max(1, height - 3)
        articleCursor.clamp(count: visibleArticles.count, height: rows)
        speakerCursor.clamp(count: speakerMatches.count, height: rows)
        quoteCursor.clamp(count: visibleQuotes.count, height: rows)
        problemCursor.clamp(count: corpus.problems.count, height: rows)
        if var reading {
            let pane = layout.article?.height ?? max(1, height - 2)
            reading.scroll = min(max(0, reading.scroll), max(0, reading.layout.lines.count - pane))
            self.reading = reading
        }
        helpScroll = min(max(0, helpScroll), max(0, HelpOverlay.lineCount - max(1, height - 4)))
    }
}
