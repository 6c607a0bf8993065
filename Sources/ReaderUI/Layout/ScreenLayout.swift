/// Where each part of the reader goes on a screen of a given size.
///
/// A header row on top and a status row at the bottom; between them the sidebar and the article
/// side by side from 80 columns, or only the focused one below that. Below 20×6 nothing but a
/// "terminal too small" message fits.
public struct ScreenLayout: Sendable, Equatable {
    public static let minimumWidth = 20
    public static let minimumHeight = 6
    public static let splitWidth = 80

    public var screen: Rect
    public var isTooSmall: Bool
    public var header: Rect
    public var status: Rect
    /// The sidebar's area (title row included), nil when it is not shown.
    public var sidebar: Rect?
    /// The column between the two panes.
    public var separator: Rect?
    /// The article pane's area, nil when it is not shown.
    public var article: Rect?

    /// A layout for `focus`; the quotes and problems lists take the whole width while they have the focus.
    public init(width: Int, height: Int, focus: Focus, sidebar kind: Sidebar = .articles) {
        screen = Rect(x: 0, y: 0, width: width, height: height)
        isTooSmall = width < Self.minimumWidth || height < Self.minimumHeight
        let empty = Rect(x: 0, y: 0, width: 0, height: 0)
        guard !isTooSmall else {
            header = empty
            status = empty
            return
        }
        let (top, rest) = screen.splitRows(at: 1)
        let (body, bottom) = rest.splitRows(at: rest.height - 1)
        header = top
        status = bottom
        if focus == .sidebar && (kind == .quotes || kind == .problems) {
            sidebar = body
        } else if width >= Self.splitWidth {
            let sidebarWidth = min(56, max(30, width * 34 / 100))
            let (left, right) = body.splitColumns(at: sidebarWidth)
            let (line, main) = right.splitColumns(at: 1)
            sidebar = left
            separator = line
            article = main
        } else if focus == .sidebar {
            sidebar = body
        } else {
            article = body
        }
    }

    /// Where the article's text goes inside its pane: one column of margin on each side.
    public var articleText: Rect? {
        guard let article else { return nil }
        let inner = article.width > 4 ? Rect(x: article.x + 1, y: article.y, width: article.width - 2, height: article.height) : article
        return inner
    }

    /// The sidebar's rows below its title row.
    public var sidebarRows: Rect? {
        sidebar.map { $0.splitRows(at: 1).1 }
    }

    /// Text width the article is wrapped to when the article pane is shown, in a layout of this size.
    public static func articleWrapWidth(width: Int, height: Int) -> Int {
        ScreenLayout(width: width, height: height, focus: .article).articleText?.width ?? max(1, width)
    }
}
