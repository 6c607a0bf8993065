import Foundation

/// Reads JSON Lines: one article object per line. A broken line is a problem with its 1-based line
/// number, and every other line is still read; the line number is also the article's record number.
enum JSONLinesReader {
    /// Lines are parsed on all cores and their articles and problems kept in line order: a feed is one
    /// file, so read line after line it kept one core busy while the other waited (a fifth of loading a
    /// 50 MB feed, where a folder of articles is read a file per core).
    static func read(_ text: String, path: String) -> ReadOutcome {
        let lines = text.lines
        let numbered = lines.indices.filter { !lines[$0].isBlank }
        let results = Parallel.map(numbered.indices) { index in
            let offset = numbered[index]
            return read(line: lines[offset], number: offset + 1, path: path)
        }
        var outcome = ReadOutcome()
        for result in results {
            outcome.documents += result.documents
            outcome.problems += result.problems
        }
        return outcome
    }

    /// One line's article, or the problem that keeps it from being one.
    private static func read(line: Substring, number: Int, path: String) -> ReadOutcome {
        var lineText = String(line)
        return lineText.withUTF8 { bytes in
            if JSONOutline(scanning: bytes).tooDeepAtLine != nil {
                return .problem(.brokenJSON(detail: "nested deeper than \(JSONOutline.maximumDepth) levels"), path: path, line: number)
            }
            switch JSONArticleReader.parse(bytes) {
            case .failure(let failure):
                return .problem(.brokenJSON(detail: failure.detail), path: path, line: number)
            case .success(let value):
                guard let object = value as? [String: Any] else {
                    return .problem(.brokenJSON(detail: "line is not an object"), path: path, line: number)
                }
                let fields = ArticleFields(FieldValue.lowercasingKeys(object) { FieldValue(json: $0, depth: 1) })
                guard !fields.paragraphs.isEmpty else { return .problem(.noText, path: path, line: number) }
                return ReadOutcome(documents: [ArticleDocument(file: path, record: number, metadata: fields.metadata, paragraphs: fields.paragraphs)])
            }
        }
    }
}
