/// The file formats articles come in, chosen by the file's extension or, when that says nothing
/// (standard input, `README`, `.dat`…), by the first characters of its content.
enum ArticleFormat: Sendable, Equatable, CaseIterable {
    case plainText, markdown, json, jsonLines, csv

    /// The format an extension names (case-insensitive), or `nil` when it names none of them.
    init?(pathExtensionOf path: String) {
        guard let pathExtension = Self.pathExtension(of: path) else { return nil }
        switch pathExtension.lowercased() {
        case "txt", "text": self = .plainText
        case "md", "markdown": self = .markdown
        case "json": self = .json
        case "jsonl", "ndjson": self = .jsonLines
        case "csv", "tsv": self = .csv
        default: return nil
        }
    }

    /// What follows the last `.` of the path's last component (`/` separates them; empty ones are none), when
    /// the dot is not the component's first character. A path of ASCII is read on its bytes, each a character
    /// of its own as far as `/` and `.` go (splitting a path into characters was a tenth of reading a file).
    static func pathExtension(of path: String) -> Substring? {
        let utf8 = path.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            let name = path.split(separator: "/").last ?? Substring(path)
            guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
            return name[name.index(after: dot)...]
        }
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: "/") { end = utf8.index(before: end) }
        var start = end
        while start > utf8.startIndex, utf8[utf8.index(before: start)] != UInt8(ascii: "/") { start = utf8.index(before: start) }
        guard start < end else { return nil }  // no component: the path is empty or all slashes, with no dot
        var dot = end
        repeat {
            dot = utf8.index(before: dot)
            if utf8[dot] == UInt8(ascii: ".") {
                return dot == start ? nil : path[utf8.index(after: dot)..<end]
            }
        } while dot > start
        return nil
    }

    /// Guesses from the content: `{` or `[` first is JSON (see `startsJSON`; JSON Lines when the first line is a whole
    /// object and the next line starts another), a `---` first line or a `# ` heading is Markdown, a first
    /// line that is a CSV header naming a text column is CSV, anything else plain text.
    static func detect(_ text: String) -> ArticleFormat {
        let lines = text.lines
        guard let firstIndex = lines.firstIndex(where: { !$0.isBlank }) else { return .plainText }
        let first = lines[firstIndex].trimmingWhitespace
        if startsJSON(first) {
            return looksLikeJSONLines(lines) ? .jsonLines : .json
        }
        if firstIndex == 0 && first == "---" { return .markdown }
        if first.hasPrefix("# ") { return .markdown }
        if CSVArticleReader.headerNamesTextField(first) { return .csv }
        return .plainText
    }

    /// `{` then `"` or `}`, or `[` then a JSON value or `]` (white space between allowed): so prose such
    /// as `[Reuters] Washington…` or `{Update}` is not taken for JSON.
    static func startsJSON(_ line: Substring) -> Bool {
        guard let opener = line.utf8.first, opener == UInt8(ascii: "{") || opener == UInt8(ascii: "[") else { return false }
        guard let next = line.utf8.dropFirst().first(where: { $0 != 0x20 && $0 != 0x09 }) else { return true }
        if opener == UInt8(ascii: "{") { return next == UInt8(ascii: "\"") || next == UInt8(ascii: "}") }
        return "{[]\"-0123456789tfn".utf8.contains(next)
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
