/// Shortens text to a number of display columns, ending it with … when something was cut.
public enum TextFit {
    public static func truncated(_ text: some StringProtocol, width: Int) -> String {
        guard width > 0 else { return "" }
        var used = 0
        var result = ""
        for character in text {
            let columns = TextWrapper.columns(character)
            if used + columns > width {
                while used + 1 > width, let last = result.popLast() { used -= TextWrapper.columns(last) }
                return result + "…"
            }
            result.append(character)
            used += columns
        }
        return result
    }

    /// `text` truncated and padded with spaces to exactly `width` columns.
    public static func padded(_ text: some StringProtocol, width: Int) -> String {
        let fitted = truncated(text, width: width)
        let columns = DisplayWidth.of(SafeText.cleaned(fitted))
        return fitted + String(repeating: " ", count: max(0, width - columns))
    }

    /// The text of one line of a paragraph with line breaks and runs of spaces made single spaces.
    public static func oneLine(_ text: some StringProtocol) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
