/// The file formats articles come in, chosen by the file's extension or, when that says nothing
/// (standard input, `README`, `.dat`…), by the first characters of its content.
enum ArticleFormat: Sendable, Equatable, CaseIterable {
    case plainText, markdown, json, jsonLines, csv

    /// The format an extension names (case-insensitive), or `nil` when it names none of them.
    init?(pathExtensionOf path: String) {
        let name = path.split(separator: "/").last ?? Substring(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "txt", "text": self = .plainText
        case "md", "markdown": self = .markdown
        case "json": self = .json
        case "jsonl", "ndjson": self = .jsonLines
        case "csv", "tsv": self = .csv
        default: return nil
        }
    }

    /// Guesses from the content: `{` or `[` first is JSON (JSON Lines when the first line is a whole
    /// object and the next line starts another), a `---` first line or a `# ` heading is Markdown, a first
    /// line that is a CSV header naming a text column is CSV, anything else plain text.
    static func detect(_ text: String) -> ArticleFormat {
        let lines = text.lines
        guard let firstIndex = lines.firstIndex(where: { !$0.isBlank }) else { return .plainText }
        let first = lines[firstIndex].trimmingWhitespace
        if first.hasPrefix("{") || first.hasPrefix("[") {
            return looksLikeJSONLines(lines) ? .jsonLines : .json
        }
        if firstIndex == 0 && first == "---" { return .markdown }
        if first.hasPrefix("# ") { return .markdown }
        if CSVArticleReader.headerNamesTextField(first) { return .csv }
        return .plainText
    }

    /// True when the first non-blank line is a whole `{…}` object and the next non-blank line starts `{`.
    static func looksLikeJSONLines(_ lines: [Substring]) -> Bool {
        var objectLines = 0
        for line in lines where !line.isBlank {
            let trimmed = line.trimmingWhitespace
            if objectLines == 0 {
                guard trimmed.hasPrefix("{"), trimmed.hasSuffix("}"), trimmed.utf8.count >= 2 else { return false }
                objectLines = 1
            } else {
                return trimmed.hasPrefix("{")
            }
        }
        return false
    }
}
