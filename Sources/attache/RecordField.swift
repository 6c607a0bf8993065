/// One value of an output record, as JSON and CSV both write it.
enum RecordValue {
    case text(String?)
    case number(Int?)
    case list([String])

    /// The value as one CSV cell: empty for null, a list joined with "; ".
    var csvText: String {
        switch self {
        case .text(let text): text ?? ""
        case .number(let number): number.map(String.init) ?? ""
        case .list(let items): items.joined(separator: "; ")
        }
    }
}

/// A row of `quotes` or `speakers` output. `Column.allCases` is the one place the order of its fields
/// (the README's contract) is written; the JSON Lines and the CSV writer both follow it.
protocol OutputRecord {
    associatedtype Column: RawRepresentable<String>, CaseIterable
    func value(_ column: Column) -> RecordValue
}
