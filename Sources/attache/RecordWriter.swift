import Foundation

/// Writes records to standard output as JSON Lines or CSV, buffered.
struct RecordWriter {
    private var buffer = Data()
    /// One JSON object per line, keys in the record's column order (JSONEncoder on Linux does not keep
    /// declaration order, so the object is assembled here).
    mutating func jsonLine<Record: OutputRecord>(_ record: Record) {
        var line: [UInt8] = [UInt8(ascii: "{")]
        line.reserveCapacity(512)
        for (position, column) in Record.Column.allCases.enumerated() {
            if position > 0 { line.append(UInt8(ascii: ",")) }
            Self.appendJSON(column.rawValue, to: &line)
            line.append(UInt8(ascii: ":"))
            switch record.value(column) {
            case .text(let text?): Self.appendJSON(text, to: &line)
            case .number(let number?): line.append(contentsOf: String(number).utf8)
            case .text(nil), .number(nil): line.append(contentsOf: "null".utf8)
            case .list(let items):
                line.append(UInt8(ascii: "["))
                for (index, item) in items.enumerated() {
                    if index > 0 { line.append(UInt8(ascii: ",")) }
                    Self.appendJSON(item, to: &line)
                }
                line.append(UInt8(ascii: "]"))
            }
        }
        line.append(contentsOf: [UInt8(ascii: "}"), 0x0A])
        buffer.append(contentsOf: line)
        flushIfLarge()
    }

    /// Appends a string as a JSON string literal (RFC 8259 §7: quote, backslash and C0 controls escaped).
    /// Written here because encoding each value through JSONEncoder cost 15% of a whole run.
    static func appendJSON(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), byte])
            case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The CSV header row of a record type.
    mutating func csvHeader<Record: OutputRecord>(_: Record.Type) {
        csvRow(Record.Column.allCases.map(\.rawValue))
    }

    /// One record as a CSV row, in column order.
    mutating func csvRow<Record: OutputRecord>(_ record: Record) {
        csvRow(Record.Column.allCases.map { record.value($0).csvText })
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

    /// One line for people; control characters and bidi overrides are shown, not sent (see `PrintableText`).
    mutating func line(_ text: String) {
        buffer.append(Data((PrintableText.neutralised(text) + "\n").utf8))
        flushIfLarge()
    }

    /// Lines already made printable and ended, as `line` would write them (`TextReport` makes them in parallel).
    mutating func printableLines(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
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
