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

    /// Tokenizes `text`; `quotes` are the spans with depth 0, sorted by start; `skipped` are ranges
    /// (repeated paragraphs) that produce no tokens.
    func tokens(_ text: [Unicode.Scalar], paragraphs: [Range<Int>], quotes: [(index: Int, span: QuoteSpan)], skipped: Set<Int>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.count / 5)
        var nextQuote = 0
        var lastQuoteEnd = 0
        for (p, range) in paragraphs.enumerated() {
            let insideQuote = lastQuoteEnd > range.lowerBound  // a quote that runs over from an earlier paragraph
            if !tokens.isEmpty, tokens.last?.kind != .paragraphBreak, !insideQuote {
                tokens.append(Token(kind: .paragraphBreak, range: range.lowerBound..<range.lowerBound, text: "", lower: ""))
            }
            var i = insideQuote ? lastQuoteEnd : range.lowerBound
            while nextQuote < quotes.count, quotes[nextQuote].span.start < i { nextQuote += 1 }
            if skipped.contains(p) {
                while nextQuote < quotes.count, quotes[nextQuote].span.start < range.upperBound { nextQuote += 1 }
                continue
            }
            while i < range.upperBound {
                if nextQuote < quotes.count, quotes[nextQuote].span.start == i {
                    let (index, span) = quotes[nextQuote]
                    tokens.append(Token(kind: .quote(index), range: span.start..<span.end, text: "", lower: ""))
                    nextQuote += 1
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
                        } else if Self.isJoiner(text[j]), j + 1 < range.upperBound, ScalarClass.isWord(text[j + 1]),
                                  nextQuote >= quotes.count || quotes[nextQuote].span.start != j {
                            j += 2
                        } else {
                            break
                        }
                    }
                    tokens.append(word(text, i..<j))
                    i = j
                } else {
                    let s = String(Character(scalar))
                    tokens.append(Token(kind: .punctuation, range: i..<i + 1, text: s, lower: s, isCapitalized: ScalarClass.isUppercase(scalar)))
                    i += 1
                }
            }
        }
        return tokens
    }

    /// A word token. An ASCII word (most words in most articles) is written byte by byte as it is checked, in
    /// one pass, and lower-cased from its scalars in another only when it has a capital (checking first and
    /// writing after, and lower-casing through the written string, took two more passes).
    private func word(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Token {
        let isCapitalized = ScalarClass.isUppercase(text[range.lowerBound])
        var isASCII = true
        var hasCapital = false
        let string = String(unsafeUninitializedCapacity: range.count) { buffer in
            for (n, index) in range.enumerated() {
                let value = text[index].value
                guard value < 0x80 else {
                    isASCII = false
                    return 0
                }
                if (0x41...0x5A).contains(value) { hasCapital = true }
                buffer[n] = UInt8(truncatingIfNeeded: value)
            }
            return range.count
        }
        guard isASCII else {
            return Token(kind: .word, range: range, text: ScalarText.string(text[range]), lower: ScalarText.lowercased(text[range]),
                         isCapitalized: isCapitalized)
        }
        guard hasCapital else { return Token(kind: .word, range: range, text: string, lower: string, isCapitalized: isCapitalized) }
        let lower = String(unsafeUninitializedCapacity: range.count) { buffer in
            for (n, index) in range.enumerated() { buffer[n] = ASCIIBytes.lowered(UInt8(truncatingIfNeeded: text[index].value)) }
            return range.count
        }
        return Token(kind: .word, range: range, text: string, lower: lower, isCapitalized: isCapitalized)
    }
}
