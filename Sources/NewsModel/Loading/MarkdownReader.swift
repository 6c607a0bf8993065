/// Reads a Markdown article: optional YAML front matter for the metadata (the same field names as JSON),
/// a leading `# Title` line as the title when the front matter has none, then the body's paragraphs.
///
/// The body keeps its text: heading markers (`#`) and blockquote markers (`>`) are removed, each heading
/// is a paragraph of its own, and thematic breaks (`---`, `***`) only separate paragraphs.
enum MarkdownReader {
    static func read(_ text: String, path: String) -> ReadOutcome {
        var outcome = ReadOutcome()
        let (yaml, bodyLines) = FrontMatter.split(text.lines)
        var fields: [String: FieldValue] = [:]
        if let yaml {
            do {
                fields = try FrontMatter(yaml: yaml).fields
            } catch {
                outcome.problems.append(LoadProblem(path: path, line: 1, error: error, severity: .warning))
            }
        }
        var metadata = ArticleFields(fields).metadata
        var blocks = Self.blocks(bodyLines)
        if let first = blocks.first, first.headingLevel == 1 {
            if metadata.title == nil {
                metadata.title = first.text
                blocks.removeFirst()
            } else if metadata.title == first.text {
                blocks.removeFirst()
            }
        }
        let paragraphs = blocks.map(\.text)
        guard !paragraphs.isEmpty else {
            outcome.problems.append(LoadProblem(path: path, error: .noText))
            return outcome
        }
        outcome.documents.append(ArticleDocument(file: path, metadata: metadata, paragraphs: paragraphs))
        return outcome
    }

    /// A paragraph of the body, remembering whether it was a heading and of which level.
    private struct Block {
        var text: String
        var headingLevel: Int?
    }

    private static func blocks(_ lines: ArraySlice<Substring>) -> [Block] {
        var blocks: [Block] = []
        var current: [Substring] = []
        func flush() {
            if !current.isEmpty { blocks.append(Block(text: current.joined(separator: " "))) }
            current.removeAll(keepingCapacity: true)
        }
        for rawLine in lines {
            let line = withoutBlockquoteMarkers(rawLine.trimmingWhitespace)
            if line.isEmpty || isThematicBreak(line) {
                flush()
            } else if let (level, heading) = heading(line) {
                flush()
                if !heading.isEmpty { blocks.append(Block(text: String(heading), headingLevel: level)) }
            } else {
                current.append(line)
            }
        }
        flush()
        return blocks
    }

    /// `> > text` is `text`.
    private static func withoutBlockquoteMarkers(_ line: Substring) -> Substring {
        var line = line
        while line.hasPrefix(">") {
            line = line.dropFirst().trimmingWhitespace
        }
        return line
    }

    /// An ATX heading `## Text ##`: its level and text, or `nil` for any other line.
    private static func heading(_ line: Substring) -> (Int, Substring)? {
        let level = line.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(level) else { return nil }
        let rest = line.dropFirst(level)
        guard rest.isEmpty || rest.first?.isWhitespace == true else { return nil }
        let text = rest.trimmingWhitespace
        let closing = text.reversed().prefix(while: { $0 == "#" }).count
        guard closing > 0 else { return (level, text) }
        let withoutClosing = text.dropLast(closing)
        if withoutClosing.isEmpty { return (level, withoutClosing) }
        if withoutClosing.last?.isWhitespace == true { return (level, withoutClosing.trimmingWhitespace) }
        return (level, text)
    }

    /// Three or more `-`, `*` or `_` alone on a line (spaces allowed between them).
    private static func isThematicBreak(_ line: Substring) -> Bool {
        guard let mark = line.first, "-*_".contains(mark) else { return false }
        let marks = line.filter { !$0.isWhitespace }
        guard marks.count >= 3 else { return false }
        return marks.allSatisfy { $0 == mark }
    }
}
