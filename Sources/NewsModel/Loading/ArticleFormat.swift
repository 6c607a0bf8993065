/// The file formats articles come in, chosen by the file's extension or, when that says nothing
/// (standard input, `README`, `.dat`…), by the first characters of its content.
enum ArticleFormat: Sendable, Equatable, CaseIterable {
    case plainText, markdown, json, jsonLines, csv

    /// The format an extension names (case-insensitive), or `nil` when it names none of them.
    init?(pathExtensionOf path: String) {
        // An ASCII path (most) is read on its contiguous bytes, the extension lower-cased into a number and
        // compared with the names packed alike: through the UTF-8 view's indices, `lowercased()` and a switch on
        // strings, this cost 2 400 instructions a file.
        if let packed = path.utf8.withContiguousStorageIfAvailable(Self.packedASCIIExtension), let packed {
            switch packed {
            case 0x74_7874, 0x7465_7874: self = .plainText  // txt, text
            case 0x6d64, 0x6d61_726b_646f_776e: self = .markdown  // md, markdown
            case 0x6a73_6f6e: self = .json  // json
            case 0x6a_736f_6e6c, 0x6e64_6a73_6f6e: self = .jsonLines  // jsonl, ndjson
            case 0x63_7376, 0x74_7376: self = .csv  // csv, tsv
            default: return nil
            }
            return
        }
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

    /// The extension of an ASCII path as `pathExtension(of:)` finds it, lower-cased and packed into a number a
    /// byte a digit (0 for none, and for one longer than eight bytes, which names no format); nil for a path
    /// beyond ASCII.
    private static func packedASCIIExtension(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var ascii: UInt8 = 0
        for byte in bytes { ascii |= byte }
        guard ascii < 0x80 else { return nil }
        var end = bytes.count
        while end > 0, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
        var dot = end
        while dot > 0, bytes[dot - 1] != UInt8(ascii: "/"), bytes[dot - 1] != UInt8(ascii: ".") { dot -= 1 }
        // no dot in the last component, or the dot its first character
        guard dot > 1, bytes[dot - 1] == UInt8(ascii: "."), bytes[dot - 2] != UInt8(ascii: "/"), end - dot <= 8 else { return 0 }
        var packed: UInt64 = 0
        for byte in bytes[dot..<end] {
            guard byte != 0 else { return 0 }  // (a zero byte would vanish in the number)
            packed = packed << 8 | UInt64(ASCIIBytes.lowered(byte))
        }
        return packed
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
