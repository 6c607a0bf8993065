/// Where the user stands in a list, and which row is at the top of its pane.
public struct ListCursor: Sendable, Equatable {
    public var selection: Int = 0
    public var scroll: Int = 0

    public init(selection: Int = 0, scroll: Int = 0) {
        self.selection = selection
        self.scroll = scroll
    }

    /// Keeps the selection among `count` rows and in view of a pane `height` rows high.
    public mutating func clamp(count: Int, height: Int) {
        selection = count == 0 ? 0 : min(max(0, selection), count - 1)
        let height = max(1, height)
        if selection < scroll { scroll = selection }
        if selection >= scroll + height { scroll = selection - height + 1 }
        scroll = min(max(0, scroll), max(0, count - height))
    }
}
