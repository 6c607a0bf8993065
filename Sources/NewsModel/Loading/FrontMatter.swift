import Yams

/// The YAML block between `---` lines at the top of a Markdown article, read as field values.
struct FrontMatter: Sendable, Equatable {
    /// The mapping's fields with lower-case keys.
    var fields: [String: FieldValue]

    /// Splits `lines` into the front matter's YAML and the body's lines. Front matter starts with a first
    /// line `---` and ends at the next `---` or `...` line; without that closing line there is none.
    static func split(_ lines: [Substring]) -> (yaml: String?, body: ArraySlice<Substring>) {
        guard let first = lines.first, first.trimmingWhitespace == "---" else { return (nil, lines[...]) }
        guard let close = lines.dropFirst().firstIndex(where: {
            let line = $0.trimmingWhitespace
            return line == "---" || line == "..."
        }) else { return (nil, lines[...]) }
        return (lines[1..<close].joined(separator: "\n"), lines[(close + 1)...])
    }

    /// Parses the YAML with Yams; throws `.brokenFrontMatter` when it does not parse or is not a mapping.
    /// Yams (libyaml) stops at its own nesting limit with an error rather than crashing.
    init(yaml: String) throws(LoadError) {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch {
            throw .brokenFrontMatter(detail: Self.oneLine(String(describing: error)))
        }
        guard let node else {
            fields = [:]
            return
        }
        guard case .record(let fields) = FieldValue(yaml: node) else {
            throw .brokenFrontMatter(detail: "expected `key: value` lines")
        }
        self.fields = fields
    }

    /// Yams's messages span several lines and quote the input; keep the first line, shortened.
    static func oneLine(_ message: String) -> String {
        let first = message.lines.first.map(String.init) ?? message
        return first.count > 160 ? String(first.prefix(159)) + "…" : first
    }
}
