/// Draws the whole reader for a state: the only entry point from state to canvas.
public enum ScreenRenderer {
    public static func render(_ state: AppState) -> Canvas {
        var canvas = Canvas(width: state.width, height: state.height)
        let layout = state.layout
        if layout.isTooSmall {
            drawTooSmall(on: &canvas)
            return canvas
        }
        HeaderBar.render(state, in: layout.header, on: &canvas)
        if let sidebar = layout.sidebar {
            switch state.sidebar {
            case .articles: ArticleListPane.render(state, in: sidebar, on: &canvas)
            case .speakers: SpeakersPane.render(state, in: sidebar, on: &canvas)
            case .quotes: QuotesPane.render(state, in: sidebar, on: &canvas)
            case .problems: ProblemsPane.render(state, in: sidebar, on: &canvas)
            }
        }
        if let separator = layout.separator {
            for y in separator.y..<separator.maxY { canvas.draw("│", x: separator.x, y: y, style: state.theme.separator) }
        }
        if let article = layout.article, let text = layout.articleText {
            ArticlePane.render(state, in: article, text: text, on: &canvas)
        }
        StatusLine.render(state, in: layout.status, on: &canvas)
        if state.showsHelp { HelpOverlay.render(state, on: &canvas) }
        return canvas
    }

    /// What fits below 20×6: as much of "terminal too small" as the screen holds, never outside it.
    static func drawTooSmall(on canvas: inout Canvas) {
        let words = canvas.width >= 22 ? "Terminal too small" : "Too small"
        let lines = canvas.width >= DisplayWidth.of(words) ? [words] : ["Too", "small"]
        let top = max(0, (canvas.height - lines.count) / 2)
        for (row, line) in lines.enumerated() where top + row < canvas.height {
            let x = max(0, (canvas.width - DisplayWidth.of(line)) / 2)
            canvas.draw(line, x: x, y: top + row, style: Style(attributes: .bold))
        }
    }
}
