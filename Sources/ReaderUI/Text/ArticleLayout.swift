import NewsModel

/// An article wrapped to a width: its lines, and where each quote and offset stands among them.
public struct ArticleLayout: Sendable, Equatable {
    public let articleID: Int
    public let width: Int
    public let lines: [ArticleLine]
    /// Indexes of the body lines, in order (their offsets grow).
    private let bodyLines: [Int]

    /// Wraps `article` (title block, then its paragraphs separated by blank lines) to `width` columns.
    public init(article: Article, width: Int) {
        self.articleID = article.id
        self.width = width
        var lines: [ArticleLine] = []
        let title = Substring(article.title)
        for range in TextWrapper.wrap(title, width: width) {
            lines.append(.heading(String(title[range]), isTitle: true))
        }
        let meta = Substring(Self.metaLine(article))
        for range in TextWrapper.wrap(meta, width: width) {
            lines.append(.heading(String(meta[range]), isTitle: false))
        }
        let text = article.text
        let scalars = text.unicodeScalars
        var cursor = text.startIndex
        var cursorOffset = 0
        for (number, paragraph) in article.paragraphs.enumerated() {
            lines.append(.blank)
            let start = scalars.index(cursor, offsetBy: paragraph.range.lowerBound - cursorOffset)
            let end = scalars.index(start, offsetBy: paragraph.range.count)
            var lineCursor = start
            var lineOffset = paragraph.range.lowerBound
            for range in TextWrapper.wrap(text[start..<end], width: width) {
                lineOffset += scalars[lineCursor..<range.lowerBound].count
                let count = scalars[range].count
                lines.append(.body(paragraph: number, range: range, scalarStart: lineOffset, scalarCount: count))
                lineOffset += count
                lineCursor = range.upperBound
            }
            cursor = end
            cursorOffset = paragraph.range.upperBound
        }
        self.lines = lines
        self.bodyLines = lines.indices.filter { lines[$0].isBody }
    }

    /// The line that shows scalar `offset` of the article text (the last body line starting at or before it).
    public func line(containing offset: Int) -> Int {
        var low = 0, high = bodyLines.count - 1
        var best = bodyLines.first ?? 0
        while low <= high {
            let middle = (low + high) / 2
            if lines[bodyLines[middle]].scalars.lowerBound <= offset {
                best = bodyLines[middle]
                low = middle + 1
            } else {
                high = middle - 1
            }
        }
        return best
    }

    /// "2022-01 · De Standaard · nl", from what the article has.
    static func metaLine(_ article: Article) -> String {
        var parts: [String] = []
        if let date = article.metadata.date { parts.append(date.description) }
        if let source = article.metadata.source, !source.isEmpty { parts.append(source) }
        parts.append(article.language.rawValue)
        if let author = article.metadata.author, !author.isEmpty { parts.append(author) }
        return parts.joined(separator: " · ")
    }
}

extension ArticleLine {
    var isBody: Bool {
        if case .body = self { return true }
        return false
    }
}
