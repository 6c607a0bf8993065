import Yams

extension FieldValue {
    /// Converts a composed YAML node. Scalars stay text as written (a `date: 2022-01` is not turned into
    /// a timestamp, so its precision survives); `~` and `null` are `.nothing`.
    init(yaml node: Node, depth: Int = 0) {
        switch node {
        case .scalar(let scalar):
            let isNull = scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
            self = isNull ? .nothing : .text(scalar.string)
        case .sequence(let sequence):
            guard depth < Self.maximumDepth else { self = .nothing; return }
            self = .list(sequence.map { FieldValue(yaml: $0, depth: depth + 1) })
        case .mapping(let mapping):
            guard depth < Self.maximumDepth else { self = .nothing; return }
            var fields: [String: FieldValue] = [:]
            for (key, value) in mapping {
                guard let name = key.scalar?.string.lowercased(), fields[name] == nil else { continue }
                fields[name] = FieldValue(yaml: value, depth: depth + 1)
            }
            self = .record(fields)
        case .alias:
            self = .nothing
        }
    }
}
