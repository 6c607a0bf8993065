/// The words of each quote: between its marks, trimmed of the space inside them.
extension ArticleAnalyzer {
    /// White space, including the no-break spaces French puts inside « »: what Foundation's
    /// `CharacterSet.whitespacesAndNewlines` with U+00A0 and U+202F holds here, Unicode `White_Space` and the
    /// zero width space. A test holds it to that set for every scalar (asking the set was a twentieth of
    /// making and sharing the quotes' texts).
    @inline(__always)
    static func isQuotePadding(_ scalar: Unicode.Scalar) -> Bool {
        ScalarClass.isWhitespace(scalar) || scalar == "\u{200B}"
    }

    /// `segment` of `scalars` less the `isQuotePadding` scalars at either end.
    private static func trimmed(_ segment: Range<Int>, _ scalars: [Unicode.Scalar], counter: WorkCounter?) -> Range<Int> {
        var lower = segment.lowerBound
        var upper = segment.upperBound
        while lower < upper, isQuotePadding(scalars[lower]) { lower += 1 }
        while upper > lower, isQuotePadding(scalars[upper - 1]) { upper -= 1 }
        counter?.scalars += upper - lower
        return lower..<upper
    }

    /// The text between a span's marks, each segment trimmed of `isQuotePadding`, segments joined by a space.
    /// Trims on scalars before making a string, so a long quote costs one copy.
    static func innerText(_ span: QuoteSpan, _ scalars: [Unicode.Scalar], counter: WorkCounter? = nil) -> String {
        // most quotes are one segment: its string is the text, without an array of pieces joined into a copy
        if let only = span.onlySegment { return ScalarText.string(scalars[trimmed(only, scalars, counter: counter)]) }
        var pieces: [String] = []
        for segment in span.segments {
            let inner = trimmed(segment, scalars, counter: counter)
            guard !inner.isEmpty else { continue }
            pieces.append(ScalarText.string(scalars[inner]))
        }
        return pieces.joined(separator: " ")
    }

    /// `innerText` of each span, as a view of `text` (whose scalars are `scalars`) for a span inside one
    /// paragraph, the view `Article.shareText` would make of a copy. Made so at once, the copy of every
    /// quote's words and the comparison that shared it again were a twentieth of the analysis.
    static func innerTexts(_ spans: [QuoteSpan], _ scalars: [Unicode.Scalar], in text: String, counter: WorkCounter? = nil) -> [Substring] {
        var trimmedSegments: [Range<Int>?] = []
        trimmedSegments.reserveCapacity(spans.count)
        var bounds: [Int] = []
        bounds.reserveCapacity(2 * spans.count)
        for span in spans {
            guard let only = span.onlySegment else {
                trimmedSegments.append(nil)
                continue
            }
            let inner = trimmed(only, scalars, counter: counter)
            trimmedSegments.append(inner)
            bounds.append(inner.lowerBound)
            bounds.append(inner.upperBound)
        }
        let map = ScalarOffsetMap(bounds, in: text)
        let utf8 = text.utf8
        return spans.indices.map { index in
            guard let inner = trimmedSegments[index] else { return Substring(innerText(spans[index], scalars, counter: counter)) }
            guard let lower = map.utf8Offset(inner.lowerBound), let upper = map.utf8Offset(inner.upperBound) else {
                return Substring(ScalarText.string(scalars[inner]))  // past the text: not from a scan of it
            }
            // a slice of the UTF-8 view made a substring, its bounds known to begin scalars (a slice of the scalar
            // view checked them further: 250 instructions a quote, this 190)
            return Substring(utf8[utf8.index(utf8.startIndex, offsetBy: lower)..<utf8.index(utf8.startIndex, offsetBy: upper)])
        }
    }
}
