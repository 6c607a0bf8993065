/// Why a file, or a record inside it, could not be read as it is.
public enum LoadError: Error, Sendable, Equatable {
    /// The path does not exist.
    case notFound
    /// The file exists but could not be opened or read (permissions, I/O error, vanished while loading).
    case unreadable(String)
    /// The path is not a regular file or directory (a FIFO, socket or device), so it is not read.
    case notARegularFile
    /// The bytes look binary (NUL bytes or mostly control characters).
    case binary
    /// The bytes are not valid UTF-8; the file was decoded with U+FFFD replacement characters.
    case invalidUTF8
    /// The file starts with a UTF-16 byte order mark but holds unpaired surrogates or an odd byte;
    /// those were decoded as U+FFFD.
    case invalidUTF16
    /// A JSON document or JSON Lines line that does not parse; `detail` says what the parser said.
    case brokenJSON(detail: String)
    /// A CSV file that does not parse, or whose header names no text column.
    case brokenCSV(detail: String)
    /// Markdown front matter (YAML between `---` lines) that does not parse or is not a mapping;
    /// the body is still read.
    case brokenFrontMatter(detail: String)
    /// A record that parsed but holds no article text.
    case noText
    /// The file holds no article at all (empty, or only whitespace).
    case empty
    /// A symbolic link that leads back into a directory being read.
    case symlinkLoop
    /// An article whose text is longer than `ArticleDocument.maximumTextBytes`.
    case tooLong

    /// A one-line, lower-case explanation for people.
    public var message: String {
        switch self {
        case .notFound: "no such file or directory"
        case .unreadable(let why): "cannot read: \(why)"
        case .notARegularFile: "not a regular file (FIFO, socket or device), skipped"
        case .binary: "binary file, skipped"
        case .invalidUTF8: "not valid UTF-8; undecodable bytes were replaced with U+FFFD"
        case .invalidUTF16: "not valid UTF-16; undecodable code units were replaced with U+FFFD"
        case .brokenJSON(let detail): "broken JSON: \(detail)"
        case .brokenCSV(let detail): "broken CSV: \(detail)"
        case .brokenFrontMatter(let detail): "broken front matter, body read without it: \(detail)"
        case .noText: "record has no article text, skipped"
        case .empty: "empty, no article"
        case .symlinkLoop: "symbolic link loop, skipped"
        case .tooLong: "article text over 4 GiB, skipped"
        }
    }
}
