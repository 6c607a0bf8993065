/// The mouse: the wheel scrolls the pane under the pointer, a click selects what it lands on.
extension AppState {
    mutating func scroll(lines: Int, x: Int, y: Int) {
        guard !showsHelp else {
            helpScroll = max(0, helpScroll + lines)
            return
        }
        let layout = self.layout
        if let article = layout.article, article.contains(x: x, y: y), var reading {
            reading.scroll = max(0, reading.scroll + lines)
            self.reading = reading
        } else if let sidebar = layout.sidebar, sidebar.contains(x: x, y: y) {
            let saved = focus
            focus = .sidebar
            move(by: lines)
            focus = saved
        }
    }

    mutating func click(x: Int, y: Int) {
        guard !showsHelp else {
            showsHelp = false
            return
        }
        let layout = self.layout
        if let rows = layout.sidebarRows, rows.contains(x: x, y: y) {
            focus = .sidebar
            let row = y - rows.y
            switch sidebar {
            case .articles: articleCursor.selection = articleCursor.scroll + row
            case .speakers: speakerCursor.selection = speakerCursor.scroll + row
            case .quotes: quoteCursor.selection = quoteCursor.scroll + row
            case .problems: problemCursor.selection = problemCursor.scroll + row
            }
            clampViews()
            confirm()
        } else if let text = layout.articleText, text.contains(x: x, y: y), let reading, let article = openArticle {
            focus = .article
            let index = reading.scroll + (y - text.y)
            guard reading.layout.lines.indices.contains(index),
                  case let .body(_, range, start, _) = reading.layout.lines[index] else { return }
            var column = text.x
            var offset = start
            for character in article.text[range] {
                let columns = TextWrapper.columns(character)
                if x < column + columns { break }
                column += columns
                offset += character.unicodeScalars.count
            }
            if let quote = jumpableQuotes(of: article).first(where: { $0.start <= offset && offset < $0.end }) {
                select(quote: quote.index)
            }
        }
    }
}

extension Rect {
    /// True when the cell (`x`, `y`) lies inside.
    public func contains(x: Int, y: Int) -> Bool {
        x >= self.x && x < maxX && y >= self.y && y < maxY
    }
}
