import CNCursesW

/// The wide characters that go into one ncurses cell (`cchar_t`) for a canvas cell's grapheme.
///
/// The first scalar is the spacing character; only zero-width scalars (combining marks) may follow,
/// at most `CCHARW_MAX - 1` in all, the rest dropped. Joiners and variation selectors are dropped
/// too: a terminal that honours them would draw a different width than the canvas counted.
/// A control character never gets through, even though `SafeText` already replaced them.
/// Widths are the C library's (`wcwidth`), so the locale must be set first.
enum CellCharacters {
    /// The most scalars one cell holds.
    static let limit = Int(attache_ccharw_max()) - 1

    /// `text`'s scalars for `setcchar`, terminated by a 0; a blank for an empty cell.
    static func of(_ text: String) -> [wchar_t] {
        var result: [wchar_t] = []
        for scalar in text.unicodeScalars {
            if result.isEmpty {
                result.append(isPrintable(scalar) ? wchar_t(bitPattern: scalar.value) : 0xFFFD)
                continue
            }
            guard result.count < limit else { break }
            guard systemWidth(scalar) == 0, !isDropped(scalar) else { continue }
            result.append(wchar_t(bitPattern: scalar.value))
        }
        if result.isEmpty { result.append(0x20) }
        result.append(0)
        return result
    }

    /// A scalar that may start a cell: not a control character, and one the C library can measure.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F..<0xA0: return false
        default: return systemWidth(scalar) > 0
        }
    }

    /// The C library's `wcwidth` of `scalar` in the current locale: what ncurses lays out by;
    /// -1 for a scalar it does not consider printable.
    static func systemWidth(_ scalar: Unicode.Scalar) -> Int {
        Int(attache_wcwidth(wchar_t(bitPattern: scalar.value)))
    }

    /// Zero-width joiner and text/emoji presentation selectors.
    static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x200D || scalar.value == 0xFE0E || scalar.value == 0xFE0F
    }
}
