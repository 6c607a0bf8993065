/// Reads a plain-text article: an optional header (see `PlainTextHeader`), then paragraphs separated by
/// blank lines.
enum PlainTextReader {
    static func read(_ text: String, path: String) -> ReadOutcome {
        let header = PlainTextHeader(text: text)
        let body = JoinedParagraphs(lines: text[header.bodyStart...])
        guard !body.ends.isEmpty else { return .problem(.noText, path: path) }
        return ReadOutcome(documents: [ArticleDocument(file: path, metadata: header.metadata, joined: body)])
    }
}
