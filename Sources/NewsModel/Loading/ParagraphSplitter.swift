/// Cuts body text into paragraphs: blank lines separate them, and the lines inside one are joined
/// with a single space after trimming.
enum ParagraphSplitter {
    /// Paragraphs separated by blank (white-space-only) lines.
    static func paragraphs(fromLines lines: some Sequence<Substring>) -> [String] {
        var paragraphs: [String] = []
        var current: [Substring] = []
        func flush() {
            // a paragraph of one line (most are) is copied as it is, not joined through a separator
            if current.count == 1 {
                paragraphs.append(String(current[0]))
            } else if !current.isEmpty {
                paragraphs.append(current.joined(separator: " "))
            }
            current.removeAll(keepingCapacity: true)
        }
        for line in lines {
            let trimmed = line.trimmingWhitespace
            if trimmed.isEmpty { flush() } else { current.append(trimmed) }
        }
        flush()
        return paragraphs
    }

    /// A body field from JSON, CSV or YAML: split on blank lines when it has any, otherwise every
    /// line is a paragraph (feeds often write one paragraph per line).
    static func body(_ text: String) -> [String] {
        let lines = text.trimmingWhitespace.lines
        let hasBlankLine = lines.count > 1 && lines.contains { $0.isBlank }
        if hasBlankLine { return paragraphs(fromLines: lines) }
        return lines.map { String($0.trimmingWhitespace) }.filter { !$0.isEmpty }
    }
}
