/// How many terminal columns a grapheme takes, as the terminal's `wcwidth` counts them.
///
/// The width of a grapheme is the width of its first scalar: combining marks, joiners and variation
/// selectors that follow it add nothing, which is what ncurses does when it stores them in one cell.
/// Wide scalars are the East Asian Wide and Fullwidth ranges and emoji with emoji presentation
/// (Unicode 15, as glibc 2.36 has them). Where glibc differs from Unicode, this follows glibc, since
/// ncurses lays out by its `wcwidth`; a test of the terminal backend compares every assigned scalar
/// up to U+3FFFF with it.
public enum DisplayWidth {
    /// Columns `character` takes: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        return of(first)
    }

    /// Columns `scalar` takes on its own: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value >= 0x20 ? 1 : 0 }
        if value < 0xA0 { return 0 }
        // Latin-1 to the spacing modifiers, and the dashes, quotation marks and ellipsis of General
        // Punctuation, hold no mark, no format character (the soft hyphen glibc shows) and nothing wide:
        // a column each, without asking the scalar's properties (most of the text beyond ASCII).
        if value < 0x300 || (0x2010...0x2027).contains(value) { return 1 }
        if isZeroWidth(scalar) { return 0 }
        if isWide(value) { return 2 }
        // Regional indicators are emoji but glibc gives them one column each.
        if value >= 0x1F000, scalar.properties.isEmojiPresentation, !(0x1F1E6...0x1F1FF).contains(value) { return 2 }
        return 1
    }

    /// Columns `text` takes, grapheme by grapheme.
    public static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return true
        case .format:
            // glibc shows the soft hyphen and the prepended concatenation marks (Arabic number signs…).
            return scalar.value != 0x00AD && !prependedConcatenationMarks.contains(scalar.value)
        default: break
        }
        let value = scalar.value
        return (0x1160...0x11FF).contains(value)  // Hangul medial vowels and final consonants join the syllable
            || (0xD7B0...0xD7FF).contains(value)  // and their extension B
            || value == 0x200B
            || value == 0x1171E  // an Ahom mark glibc 2.36 still has as non-spacing
    }

    /// Format characters that glibc gives a column, as the Prepended_Concatenation_Mark property lists them.
    static let prependedConcatenationMarks: Set<UInt32> = [
        0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, 0x06DD, 0x070F, 0x0890, 0x0891, 0x08E2, 0x110BD, 0x110CD,
    ]

    /// East Asian Wide (W) and Fullwidth (F) ranges, plus emoji that are wide by default below U+1F000.
    static func isWide(_ value: UInt32) -> Bool {
        if value < 0x1100 { return false }
        for range in wideRanges where range.contains(value) { return true }
        return false
    }

    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693, 0x26A1...0x26A1,
        0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA,
        0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B,
        0x2728...0x2728, 0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x9FFF, 0xA000...0xA4CF,
        0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x16FF0...0x16FF1, 0x17000...0x18D7F, 0x1AFF0...0x1B2FF,
        0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F202,
        0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251, 0x1F260...0x1F265,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
