/// Turns input events into actions: key bindings as data, mouse and resize as they come.
public struct Keymap: Sendable, Equatable {
    public var bindings: [KeyBinding]
    /// Used instead of `bindings` while the user types text; other printable keys are typed.
    public var editingBindings: [KeyBinding]

    public init(bindings: [KeyBinding], editingBindings: [KeyBinding]) {
        self.bindings = bindings
        self.editingBindings = editingBindings
    }

    /// The action `event` asks for in `state`, or nil when it means nothing there.
    public func action(for event: InputEvent, in state: AppState) -> Action? {
        switch event {
        case let .resize(width, height):
            return .resize(width: width, height: height)
        case let .mouse(.wheelUp(x, y)):
            return .scroll(lines: -3, x: x, y: y)
        case let .mouse(.wheelDown(x, y)):
            return .scroll(lines: 3, x: x, y: y)
        case let .mouse(.click(x, y)):
            return .click(x: x, y: y)
        case let .key(key):
            if state.isEditingText {
                if let binding = editingBindings.first(where: { $0.keys.contains(key) }) { return binding.action }
                if case let .character(character) = key { return .type(character) }
                return nil
            }
            return bindings.first { $0.keys.contains(key) }?.action
        }
    }
}
