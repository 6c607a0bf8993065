/// Quotes that point into their article's text instead of holding copies of it.
extension Article {
    /// Makes the text of each quote inside one paragraph a view of `text`: the quote's segment trimmed as
    /// `ArticleAnalyzer.innerText` trims it, taken only where it holds the same scalars as the quote's
    /// text. Copies of the quoted words took a quarter of the article text's size again, in allocations
    /// of their own.
    static func shareText(_ text: String, with quotes: inout [Quote]) {
        guard !quotes.isEmpty else { return }
        let utf8 = text.utf8
        // UTF-8 offset of each scalar offset, so a segment's bounds become string indices in constant time:
        // the offsets of the bytes that begin a scalar, found in one loop over the bytes
        var bytesOfText = text  // `withUTF8` may make a copy contiguous; the views below are of `text` itself
        let utf8Offsets = bytesOfText.withUTF8 { bytes in
            [Int](unsafeUninitializedCapacity: bytes.count + 1) { offsets, initialized in
                var n = 0
                for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
                    offsets.initializeElement(at: n, to: offset)
                    n += 1
                }
                offsets.initializeElement(at: n, to: bytes.count)
                initialized = n + 1
            }
        }
        for index in quotes.indices {
            guard let segment = quotes[index].span.onlySegment, segment.lowerBound >= 0,
                  segment.upperBound < utf8Offsets.count, segment.lowerBound <= segment.upperBound else { continue }
            let lower = utf8.index(utf8.startIndex, offsetBy: utf8Offsets[segment.lowerBound])
            let upper = utf8.index(utf8.startIndex, offsetBy: utf8Offsets[segment.upperBound])
            var words = text.unicodeScalars[lower..<upper]
            while let first = words.first, ArticleAnalyzer.isQuotePadding(first) { words.removeFirst() }
            while let last = words.last, ArticleAnalyzer.isQuotePadding(last) { words.removeLast() }
            guard ScalarText.sameBytes(Substring(words), quotes[index].text) else { continue }
            quotes[index].text = Substring(words)
        }
    }
}
