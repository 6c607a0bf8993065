import Foundation

/// The `key value` / `key: value` lines at the top of a plain-text article, and where its body begins.
///
/// Keys: date, title, source, url, link, author, lang, language. With a colon the key may have any case
/// (`Title: …`); without one it must be lower case (`date 2022-01`). Date, url/link and lang/language
/// take one value (a date may be several words, such as `10 januari 2022`) and the rest of the line, if
/// any, begins the first paragraph; title, source and author take the whole rest of the line. A line
/// whose value does not fit its key (a date that does not parse) is body text, not header.
struct PlainTextHeader: Sendable, Equatable {
    var metadata = ArticleMetadata()
    /// Where the body begins in the text: after the last header value on its line (if any text follows it
    /// there), otherwise at the start of the line below the header.
    var bodyStart: String.Index

    private enum Key {
        case date, title, source, url, author, language
    }

    /// Most words a written-out date takes (`Mon, 10 Jan 2022 12:00:00 GMT`).
    private static let maximumDateWords = 6

    /// Reads the header at the top of `text`, a line at a time (the body's lines are not cut here).
    init(text: String) {
        let utf8 = text.utf8
        bodyStart = text.endIndex
        var lineStart: String.Index? = utf8.startIndex  // nil past the last line
        while let start = lineStart {
            let end = Self.lineFeed(in: text, from: start)
            let line = text[start..<(end ?? text.endIndex)]
            lineStart = end.map(utf8.index(after:))
            // a blank line is no header line: the body starts there, and its blank lines separate nothing
            guard let rest = apply(line) else {
                lineStart = start
                break
            }
            if !rest.isEmpty {
                bodyStart = rest.startIndex
                return
            }
        }
        if let lineStart { bodyStart = lineStart }
    }

