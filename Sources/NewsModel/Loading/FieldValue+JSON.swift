import Foundation

extension FieldValue {
    /// Converts what `JSONSerialization` returns. Numbers become their text; `null` is `.nothing`.
    ///
    /// On Linux every JSON number is an `NSNumber` and `as? Bool` succeeds for 0 and 1, so numbers are
    /// read through `NSNumber.stringValue` and booleans are not told apart (no article field needs them).
    init(json: Any, depth: Int = 0) {
        switch json {
        case let text as String:
            self = .text(text)
        case let number as NSNumber:
            self = .text(number.stringValue)
        case let array as [Any]:
            guard depth < Self.maximumDepth else { self = .nothing; return }
            self = .list(array.map { FieldValue(json: $0, depth: depth + 1) })
        case let object as [String: Any]:
            guard depth < Self.maximumDepth else { self = .nothing; return }
            self = .record(FieldValue.lowercasingKeys(object) { FieldValue(json: $0, depth: depth + 1) })
        default:
            self = .nothing
        }
    }

    /// A record's fields with lower-case keys; of keys that differ only in case, the first in key order wins.
    static func lowercasingKeys<Value>(_ object: [String: Value], convert: (Value) -> FieldValue) -> [String: FieldValue] {
        var fields: [String: FieldValue] = [:]
        for key in object.keys.sorted() {
            guard let value = object[key] else { continue }
            let lower = key.lowercased()
            if fields[lower] == nil { fields[lower] = convert(value) }
        }
        return fields
    }
}
