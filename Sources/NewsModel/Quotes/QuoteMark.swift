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

    /// The first offset from `start` below `end` whose scalar `mayBeMark`, else `end`. Sixteen scalars are
    /// asked at once, as a vector, which are one of `"#&'` or above U+00AA (`markFlags`), and only those are
    /// asked whether they may be a mark: most groups of an article hold no mark (asking every scalar cost eight
    /// instructions a scalar; the skip as eight 32-bit lanes a step, 10.9 M instructions on 1 000 articles; as
    /// sixteen narrowed to bytes, 8.3 M). The last scalars, fewer than sixteen, are asked as the sixteen that
    /// end at `end`.
    static func firstPossibleMark(in text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, to end: Int) -> Int {
        var i = start
        guard let base = text.baseAddress, end >= 16, end <= text.count else {
            while i < end {
                if mayBeMark(text[i]) { return i }
                i += 1
            }
            return end
        }
        let raw = UnsafeRawPointer(base)
        while i &+ 16 <= end {
            if let found = firstFlagged(markFlags(raw, at: i), at: i, from: i, in: text) { return found }
            i &+= 16
        }
        // those before `i` of the sixteen that end at `end` are known to be none
        if i < end, let found = firstFlagged(markFlags(raw, at: end &- 16), at: end &- 16, from: i, in: text) { return found }
        return end
    }

    /// A high bit in each byte of the two words (the first eight lanes in the first word, lowest first) whose
    /// scalar of the sixteen from `offset` is one of `"#&'` or above U+00AA. The scalars are narrowed to bytes,
    /// each above U+00FF made 0xFF, and asked as bytes. Only lane-wise arithmetic is used: the standard
    /// library's vector comparisons and `!=` are compiled lane by lane, with a branch each.
    @inline(__always)
    private static func markFlags(_ scalars: UnsafeRawPointer, at offset: Int) -> (UInt64, UInt64) {
        let values = scalars.loadUnaligned(fromByteOffset: offset &* 4, as: SIMD16<UInt32>.self)
        // all ones in a lane above 0xFF: 0xFF less it is negative (no value comes near 2³¹)
        let above = SIMD16<UInt32>(truncatingIfNeeded: SIMD16<Int32>(truncatingIfNeeded: SIMD16<UInt32>(repeating: 0xFF) &- values) &>> 31)
        let bytes = SIMD16<UInt8>(truncatingIfNeeded: values | above)
        // zero where a byte is " # & or ' (ORing 5 makes each of them ')
        let quoteLike = (bytes | 0x05) ^ 0x27
        // a high bit where a byte is zero, or from 0xAB (its low bits reach 0x80 with 0x55 added)
        let flags = ((quoteLike &- 1) & ~quoteLike) | (bytes & ((bytes & 0x7F) &+ 0x55))
        let words = unsafeBitCast(flags & 0x80, to: (UInt64, UInt64).self)
        return (UInt64(littleEndian: words.0), UInt64(littleEndian: words.1))
    }

    /// The first offset from `from` among the sixteen from `offset` whose byte is flagged in `flags` and whose
    /// scalar `mayBeMark`, else nil.
    @inline(__always)
    private static func firstFlagged(_ flags: (UInt64, UInt64), at offset: Int, from: Int, in text: UnsafeBufferPointer<Unicode.Scalar>) -> Int? {
        var (low, high) = flags
        while low != 0 {
            let k = offset &+ low.trailingZeroBitCount / 8
            if k >= from, mayBeMark(text[k]) { return k }
            low &= low &- 1
        }
        while high != 0 {
            let k = offset &+ 8 &+ high.trailingZeroBitCount / 8
            if k >= from, mayBeMark(text[k]) { return k }
            high &= high &- 1
        }
        return nil
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

    /// `elisions` (lower-case ASCII, none longer than eight letters) as keys: the bytes of each in one integer,
    /// the first in the lowest byte, as `QuoteScanner.isElision` packs the word after an apostrophe.
    static let elisionKeys: [UInt64] = elisions.map { word in
        word.utf8.enumerated().reduce(0) { key, byte in key | UInt64(byte.element) << (8 * byte.offset) }
    }
}
