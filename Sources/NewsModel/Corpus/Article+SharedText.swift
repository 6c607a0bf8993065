/// Quotes that point into their article's text instead of holding copies of it.
extension Article {
    /// Makes the text of each quote inside one paragraph a view of `text`: the quote's segment trimmed as
    /// `ArticleAnalyzer.innerText` trims it, taken only where it holds the same scalars as the quote's
    /// text. Copies of the quoted words took a quarter of the article text's size again, in allocations
    /// of their own.
    static func shareText(_ text: String, with quotes: inout [Quote]) {
        guard !quotes.isEmpty else { return }
        let utf8 = text.utf8
        // the scalar offsets that bound the quotes' segments, in order, and the UTF-8 offset of each, found in
        // one walk over the bytes up to the last of them (an array of every scalar's UTF-8 offset was eight
        // bytes written per byte of text, a fifth of sharing)
        var bounds: [Int] = []
        bounds.reserveCapacity(2 * quotes.count)
        for quote in quotes {
            guard let segment = quote.span.onlySegment, segment.lowerBound >= 0, segment.lowerBound <= segment.upperBound else { continue }
            bounds.append(segment.lowerBound)
            bounds.append(segment.upperBound)
        }
        bounds.sort()
        var bytesOfText = text  // `withUTF8` may make a copy contiguous; the views below are of `text` itself
        let boundOffsets = bytesOfText.withUTF8 { bytes in
            var offsets = Array(repeating: -1, count: bounds.count)  // -1: past the text's last scalar
            let raw = UnsafeRawBufferPointer(bytes)
            var scalar = 0
            var offset = 0
            for (k, target) in bounds.enumerated() {
                while scalar < target, offset < bytes.count {
                    // eight ASCII bytes are eight scalars
                    if target - scalar >= 8, ASCIIBytes.eightAreASCII(raw, at: offset) {
                        offset += 8
                        scalar += 8
                        continue
                    }
                    offset += 1
                    while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
                    scalar += 1
                }
                guard scalar == target else { break }
                offsets[k] = offset
            }
            return offsets
        }
        /// The UTF-8 offset where the scalar at `scalarOffset` begins (the text's end for its scalar count).
        func utf8Offset(_ scalarOffset: Int) -> Int? {
            var low = 0
            var high = bounds.count
            while low < high {
                let middle = (low + high) / 2
                if bounds[middle] < scalarOffset { low = middle + 1 } else { high = middle }
            }
            guard low < bounds.count, bounds[low] == scalarOffset, boundOffsets[low] >= 0 else { return nil }
            return boundOffsets[low]
        }
        for index in quotes.indices {
            guard let segment = quotes[index].span.onlySegment, segment.lowerBound >= 0, segment.lowerBound <= segment.upperBound,
                  let lowerOffset = utf8Offset(segment.lowerBound), let upperOffset = utf8Offset(segment.upperBound) else { continue }
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
