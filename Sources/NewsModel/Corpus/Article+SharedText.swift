/// Quotes that point into their article's text instead of holding copies of it.
extension Article {
    /// Makes the text of each quote inside one paragraph a view of `text`: the quote's segment trimmed as
    /// `ArticleAnalyzer.innerText` trims it, taken only where it holds the same scalars as the quote's
    /// text. Copies of the quoted words took a quarter of the article text's size again, in allocations
    /// of their own.
    static func shareText(_ text: String, with quotes: inout [Quote]) {
        guard !quotes.isEmpty else { return }
        let utf8 = text.utf8
        var bounds: [Int] = []
        bounds.reserveCapacity(2 * quotes.count)
        for quote in quotes {
            guard let segment = quote.span.onlySegment, segment.lowerBound >= 0, segment.lowerBound <= segment.upperBound else { continue }
            bounds.append(segment.lowerBound)
            bounds.append(segment.upperBound)
        }
        let map = ScalarOffsetMap(bounds, in: text)
        var bytesOfText = text  // `withUTF8` may make a copy contiguous; the views below are of `text` itself
        for index in quotes.indices {
            guard let segment = quotes[index].span.onlySegment, segment.lowerBound >= 0, segment.lowerBound <= segment.upperBound,
                  let lowerOffset = map.utf8Offset(segment.lowerBound), let upperOffset = map.utf8Offset(segment.upperBound) else { continue }
            // trimmed on the bytes: a scalar view's first and last scalars were decoded through its indices and
            // its bounds moved one scalar at a time, and the view made a substring twice
            let trimmed = bytesOfText.withUTF8 { trimmingPadding(lowerOffset..<upperOffset, in: $0) }
            let lower = utf8.index(utf8.startIndex, offsetBy: trimmed.lowerBound)
            let upper = utf8.index(utf8.startIndex, offsetBy: trimmed.upperBound)
            let words = Substring(text.unicodeScalars[lower..<upper])
            guard ScalarText.sameBytes(words, quotes[index].text) else { continue }
            quotes[index].text = words
        }
    }

    /// `range` of the UTF-8 `bytes` (bounded by scalars) less the scalars at either end that
    /// `ArticleAnalyzer.isQuotePadding` trims.
    private static func trimmingPadding(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            let width = ScalarText.width(ofLead: bytes[lower])
            guard ArticleAnalyzer.isQuotePadding(ScalarText.decode(lower, width, in: bytes)) else { break }
            lower += width
        }
        while upper > lower {
            var start = upper - 1
            while start > lower, bytes[start] & 0xC0 == 0x80 { start -= 1 }  // back over continuation bytes
            guard ArticleAnalyzer.isQuotePadding(ScalarText.decode(start, upper - start, in: bytes)) else { break }
            upper = start
        }
        return lower..<upper
    }
}
