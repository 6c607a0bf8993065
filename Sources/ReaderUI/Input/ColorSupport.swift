/// How many colours the terminal shows, which decides the palette the theme draws with.
public enum ColorSupport: Sendable, Equatable {
    /// No colour: `NO_COLOR`, `--no-color`, or a terminal without colours. Bold, underline, reverse, dim only.
    case monochrome
    /// The eight ANSI colours.
    case basic
    /// The 256-colour palette.
    case extended
}
