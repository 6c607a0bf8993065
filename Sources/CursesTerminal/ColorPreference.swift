/// Whether the user lets the reader use colour: the `--no-color` flag and the `NO_COLOR` convention.
public enum ColorPreference: Sendable, Equatable {
    /// Use as many colours as the terminal has.
    case automatic
    /// Attributes only (bold, underline, reverse, dim), whatever the terminal can do.
    case monochrome

    /// `.monochrome` when `--no-color` was given or `NO_COLOR` is set to a non-empty value
    /// (https://no-color.org), `.automatic` otherwise.
    public static func resolve(noColorFlag: Bool, noColorVariable: String?) -> ColorPreference {
        if noColorFlag { return .monochrome }
        if let value = noColorVariable, !value.isEmpty { return .monochrome }
        return .automatic
    }
}
