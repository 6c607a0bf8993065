/// The top line: the program, the size of the corpus, and the filter or search in force.
enum HeaderBar {
    static func render(_ state: AppState, in area: Rect, on canvas: inout Canvas) {
        let theme = state.theme
        let x = canvas.draw(" attache ", x: area.x, y: area.y, style: theme.title, clip: area)
        var flags: [String] = []
        if let filter = state.filter { flags.append("speaker: \(state.corpus.speakers[filter.speaker].name)") }
        if let search = state.search, !search.isEditing { flags.append("search: \(search.query)") }
        // The filter and search in force come first; the corpus summary takes the room left.
        let right = flags.isEmpty ? "" : TextFit.truncated(flags.joined(separator: "  ") + " ", width: max(0, area.maxX - x))
        let rightWidth = TextFit.drawnWidth(right)
        if rightWidth > 0 { canvas.draw(right, x: area.maxX - rightWidth, y: area.y, style: theme.title, clip: area) }
        // While the corpus is indexed there is nothing to count yet: the progress stands in for it.
        let summary = state.indexing.map(StatusLine.indexingLabel) ?? [
            Self.count(state.corpus.articles.count, "article"), Self.count(state.countedQuoteTotal, "quote"),
            Self.count(state.corpus.speakers.count, "speaker"),
        ].joined(separator: " · ")
        let room = area.maxX - rightWidth - x - 2
        if room > 8 { canvas.draw(TextFit.truncated(summary, width: room), x: x + 1, y: area.y, style: theme.meta, clip: area) }
    }

    /// "1 article", "15 articles".
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
