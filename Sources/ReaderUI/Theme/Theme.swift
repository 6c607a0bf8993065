import NewsModel

/// Every style the reader draws with, chosen for the terminal's colour support.
///
/// With colours, a speaker's quotes and mentions take the speaker's colour; without them (NO_COLOR,
/// `--no-color`, a monochrome terminal) only bold, underline, reverse and dim tell things apart.
public struct Theme: Sendable, Equatable {
    public let support: ColorSupport
    public let speakerColors: SpeakerColors

    public init(support: ColorSupport, speakerColors: SpeakerColors) {
        self.support = support
        self.speakerColors = speakerColors
    }

    static let extendedPalette: [UInt8] = [39, 208, 41, 170, 178, 45, 203, 141, 114, 215, 75, 168]
    static let basicPalette: [UInt8] = [4, 3, 2, 5, 6, 1]

    /// The text colour of `speaker`, nil without colours.
    public func color(of speaker: Int) -> UInt8? {
        let slot = speakerColors.slot(of: speaker)
        switch support {
        case .monochrome: return nil
        case .basic: return Self.basicPalette[slot % Self.basicPalette.count]
        case .extended: return Self.extendedPalette[slot % Self.extendedPalette.count]
        }
    }

    private func gray(_ extended: UInt8, basic: UInt8? = nil) -> UInt8? {
        switch support {
        case .monochrome: return nil
        case .basic: return basic
        case .extended: return extended
        }
    }

    /// A quote: bold in its speaker's colour; a partial quote without bold; a term or a quote with
    /// no known speaker in grey.
    public func quote(kind: Quote.Kind, speaker: Int?) -> Style {
        guard kind != .term, let speaker else {
            return support == .monochrome ? Style(attributes: kind == .term ? [] : .bold) : Style(foreground: gray(250, basic: 7))
        }
        switch (support, kind) {
        case (.monochrome, .partial): return Style(attributes: [.bold, .underline])
        case (.monochrome, _): return Style(attributes: .bold)
        case (_, .partial): return Style(foreground: color(of: speaker))
        default: return Style(foreground: color(of: speaker), attributes: .bold)
        }
    }

    /// Words naming a speaker: underlined in the speaker's colour.
    public func mention(speaker: Int) -> Style {
        Style(foreground: color(of: speaker), attributes: .underline)
    }

    /// The quote the user stands on.
    public func current(_ style: Style) -> Style { style.adding(.reverse) }

    /// A paragraph that repeats an earlier one.
    public var repeated: Style { Style(foreground: gray(242), attributes: support == .extended ? [] : .dim) }
    public var title: Style { Style(attributes: .bold) }
    public var meta: Style { Style(foreground: gray(244), attributes: support == .extended ? [] : .dim) }
    public var faint: Style { meta }
    public var searchMatch: Style {
        support == .monochrome ? Style(attributes: [.reverse, .underline]) : Style(foreground: 16, background: support == .extended ? 220 : 3)
    }
    /// The selected row of a list: reversed when its pane has the focus, bold otherwise.
    public func selectedRow(focused: Bool) -> Style { focused ? Style(attributes: .reverse) : Style(attributes: .bold) }
    public var paneTitle: Style { Style(attributes: [.bold, .underline]) }
    public var statusBar: Style { Style(attributes: .reverse) }
    public var separator: Style { Style(foreground: gray(240)) }
    public var warning: Style { Style(foreground: support == .monochrome ? nil : 1, attributes: .bold) }
}
