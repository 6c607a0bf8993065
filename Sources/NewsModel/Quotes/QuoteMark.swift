/// The quotation marks attache knows, and the two families (double, single) that may pair with each other.
enum QuoteMark {
    enum Family: Sendable, Equatable {
        case double, single
    }

    static let leftDouble: Unicode.Scalar = "\u{201C}"   // “
    static let rightDouble: Unicode.Scalar = "\u{201D}"  // ”
    static let lowDouble: Unicode.Scalar = "\u{201E}"    // „
    static let leftSingle: Unicode.Scalar = "\u{2018}"   // ‘
    static let rightSingle: Unicode.Scalar = "\u{2019}"  // ’
    static let lowSingle: Unicode.Scalar = "\u{201A}"    // ‚
    static let leftGuillemet: Unicode.Scalar = "\u{00AB}"   // «
    static let rightGuillemet: Unicode.Scalar = "\u{00BB}"  // »
    static let leftSingleGuillemet: Unicode.Scalar = "\u{2039}"  // ‹
    static let rightSingleGuillemet: Unicode.Scalar = "\u{203A}" // ›
    static let straightDouble: Unicode.Scalar = "\""
    static let straightSingle: Unicode.Scalar = "'"

    /// The family of a mark, or nil for any other scalar.
    static func family(of scalar: Unicode.Scalar) -> Family? {
        switch scalar {
        case leftDouble, rightDouble, lowDouble, leftGuillemet, rightGuillemet, straightDouble: .double
        case leftSingle, rightSingle, lowSingle, leftSingleGuillemet, rightSingleGuillemet, straightSingle: .single
        default: nil
        }
    }

    /// False for a scalar that is certainly no mark (`family(of:)` is nil): every scalar but `"`, `'`, « »
    /// and U+2018 to U+203A. Asked of every scalar of an article before the marks are compared one by one,
    /// which was a seventh of scanning.
    @inline(__always)
    static func mayBeMark(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0xAB { return value == 0x22 || value == 0x27 }
        return value == 0xAB || value == 0xBB || (0x2018...0x203A).contains(value)
    }

    /// Marks that can open a quote at the start of a paragraph that continues one.
    static func canReopen(_ scalar: Unicode.Scalar, family: Family) -> Bool {
        switch family {
        case .double: [leftDouble, lowDouble, straightDouble, leftGuillemet, rightGuillemet].contains(scalar)
        case .single: [leftSingle, lowSingle, straightSingle, leftSingleGuillemet, rightSingleGuillemet].contains(scalar)
        }
    }

    /// Words that follow an apostrophe written like an opening mark: 's avonds, 't, 'n, 'em, '90s.
    static let elisions: Set<String> = ["s", "t", "n", "k", "m", "r", "em", "ns", "tis", "twas", "til", "cause", "bout", "round"]
}
