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
            if line.isBlank { break }
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
    private mutating func apply(_ line: Substring) -> Substring? {
        let text = line.trimmingWhitespace
        guard let keyEnd = text.firstCharacterIndex(ascii: { $0 == UInt8(ascii: ":") || ASCIIBytes.isWhitespace($0) },
                                                     { $0 == ":" || $0.isWhitespace }) else { return nil }
        let word = text[..<keyEnd]
        var rest = text[keyEnd...].trimmingWhitespace
        let hasColon = rest.hasPrefix(ascii: UInt8(ascii: ":"))
        if hasColon { rest = rest[rest.utf8.index(after: rest.startIndex)...].trimmingWhitespace }  // the colon is one byte
        guard let key = Self.key(hasColon ? word.lowercased() : String(word)) else { return nil }
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
