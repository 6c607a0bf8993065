/// One value of a record's field, whatever format it came from: JSON, a CSV cell or YAML front matter.
///
/// Only as much structure as article fields need: text, lists (authors, paragraphs) and nested records
/// (a `source` object with a `name`). Record keys are lower case.
indirect enum FieldValue: Sendable, Equatable {
    case text(String)
    case list([FieldValue])
    case record([String: FieldValue])
    case nothing

    /// Nesting below this is dropped: article fields are never deeper, and it bounds recursion.
    static let maximumDepth = 4

    /// The value as one line of text: text with white space folded, a record's `name`, a list's
    /// texts joined with ", "; `nil` when empty.
    var singleLine: String? {
        switch self {
        case .text(let text):
            let folded = text.foldingWhitespace
            return folded.isEmpty ? nil : folded
        case .record(let fields):
            return fields["name"]?.singleLine
        case .list(let items):
            let parts = items.compactMap(\.singleLine)
            return parts.isEmpty ? nil : parts.joined(separator: ", ")
        case .nothing:
            return nil
        }
    }

    /// The value as body paragraphs: text split by `ParagraphSplitter.body`, a list's items in order.
    var paragraphs: [String] {
        switch self {
        case .text(let text): ParagraphSplitter.body(text)
        case .list(let items): items.flatMap(\.paragraphs)
        case .record, .nothing: []
        }
    }
}
