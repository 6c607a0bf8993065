/// Turns one file's bytes into articles: decodes them, picks the format (extension first, content when
/// the extension says nothing) and hands the text to that format's reader.
enum ArticleFileReader {
    static func read(_ bytes: [UInt8], path: String) -> ReadOutcome {
        let decoded: DecodedText
        do {
            decoded = try DecodedText.decode(bytes)
        } catch {
            return .problem(error, path: path)
        }
        var outcome = ReadOutcome()
        if let warning = decoded.warning {
            outcome.problems.append(LoadProblem(path: path, line: decoded.warningLine, error: warning, severity: .warning))
        }
        guard !decoded.text.isBlank else {
            outcome.problems.append(LoadProblem(path: path, error: .empty))
            return outcome
        }
        let format = (path == "-" ? nil : ArticleFormat(pathExtensionOf: path)) ?? ArticleFormat.detect(decoded.text)
        let read = reader(for: format)(decoded.text, path)
        let (storable, tooLong) = Self.storable(read.documents, path: path)
        outcome.documents = storable
        outcome.problems += read.problems
        if let tooLong { outcome.problems.append(tooLong) }
        if outcome.documents.isEmpty && !outcome.problems.contains(where: { $0.severity == .skipped }) {
            // a CSV header with no rows, `[]`, `{"articles": []}`: the file is skipped, so say why
            outcome.problems.append(LoadProblem(path: path, error: .empty))
        }
        return outcome
    }

    /// The documents whose text the model can store offsets into, and a `.tooLong` problem when any was
    /// longer than `limit` bytes.
    static func storable(_ documents: [ArticleDocument], path: String,
                         limit: Int = ArticleDocument.maximumTextBytes) -> ([ArticleDocument], LoadProblem?) {
        // (asked first, so that the documents, all storable but in hostile input, are not copied by a filter)
        guard documents.contains(where: { $0.text.utf8.count > limit }) else { return (documents, nil) }
        let kept = documents.filter { $0.text.utf8.count <= limit }
        return (kept, kept.count < documents.count ? LoadProblem(path: path, error: .tooLong) : nil)
    }

    static func reader(for format: ArticleFormat) -> (String, String) -> ReadOutcome {
        switch format {
        case .plainText: PlainTextReader.read
        case .markdown: MarkdownReader.read
        case .json: JSONArticleReader.read
        case .jsonLines: JSONLinesReader.read
        case .csv: CSVArticleReader.read
        }
    }
}
