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

    /// The first offset from `start` below `end` whose scalar `mayBeMark`, else `end`. Eight scalars are
    /// asked at once, as a vector, whether any is one of `"#&'` or above U+00AA (`markBits`), sixteen a step
    /// while neither eight holds one, and only such a group is looked at scalar by scalar: most groups of an
    /// article hold no mark (asking every scalar cost eight instructions a scalar; eight a step, 3.9). The
    /// last scalars, fewer than eight, are asked as the eight that end at `end` (one by one, they cost seven
    /// instructions each).
    static func firstPossibleMark(in text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, to end: Int) -> Int {
        var i = start
        guard let base = text.baseAddress, end &- start >= 8 else {
            while i < end {
                if mayBeMark(text[i]) { return i }
                i += 1
            }
            return end
        }
        let raw = UnsafeRawPointer(base)
        while i &+ 16 <= end {
            let first = markBits(raw.loadUnaligned(fromByteOffset: i &* 4, as: SIMD8<UInt32>.self))
            let second = markBits(raw.loadUnaligned(fromByteOffset: i &* 4 &+ 32, as: SIMD8<UInt32>.self))
            if anyHighBit(first | second) {
                if anyHighBit(first) {
                    for k in i..<i &+ 8 where mayBeMark(text[k]) { return k }
                }
                for k in i &+ 8..<i &+ 16 where mayBeMark(text[k]) { return k }
            }
            i &+= 16
        }
        if i &+ 8 <= end {
            if anyHighBit(markBits(raw.loadUnaligned(fromByteOffset: i &* 4, as: SIMD8<UInt32>.self))) {
                for k in i..<i &+ 8 where mayBeMark(text[k]) { return k }
            }
            i &+= 8
        }
        // those before `i` of the eight that end at `end` are known to be none
        if i < end, anyHighBit(markBits(raw.loadUnaligned(fromByteOffset: (end &- 8) &* 4, as: SIMD8<UInt32>.self))) {
            for k in i..<end where mayBeMark(text[k]) { return k }
        }
        return end
    }

    /// A high bit in each lane of `values` that is one of `"#&'` or above U+00AA, which `firstPossibleMark`
    /// looks at. Only lane-wise arithmetic is used: the standard library's vector comparisons and `!=` are
    /// compiled lane by lane, with a branch each.
    @inline(__always)
    private static func markBits(_ values: SIMD8<UInt32>) -> SIMD8<UInt32> {
        // zero where a value is " # & or ' (ORing 5 makes each of them ')
        let quoteLike = (values | SIMD8(repeating: 0x05)) ^ SIMD8(repeating: 0x27)
        // a high bit where a lane is zero (no value comes near 2³¹), or where the value is above 0xAA
        return ((quoteLike &- SIMD8(repeating: 1)) & ~quoteLike) | (values &+ SIMD8(repeating: 0x7FFF_FF55))
    }

    /// True when some lane of `bits` has its high bit set: the lanes joined as integers.
    @inline(__always)
    private static func anyHighBit(_ bits: SIMD8<UInt32>) -> Bool {
        let words = unsafeBitCast(bits & SIMD8(repeating: 0x8000_0000), to: (UInt64, UInt64, UInt64, UInt64).self)
        return words.0 | words.1 | words.2 | words.3 != 0
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
