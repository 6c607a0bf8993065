/// Quotes that point into their article's text instead of holding copies of it.
extension Article {
    /// Makes the text of each quote inside one paragraph a view of `text`: the quote's segment trimmed as
    /// `ArticleAnalyzer.innerText` trims it, taken only where it holds the same scalars as the quote's
    /// text. Copies of the quoted words took a quarter of the article text's size again, in allocations
    /// of their own.
    static func shareText(_ text: String, with quotes: inout [Quote]) {
        guard !quotes.isEmpty else { return }
        let utf8 = text.utf8
        // UTF-8 offset of each scalar offset, so a segment's bounds become string indices in constant time
        var utf8Offsets: [Int] = []
        utf8Offsets.reserveCapacity(utf8.count + 1)
        var offset = 0
        for scalar in text.unicodeScalars {
            utf8Offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        utf8Offsets.append(offset)
        for index in quotes.indices {
            guard let segment = quotes[index].span.onlySegment, segment.lowerBound >= 0,
                  segment.upperBound < utf8Offsets.count, segment.lowerBound <= segment.upperBound else { continue }
            let lower = utf8.index(utf8.startIndex, offsetBy: utf8Offsets[segment.lowerBound])
            let upper = utf8.index(utf8.startIndex, offsetBy: utf8Offsets[segment.upperBound])
            var words = text.unicodeScalars[lower..<upper]
            while let first = words.first, ArticleAnalyzer.quotePadding.contains(first) { words.removeFirst() }
            while let last = words.last, ArticleAnalyzer.quotePadding.contains(last) { words.removeLast() }
            guard ScalarText.sameBytes(Substring(words), quotes[index].text) else { continue }
            quotes[index].text = Substring(words)
        }
    }
}
