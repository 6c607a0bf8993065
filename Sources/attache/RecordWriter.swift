import Foundation

/// Writes records to standard output as JSON Lines or CSV, buffered.
struct RecordWriter {
    private var buffer = Data()
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }()

    mutating func jsonLine(_ value: some Encodable) {
        if let data = try? encoder.encode(value) {
            buffer.append(data)
            buffer.append(0x0A)
        }
        flushIfLarge()
    }

    /// One CSV row, RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled.
    /// (Written by hand: SwiftCSV reads CSV but its serializer only takes whole tables of strings.)
    mutating func csvRow(_ fields: [String]) {
        let line = fields.map { field -> String in
            guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",")
        buffer.append(Data((line + "\r\n").utf8))
        flushIfLarge()
    }

    mutating func line(_ text: String) {
        buffer.append(Data((text + "\n").utf8))
        flushIfLarge()
    }

    mutating func flush() {
        FileHandle.standardOutput.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    private mutating func flushIfLarge() {
        if buffer.count > 1 << 16 { flush() }
    }
}
