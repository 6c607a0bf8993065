/// Reads a plain-text article: an optional header (see `PlainTextHeader`), then paragraphs separated by
/// blank lines.
enum PlainTextReader {
    static func read(_ text: String, path: String) -> ReadOutcome {
        let header = PlainTextHeader(lines: text.lines)
        let paragraphs = ParagraphSplitter.paragraphs(fromLines: header.bodyLines)
        guard !paragraphs.isEmpty else { return .problem(.noText, path: path) }
        return ReadOutcome(documents: [ArticleDocument(file: path, metadata: header.metadata, paragraphs: paragraphs)])
    }
}
