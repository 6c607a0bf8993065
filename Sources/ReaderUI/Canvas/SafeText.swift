/// Makes article text safe to send to a terminal: no control character reaches it raw.
///
/// C0 controls become their visible Control Pictures (ESC → ␛), DEL becomes ␡, C1 controls and the
/// bidirectional overrides and isolates (which could reorder what the user reads) become �, tabs
/// become a space. A lone zero-width format character that would take no cell is dropped.
public enum SafeText {
    /// The visible stand-in for a scalar the terminal must not receive, or nil when it is safe.
    public static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        switch value {
        case 0x09: return " "
        case 0x00..<0x20: return Unicode.Scalar(0x2400 + value)
        case 0x7F: return "\u{2421}"
        case 0x80..<0xA0: return "\u{FFFD}"
        case 0x202A...0x202E, 0x2066...0x2069: return "\u{FFFD}"
        default: return nil
        }
    }

    /// `character` as it may be drawn, or nil when it takes no cell and is dropped.
    public static func cleaned(_ character: Character) -> Character? {
        // Most characters need no stand-in: they are kept as they are, with no new string built.
        guard character.unicodeScalars.contains(where: { replacement(for: $0) != nil }) else {
            return DisplayWidth.of(character) == 0 ? nil : character
        }
        var scalars = String.UnicodeScalarView()
        var changed = false
        for scalar in character.unicodeScalars {
            if let stand = replacement(for: scalar) {
                scalars.append(stand)
                changed = true
            } else {
                scalars.append(scalar)
            }
        }
        let result = changed ? Character(String(String(scalars).prefix(1))) : character
        return DisplayWidth.of(result) == 0 ? nil : result
    }

    /// `text` with every grapheme cleaned.
    public static func cleaned(_ text: some StringProtocol) -> String {
        String(text.compactMap { cleaned($0) })
    }
}
