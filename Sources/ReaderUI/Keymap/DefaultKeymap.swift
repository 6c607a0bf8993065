/// The reader's default key bindings: the one place where key literals stand (besides the decoder).
public enum DefaultKeymap {
    public static let bindings: [KeyBinding] = [
        KeyBinding([.character("j"), .down], .lineDown),
        KeyBinding([.character("k"), .up], .lineUp),
        KeyBinding([.control("d")], .halfPageDown),
        KeyBinding([.control("u")], .halfPageUp),
        KeyBinding([.character(" "), .pageDown], .pageDown),
        KeyBinding([.character("b"), .pageUp], .pageUp),
        KeyBinding([.character("g"), .home], .top),
        KeyBinding([.character("G"), .end], .bottom),
        KeyBinding([.tab, .backTab], .focusNext),
        KeyBinding([.enter], .open),
        KeyBinding([.character("n")], .nextQuote),
        KeyBinding([.character("N")], .previousQuote),
        KeyBinding([.character("]")], .nextArticle),
        KeyBinding([.character("[")], .previousArticle),
        KeyBinding([.character("s")], .toggleSpeakers),
        KeyBinding([.character("v")], .toggleQuotes),
        KeyBinding([.character("p")], .toggleProblems),
        KeyBinding([.character("/")], .startSearch),
        KeyBinding([.character("?"), .function(1)], .toggleHelp),
        KeyBinding([.escape], .cancel),
        KeyBinding([.character("q"), .control("c")], .quit),
    ]

    /// Bindings that still work while text is typed into the search line or the speaker picker.
    public static let editingBindings: [KeyBinding] = [
        KeyBinding([.down, .control("n")], .lineDown),
        KeyBinding([.up, .control("p")], .lineUp),
        KeyBinding([.pageDown], .pageDown),
        KeyBinding([.pageUp], .pageUp),
        KeyBinding([.tab, .backTab], .focusNext),
        KeyBinding([.enter], .open),
        KeyBinding([.backspace, .delete], .deleteBackward),
        KeyBinding([.escape], .cancel),
        KeyBinding([.control("c")], .quit),
    ]

    public static let keymap = Keymap(bindings: bindings, editingBindings: editingBindings)
}
