/// Splits an article's narration into tokens, with every top-level quote as one token.
struct Tokenizer {
    /// Scalars that may join two word parts: Kassym-Jomart, zo'n, l'Europe, U.S. (A switch: hashing a scalar
    /// into a set at the end of every word cost more.)
    static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "-", "'", "\u{2019}", ".", "&", "\u{2011}": true
        default: false
        }
    }

    /// By ASCII value, "1" for a word scalar (a digit or a letter: `ScalarClass.isASCIIWord`), else "0": a scalar
    /// is told by one load and test, where picking one of two 64-bit masks and testing its bit took five
    /// instructions at every scalar of a word.
    static let asciiWordTable: StaticString = "00000000000000000000000000000000000000000000000011111111110000000111111111111111111111111110000001111111111111111111111111100000"

    /// `asciiWordTable` asked of an ASCII scalar's value (below 0x80).
    @inline(__always)
    private static func isASCIIWord(_ value: UInt32) -> Bool {
        asciiWordTable.utf8Start[Int(value)] & 1 != 0
    }

    /// `PackedASCII.stringsFromBits`, read once for an article: the word loop makes most of its strings from
    /// their bits.
    private let stringsFromBits = PackedASCII.stringsFromBits

    /// Tokenizes `text`; `quotes` are the spans with depth 0, sorted by start; `skipped` flags by index the
    /// paragraphs (repeated ones) that produce no tokens (an index past its end is not skipped).
    func tokens(_ text: [Unicode.Scalar], paragraphs: [Range<Int>], quotes: [(index: Int, span: QuoteSpan)], skipped: [Bool]) -> [Token] {
        text.withUnsafeBufferPointer { tokens($0, paragraphs: paragraphs, quotes: quotes, skipped: skipped) }
    }

    /// `tokens` on the text's storage: the scalars are read without a bounds check each, every offset read
    /// lying inside a paragraph's range, which is clamped to the text first (through the array, the loop over
    /// the scalars cost sixty instructions a scalar).
    private func tokens(_ text: UnsafeBufferPointer<Unicode.Scalar>, paragraphs: [Range<Int>], quotes: [(index: Int, span: QuoteSpan)],
                        skipped: [Bool]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.count / 5)
        let whole = 0..<text.count
        /// The start of quote `index`, or `Int.max` past the last: kept in `nextQuoteStart`, as it is compared at
        /// every token and word part.
        func start(of index: Int) -> Int { index < quotes.count ? quotes[index].span.start : .max }
        var nextQuote = 0
        var nextQuoteStart = start(of: 0)
        var lastQuoteEnd = 0
        for (p, paragraph) in paragraphs.enumerated() {
            let range = paragraph.clamped(to: whole)
            let insideQuote = lastQuoteEnd > range.lowerBound  // a quote that runs over from an earlier paragraph
            if !tokens.isEmpty, tokens.last?.kind != .paragraphBreak, !insideQuote {
                tokens.append(Token(kind: .paragraphBreak, range: range.lowerBound..<range.lowerBound, text: "", lower: ""))
            }
            var i = insideQuote ? lastQuoteEnd : range.lowerBound
            while nextQuoteStart < i {
                nextQuote += 1
                nextQuoteStart = start(of: nextQuote)
            }
            if p < skipped.count, skipped[p] {
                while nextQuoteStart < range.upperBound {
                    nextQuote += 1
                    nextQuoteStart = start(of: nextQuote)
                }
                continue
            }
            while i < range.upperBound {
                if nextQuoteStart == i {
                    // its fields read in place: a copy of the span retained its array of segments (200 instructions a quote)
                    let end = quotes[nextQuote].span.end
                    let lastParagraph = quotes[nextQuote].span.lastParagraph
                    tokens.append(Token(kind: .quote(quotes[nextQuote].index), range: nextQuoteStart..<end, text: "", lower: ""))
                    nextQuote += 1
                    nextQuoteStart = start(of: nextQuote)
                    i = end
                    lastQuoteEnd = end
                    if lastParagraph != p { break }
                    continue
                }
                let scalar = text[i]
                let isASCII = scalar.value < 0x80  // ASCII asked without the Unicode tables, each class once
                if isASCII ? Self.isASCIIWord(scalar.value) : ScalarClass.isWord(scalar) {
                    let (end, packed, spaceFollows) = Self.word(text, from: i, before: range.upperBound, quoteStart: nextQuoteStart)
                    tokens.append(word(text, i..<end, first: scalar, packed: packed))
                    i = end
                    // a word is most often followed by one space, stepped over here rather than by a turn of the
                    // loop (a quote never starts at a space, but a misplaced span must still be met); the word's
                    // scan has read it (reading it again cost eight instructions a word)
                    if spaceFollows, nextQuoteStart != i { i += 1 }
                } else if isASCII ? ASCIIBytes.isWhitespace(UInt8(truncatingIfNeeded: scalar.value)) : ScalarClass.isWhitespace(scalar) {
                    i += 1
                } else if isASCII {
                    // a one-byte string from its bits: read from an array of the ASCII strings, it was retained
                    let mark = PackedASCII(ascii: scalar.value)
                    tokens.append(Token(kind: .punctuation, range: i..<i + 1, text: mark.string(fromBits: stringsFromBits),
                                        lower: mark.string(fromBits: stringsFromBits), isCapitalized: false))
                    i += 1
                } else {
                    let s = String(Character(scalar))
                    tokens.append(Token(kind: .punctuation, range: i..<i + 1, text: s, lower: s, isCapitalized: ScalarClass.isUppercase(scalar)))
                    i += 1
                }
            }
        }
        return tokens
    }

    /// The end of the word that starts at `start` (a word scalar) and ends before `end` at the latest: word
    /// scalars and marks, and single joiners between them (not at `quoteStart`). With it, the word's scalars
    /// packed, when they are at most fifteen and all ASCII: each is shifted into two integers as it is read
    /// (packing them in a second pass over the word cost eighty instructions a word). `spaceFollows`: the word
    /// ends at a space (before `end`), which ends most words, so it is told apart before the joiners are asked.
    @inline(__always)
    private static func word(_ text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, before end: Int,
                             quoteStart: Int) -> (end: Int, packed: PackedASCII?, spaceFollows: Bool) {
        var low = UInt64(text[start].value)  // the last sixteen bytes read, the latest lowest in `low`
        var high: UInt64 = 0
        var isASCII = text[start].value < 0x80
        var spaceFollows = false
        var j = start + 1
        while j < end {
            let next = text[j].value
            if next < 0x80 {
                if isASCIIWord(next) {
                    high = high &<< 8 | low &>> 56
                    low = low &<< 8 | UInt64(next)
                    j += 1
                    continue
                }
                if next == 0x20 {
                    spaceFollows = true
                    break
                }
            } else if ScalarClass.continuesWordBeyondASCII(text[j]) {
                isASCII = false
                j += 1
                continue
            }
            guard isJoiner(text[j]), j + 1 < end, ScalarClass.isWord(text[j + 1]), quoteStart != j else { break }
            let after = text[j + 1].value
            if next | after < 0x80 {
                high = high &<< 16 | low &>> 48
                low = low &<< 16 | UInt64(next) &<< 8 | UInt64(after)
            } else {
                isASCII = false
            }
            j += 2
        }
        guard isASCII, j - start <= 15 else { return (j, nil, spaceFollows) }
        return (j, PackedASCII(lastByteLowest: low, high, count: j - start), spaceFollows)
    }

    /// The word token of `range`, whose first scalar is `first`; `packed` its scalars when they are at most fifteen and all ASCII (most
    /// words in most articles): its text and lower-cased text are made from those. Any other word is made
    /// from its bits too when its UTF-8 has at most fifteen bytes (`SmallUTF8`), else encoded by `ScalarText`;
    /// its lower-cased text only when it differs ("zo’n", "für": a string beyond ASCII cost five hundred
    /// instructions). (Writing the bytes one by one in the string's initializer, and again lower-cased, took a
    /// hundred instructions a word.)
    private func word(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, first: Unicode.Scalar, packed: PackedASCII?) -> Token {
        let isCapitalized = ScalarClass.isUppercase(first)  // its first scalar, as read by the caller
        guard let packed else {
            let scalars = UnsafeBufferPointer(rebasing: text[range])
            let written = SmallUTF8.string(scalars, lowercased: false, fromBits: stringsFromBits) ?? ScalarText.string(scalars)
            let lower = !ScalarText.changesWhenLowercased(scalars) ? written
                : SmallUTF8.string(scalars, lowercased: true, fromBits: stringsFromBits) ?? ScalarText.lowercased(scalars)
            return Token(kind: .word, range: range, text: written, lower: lower, isCapitalized: isCapitalized)
        }
        let lowered = packed.lowercased  // made from its own bits even when the same (`PackedASCII.string`)
        return Token(kind: .word, range: range, text: packed.string(fromBits: stringsFromBits),
                     lower: lowered.string(fromBits: stringsFromBits), isCapitalized: isCapitalized)
    }
}
