import Foundation

/// Reads JSON Lines: one article object per line. A broken line is a problem with its 1-based line
/// number, and every other line is still read; the line number is also the article's record number.
enum JSONLinesReader {
    static func read(_ text: String, path: String) -> ReadOutcome {
        var outcome = ReadOutcome()
        for (offset, line) in text.lines.enumerated() where !line.isBlank {
            let number = offset + 1
            var lineText = String(line)
            let result: ReadOutcome = lineText.withUTF8 { bytes in
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
            outcome.documents += result.documents
            outcome.problems += result.problems
        }
        return outcome
    }
}
