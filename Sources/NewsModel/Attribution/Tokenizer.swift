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

    /// The one-scalar strings of ASCII, made once: the texts of most punctuation tokens (making
    /// `String(Character(scalar))` at every mark cost more than reading one from here).
    static let asciiStrings: [String] = (0..<128).map { String(Character(Unicode.Scalar(UInt8($0)))) }

    /// Tokenizes `text`; `quotes` are the spans with depth 0, sorted by start; `skipped` are ranges
    /// (repeated paragraphs) that produce no tokens.
    func tokens(_ text: [Unicode.Scalar], paragraphs: [Range<Int>], quotes: [(index: Int, span: QuoteSpan)], skipped: Set<Int>) -> [Token] {
        text.withUnsafeBufferPointer { tokens($0, paragraphs: paragraphs, quotes: quotes, skipped: skipped) }
    }

    /// `tokens` on the text's storage: the scalars are read without a bounds check each, every offset read
    /// lying inside a paragraph's range, which is clamped to the text first (through the array, the loop over
    /// the scalars cost sixty instructions a scalar).
    private func tokens(_ text: UnsafeBufferPointer<Unicode.Scalar>, paragraphs: [Range<Int>], quotes: [(index: Int, span: QuoteSpan)],
                        skipped: Set<Int>) -> [Token] {
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
            if skipped.contains(p) {
                while nextQuoteStart < range.upperBound {
                    nextQuote += 1
                    nextQuoteStart = start(of: nextQuote)
                }
                continue
            }
            while i < range.upperBound {
                if nextQuoteStart == i {
                    let (index, span) = quotes[nextQuote]
                    tokens.append(Token(kind: .quote(index), range: span.start..<span.end, text: "", lower: ""))
                    nextQuote += 1
                    nextQuoteStart = start(of: nextQuote)
                    i = span.end
                    lastQuoteEnd = span.end
                    if span.lastParagraph != p { break }
                    continue
                }
                let scalar = text[i]
                if ScalarClass.isWhitespace(scalar) {
                    i += 1
                } else if ScalarClass.isWord(scalar) {
                    var j = i + 1
                    while j < range.upperBound {
                        if ScalarClass.continuesWord(text[j]) {
                            j += 1
                        } else if Self.isJoiner(text[j]), j + 1 < range.upperBound, ScalarClass.isWord(text[j + 1]), nextQuoteStart != j {
                            j += 2
                        } else {
                            break
                        }
                    }
                    tokens.append(word(text, i..<j))
                    i = j
                } else {
                    let s = scalar.isASCII ? Self.asciiStrings[Int(scalar.value)] : String(Character(scalar))
                    tokens.append(Token(kind: .punctuation, range: i..<i + 1, text: s, lower: s, isCapitalized: ScalarClass.isUppercase(scalar)))
                    i += 1
                }
            }
        }
        return tokens
    }

    /// A word token. A word of up to fifteen ASCII scalars (most words in most articles) is read once into
    /// two integers, and its text and lower-cased text are stored from those (`packedASCII`), the lower-cased
    /// text made only when it differs; any other word is encoded by `ScalarText`, its lower-cased text too only
    /// when it differs ("zo’n", "für": a string beyond ASCII cost five hundred instructions). (Writing the bytes
    /// one by one in the string's initializer, and again lower-cased, took a hundred instructions a word.)
    private func word(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Token {
        let isCapitalized = ScalarClass.isUppercase(text[range.lowerBound])
        guard let packed = Self.packedASCII(text, range) else {
            let scalars = UnsafeBufferPointer(rebasing: text[range])
            let written = ScalarText.string(scalars)
            let lower = ScalarText.changesWhenLowercased(scalars) ? ScalarText.lowercased(scalars) : written
            return Token(kind: .word, range: range, text: written, lower: lower, isCapitalized: isCapitalized)
        }
        let string = Self.string(packed, count: range.count)
        let lowered = (Self.lowered(packed.low), Self.lowered(packed.high))
        guard lowered != packed else { return Token(kind: .word, range: range, text: string, lower: string, isCapitalized: isCapitalized) }
        return Token(kind: .word, range: range, text: string, lower: Self.string(lowered, count: range.count), isCapitalized: isCapitalized)
    }

    /// The scalars of `range`, when they are at most fifteen and all ASCII, as bytes in two integers: the first
    /// eight in `low`, the rest in `high`, each first byte lowest and zero past the end.
    private static func packedASCII(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> (low: UInt64, high: UInt64)? {
        guard range.count <= 15 else { return nil }
        var low: UInt64 = 0
        var high: UInt64 = 0
        var all: UInt32 = 0
        var index = range.lowerBound
        var shift: UInt64 = 0  // masking shifts and adds: the checked ones cost twenty instructions a byte
        while index < min(range.upperBound, range.lowerBound &+ 8) {
            all |= text[index].value
            low |= UInt64(text[index].value) &<< shift
            shift &+= 8
            index &+= 1
        }
        shift = 0
        while index < range.upperBound {
            all |= text[index].value
            high |= UInt64(text[index].value) &<< shift
            shift &+= 8
            index &+= 1
        }
        return all < 0x80 ? (low, high) : nil
    }

    /// The string of `count` ASCII bytes packed as `packedASCII` packs them: the first eight stored at once.
    /// Asked for fifteen bytes of room, the standard library hands out a small string's own storage.
    private static func string(_ packed: (low: UInt64, high: UInt64), count: Int) -> String {
        String(unsafeUninitializedCapacity: 15) { buffer in
            let bytes = UnsafeMutableRawBufferPointer(buffer)
            bytes.storeBytes(of: packed.low.littleEndian, as: UInt64.self)
            var high = packed.high
            for index in min(count, 8)..<count {
                bytes[index] = UInt8(truncatingIfNeeded: high)
                high >>= 8
            }
            return count
        }
    }

    /// `ASCIIBytes.lowered` of the eight ASCII bytes of `word` at once: each byte from 0x41 to 0x5A gets 0x20.
    private static func lowered(_ word: UInt64) -> UInt64 {
        // no byte is above 0x7F, so neither sum carries into the next byte; each high bit says byte ≥ 0x41, ≥ 0x5B
        let fromA = word &+ 0x3F3F_3F3F_3F3F_3F3F  // 0x80 - 0x41 in each byte
        let pastZ = word &+ 0x2525_2525_2525_2525  // 0x80 - 0x5B
        let capitals = fromA & ~pastZ & 0x8080_8080_8080_8080
        return word | capitals >> 2
    }
}
