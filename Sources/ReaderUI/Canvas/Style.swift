/// How a cell looks: colours by palette index and text attributes.
///
/// Colours are indexes into the terminal's palette (0–255); the theme decides which indexes to use
/// for the terminal's colour support, and the terminal backend only maps them to colour pairs.
public struct Style: Sendable, Equatable, Hashable {
    /// Text attributes that every terminal has, colour or not.
    public struct Attributes: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        public static let bold = Attributes(rawValue: 1 << 0)
        public static let underline = Attributes(rawValue: 1 << 1)
        public static let reverse = Attributes(rawValue: 1 << 2)
        public static let dim = Attributes(rawValue: 1 << 3)
    }

    /// Palette index of the text colour, nil for the terminal's default.
    public var foreground: UInt8?
    /// Palette index of the background colour, nil for the terminal's default.
    public var background: UInt8?
    public var attributes: Attributes

    public init(foreground: UInt8? = nil, background: UInt8? = nil, attributes: Attributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's default look.
    public static let plain = Style()

    /// This style with `extra` attributes added.
    public func adding(_ extra: Attributes) -> Style {
        var copy = self
        copy.attributes.formUnion(extra)
        return copy
    }
}
