/// Something the terminal reports: a key, a mouse action, or a new size.
public enum InputEvent: Sendable, Equatable {
    /// What a mouse did, at a cell of the screen (column `x`, row `y`, from 0).
    public enum Mouse: Sendable, Equatable {
        case wheelUp(x: Int, y: Int)
        case wheelDown(x: Int, y: Int)
        case click(x: Int, y: Int)
    }

    case key(Key)
    case mouse(Mouse)
    case resize(width: Int, height: Int)
}
