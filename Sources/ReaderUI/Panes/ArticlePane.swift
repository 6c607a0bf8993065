import NewsModel

/// The open article: title block, then the text wrapped to the pane with every quote in its
/// speaker's colour, the speakers' mentions underlined, repeats dimmed and the current quote reversed.
enum ArticlePane {
    static func render(_ state: AppState, in area: Rect, text: Rect, on canvas: inout Canvas) {
        guard let reading = state.reading else {
            canvas.draw("No article", x: text.x, y: text.y, style: state.theme.faint, clip: text)
            return
        }
        let article = state.corpus.articles[reading.article]
        let theme = state.theme
        for row in 0..<text.height {
            let index = reading.scroll + row
            guard index < reading.layout.lines.count else { break }
            let y = text.y + row
            switch reading.layout.lines[index] {
            case let .heading(words, isTitle):
                canvas.draw(words, x: text.x, y: y, style: isTitle ? theme.title : theme.meta, clip: text)
            case .blank:
                continue
            case let .body(paragraph, range, start, count):
                let styler = LineStyler(state: state, article: article, paragraph: paragraph, scalars: start..<(start + count))
                var offset = start
                // Each grapheme takes the style of its first scalar, which only changes where a quote,
                // mention or match begins or ends.
                var style = Style.plain
                var styleEnd = offset
                canvas.drawGraphemes(of: article.text[range], x: text.x, y: y, clip: text) { grapheme in
                    if offset >= styleEnd {
                        style = styler.style(at: offset)
                        styleEnd = styler.nextChange(after: offset)
                    }
                    offset += grapheme.scalarCount
                    return style
                }
            }
        }
        drawScrollMark(reading, area: area, text: text, on: &canvas, theme: theme)
    }

    /// A thin mark in the right margin showing where the view stands in the article.
    private static func drawScrollMark(_ reading: Reading, area: Rect, text: Rect, on canvas: inout Canvas, theme: Theme) {
        let total = reading.layout.lines.count
        guard total > text.height, text.maxX < area.maxX, text.height > 0 else { return }
        let position = reading.scroll * (text.height - 1) / max(1, total - text.height)
        canvas.draw("▐", x: text.maxX, y: text.y + min(text.height - 1, position), style: theme.separator)
    }
}

/// The style of each offset of one line: quotes, mentions, search matches, repeats.
struct LineStyler {
    let theme: Theme
    let base: Style
    let quotes: [Quote]
    let current: Int?
    let mentions: [SpeakerMention]
    let matches: [Range<Int>]
    let currentMatch: Range<Int>?
    let isRepeat: Bool

    init(state: AppState, article: Article, paragraph: Int, scalars: Range<Int>) {
        theme = state.theme
        isRepeat = article.paragraphs.indices.contains(paragraph) && article.paragraphs[paragraph].repeatOf != nil
        base = isRepeat ? theme.repeated : .plain
        // Inner quotes last, so they win over the quote around them.
        quotes = article.quotes.filter { $0.start < scalars.upperBound && $0.end > scalars.lowerBound }.sorted { $0.span.depth < $1.span.depth }
        current = state.reading?.quote
        mentions = article.speakerMentions.filter { $0.range.overlaps(scalars) }
        let search = state.search.flatMap { $0.isEditing ? nil : $0 }
        matches = search?.matches.filter { $0.overlaps(scalars) } ?? []
        currentMatch = search.flatMap { search in search.current.map { search.matches[$0] } }
    }

    /// The first offset after `offset` where a quote, mention or match of the line begins or ends:
    /// `style(at:)` is the same from `offset` up to it.
    func nextChange(after offset: Int) -> Int {
        var next = Int.max
        func consider(_ bound: Int) { if bound > offset && bound < next { next = bound } }
        for index in quotes.indices {
            consider(quotes[index].start)
            consider(quotes[index].end)
        }
        for mention in mentions {
            consider(mention.range.lowerBound)
            consider(mention.range.upperBound)
        }
        for match in matches {
            consider(match.lowerBound)
            consider(match.upperBound)
        }
        return next
    }

    func style(at offset: Int) -> Style {
        var style = base
        if let quote = quotes.last(where: { $0.start <= offset && offset < $0.end }) {
            style = theme.quote(kind: quote.kind, speaker: quote.speaker)
            if isRepeat { style = style.adding(.dim) }
            // Reversed over the whole current quote, a term nested in it included.
            if quotes.contains(where: { $0.index == current && !$0.isRepeat && $0.start <= offset && offset < $0.end }) {
                style = theme.current(style)
            }
        }
        if let mention = mentions.first(where: { $0.range.contains(offset) }) {
            let look = theme.mention(speaker: mention.speaker)
            style.foreground = look.foreground ?? style.foreground
            style.attributes.formUnion(look.attributes)
        }
        if let match = matches.first(where: { $0.contains(offset) }) {
            style = match == currentMatch ? theme.searchMatch.adding([.bold, .underline]) : theme.searchMatch
        }
        return style
    }
}