    /// The first `\n` at or after `start`, found with `memchr` in the contiguous bytes of a native string.
    private static func lineFeed(in text: String, from start: String.Index) -> String.Index? {
        let utf8 = text.utf8
        let offset = utf8.distance(from: utf8.startIndex, to: start)
        let found = utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            guard let base = bytes.baseAddress, offset < bytes.count,
                  let feed = memchr(base + offset, 0x0A, bytes.count - offset) else { return nil }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(feed))
        }
        guard let found else { return utf8[start...].firstIndex(of: 0x0A) }
        return found.map { utf8.index(utf8.startIndex, offsetBy: $0) }
    }

    /// Reads one header line into `metadata`; returns the text left for the body, or `nil` when the line
    /// is not a header line.
    ///
    /// The key, the colon and the value's bounds are found on the line's bytes (`Parsed`): through
    /// substrings, reading a header line cost 6 800 instructions.
    private mutating func apply(_ line: Substring) -> Substring? {
        switch line.utf8.withContiguousStorageIfAvailable(Self.parse) ?? .unsure {
        case .notHeader:
            return nil
        case .unsure:
            return applyCharacters(line)
        case .header(let key, let hasColon, let bytes):
            let utf8 = line.utf8
            let rest = line[utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: bytes.upperBound)]
            return apply(key, hasColon: hasColon, rest)
        }
    }

    /// What the bytes of a header line say: not a header line, a key with its colon (or none) and the
    /// value's bounds, or `unsure` where a byte beyond ASCII (or a carriage return) touches the key or the
    /// colon, so that the characters must be asked (`applyCharacters`).
    private enum Parsed {
        case notHeader, unsure
        case header(Key, hasColon: Bool, rest: Range<Int>)
    }

    /// `applyCharacters` up to the key, on bytes: an ASCII byte followed by another (or by the end of the
    /// trimmed line) is a character of its own (see `firstCharacterIndex`).
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Parsed {
        let text = UTF8Whitespace.trimmed(bytes, 0..<bytes.count)
        var keyEnd = text.lowerBound
        while true {
            guard keyEnd < text.upperBound else { return .notHeader }
            let byte = bytes[keyEnd]
            guard byte < 0x80, byte != 0x0D, keyEnd + 1 == text.upperBound || bytes[keyEnd + 1] < 0x80 else { return .unsure }
            if byte == UInt8(ascii: ":") || ASCIIBytes.isWhitespace(byte) { break }
            keyEnd += 1
        }
        var rest = UTF8Whitespace.trimmed(bytes, keyEnd..<text.upperBound)
        let hasColon = !rest.isEmpty && bytes[rest.lowerBound] == UInt8(ascii: ":")
        if hasColon {
            guard rest.count == 1 || bytes[rest.lowerBound + 1] < 0x80 else { return .unsure }
            rest = UTF8Whitespace.trimmed(bytes, rest.lowerBound + 1..<rest.upperBound)
        }
        guard let key = key(UnsafeBufferPointer(rebasing: bytes[text.lowerBound..<keyEnd]), lowercasing: hasColon) else {
            return .notHeader
        }
        return .header(key, hasColon: hasColon, rest: rest)
    }

    /// The key an ASCII word names (lower-cased first when `lowercasing`): the word packed into a number,
    /// a byte a digit, compared with the keys' names packed alike.
    private static func key(_ word: UnsafeBufferPointer<UInt8>, lowercasing: Bool) -> Key? {
        guard word.count <= 8 else { return nil }
        var packed: UInt64 = 0
        for byte in word { packed = packed << 8 | UInt64(lowercasing ? ASCIIBytes.lowered(byte) : byte) }
        switch packed {
        case 0x6461_7465: return .date  // date
        case 0x0074_6974_6c65: return .title  // title
        case 0x736f_7572_6365: return .source  // source
        case 0x0075_726c, 0x6c69_6e6b: return .url  // url, link
        case 0x6175_7468_6f72: return .author  // author
        case 0x6c61_6e67, 0x6c61_6e67_7561_6765: return .language  // lang, language
        default: return nil
        }
    }

    /// `apply` asking the line's characters, for a line whose key or colon meets a character beyond ASCII.
    private mutating func applyCharacters(_ line: Substring) -> Substring? {
        let text = line.trimmingWhitespace
        guard let keyEnd = text.firstCharacterIndex(ascii: { $0 == UInt8(ascii: ":") || ASCIIBytes.isWhitespace($0) },
                                                     { $0 == ":" || $0.isWhitespace }) else { return nil }
        let word = text[..<keyEnd]
        var rest = text[keyEnd...].trimmingWhitespace
        let hasColon = rest.hasPrefix(ascii: UInt8(ascii: ":"))
        if hasColon { rest = rest[rest.utf8.index(after: rest.startIndex)...].trimmingWhitespace }  // the colon is one byte
        guard let key = Self.key(hasColon ? word.lowercased() : String(word)) else { return nil }
        return apply(key, hasColon: hasColon, rest)
    }

    /// Stores the value `rest` of `key`; returns the text left for the body, or `nil` when the value does
    /// not fit the key.
    private mutating func apply(_ key: Key, hasColon: Bool, _ rest: Substring) -> Substring? {
        if !hasColon && rest.isEmpty { return nil }
        switch key {
        case .title, .source, .author:
            let value = rest.isEmpty ? nil : String(rest)
            switch key {
            case .title: metadata.title = value ?? metadata.title
            case .source: metadata.source = value ?? metadata.source
            default: metadata.author = value ?? metadata.author
            }
            return rest[rest.endIndex...]
        case .date:
            if rest.isEmpty { return rest }
            guard let (date, after) = Self.leadingDate(rest) else { return nil }
            metadata.date = date
            return after
        case .url:
            let (token, after) = Self.firstToken(rest)
            if token.isEmpty { return rest }
            guard hasColon || token.contains("://") || token.hasPrefix("www.") else { return nil }
            metadata.url = String(token)
            return after
        case .language:
            let (token, after) = Self.firstToken(rest)
            if token.isEmpty { return rest }
            let language = Language(header: String(token))
            guard hasColon || language != nil else { return nil }
            metadata.language = language ?? metadata.language
            return after
        }
    }

    private static func key(_ word: String) -> Key? {
        switch word {
        case "date": .date
        case "title": .title
        case "source": .source
        case "url", "link": .url
        case "author": .author
        case "lang", "language": .language
        default: nil
        }
    }

    /// The longest run of up to `maximumDateWords` leading words that parses as a date, and what follows.
    private static func leadingDate(_ text: Substring) -> (NewsDate, Substring)? {
        var ends: [Substring.Index] = []
        var index = text.startIndex
        while ends.count < maximumDateWords, index < text.endIndex {
            let wordEnd = text[index...].firstCharacterIndex(ascii: ASCIIBytes.isWhitespace, \.isWhitespace) ?? text.endIndex
            ends.append(wordEnd)
            index = text[wordEnd...].firstCharacterIndex(ascii: { !ASCIIBytes.isWhitespace($0) }, { !$0.isWhitespace })
                ?? text.endIndex
        }
        for end in ends.reversed() {
            if let date = NewsDate(parsing: String(text[..<end])) {
                return (date, text[end...].trimmingWhitespace)
            }
        }
        return nil
    }

    private static func firstToken(_ text: Substring) -> (Substring, Substring) {
        let end = text.firstCharacterIndex(ascii: ASCIIBytes.isWhitespace, \.isWhitespace) ?? text.endIndex
        return (text[..<end], text[end...].trimmingWhitespace)
    }
}
