/// A key as the reader understands it, decoded by the terminal backend from whatever the terminal sent.
public enum Key: Sendable, Hashable {
    /// A printable character (letters, digits, punctuation, space, any script).
    case character(Character)
    /// Ctrl with a letter, given in lower case: Ctrl-D is `.control("d")`.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)
}
