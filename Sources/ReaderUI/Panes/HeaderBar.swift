/// The top line: the program, the size of the corpus, and the filter or search in force.
enum HeaderBar {
    static func render(_ state: AppState, in area: Rect, on canvas: inout Canvas) {
        let theme = state.theme
        var x = canvas.draw(" attache ", x: area.x, y: area.y, style: theme.title, clip: area)
        let quotes = state.corpus.articles.reduce(0) { $0 + $1.countedQuotes.count }
        let summary = "\(state.corpus.articles.count) articles · \(quotes) quotes · \(state.corpus.speakers.count) speakers"
        x = canvas.draw(" " + summary, x: x, y: area.y, style: theme.meta, clip: area)
        var flags: [String] = []
        if let filter = state.filter { flags.append("speaker: \(state.corpus.speakers[filter.speaker].name)") }
        if let search = state.search, !search.isEditing { flags.append("search: \(search.query)") }
        guard !flags.isEmpty else { return }
        let right = TextFit.truncated(flags.joined(separator: "  ") + " ", width: max(0, area.maxX - x - 2))
        canvas.draw(right, x: area.maxX - DisplayWidth.of(SafeText.cleaned(right)), y: area.y, style: theme.title, clip: area)
    }
}
