/// The keys that trigger one action, in the order the help overlay lists them.
public struct KeyBinding: Sendable, Equatable {
    public var keys: [Key]
    public var action: Action

    public init(_ keys: [Key], _ action: Action) {
        self.keys = keys
        self.action = action
    }

    /// "j ↓", "Ctrl-d", "Space PgDn": the keys as the help overlay names them.
    public var label: String { keys.map(\.label).joined(separator: " ") }
}

extension Key {
    /// How the help overlay names this key.
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .control(let letter): "Ctrl-\(letter)"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .function(let number): "F\(number)"
        }
    }
}
