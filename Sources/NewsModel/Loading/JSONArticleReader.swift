import Foundation

/// Reads a JSON file: one article object, an array of them, or an object wrapping an array under
/// `articles`, `items` or `data`. Field names are those of `ArticleFields`.
///
/// Array elements are records numbered from 1, and a problem with one names the line it starts on. A
/// `.json` file that does not parse but looks like JSON Lines is read as JSON Lines.
enum JSONArticleReader {
    /// Member names under which an object may wrap its array of articles.
    static let wrapperKeys = ["articles", "items", "data"]

    static func read(_ text: String, path: String) -> ReadOutcome {
        var bytesOwner = text
        return bytesOwner.withUTF8 { bytes in read(bytes, text: text, path: path) }
    }

    private static func read(_ bytes: UnsafeBufferPointer<UInt8>, text: String, path: String) -> ReadOutcome {
        let outline = JSONOutline(scanning: bytes)
        if let line = outline.tooDeepAtLine {
            return .problem(.brokenJSON(detail: "nested deeper than \(JSONOutline.maximumDepth) levels"), path: path, line: line)
        }
        let root: Any
        switch parse(bytes) {
        case .success(let value):
            root = value
        case .failure(let failure):
            if ArticleFormat.looksLikeJSONLines(text.lines) { return JSONLinesReader.read(text, path: path) }
            let line = failure.byteOffset.map { JSONOutline.line(ofByteOffset: $0, in: bytes) }
            return .problem(.brokenJSON(detail: failure.detail), path: path, line: line)
        }

        if let object = root as? [String: Any] {
            let fields = FieldValue.lowercasingKeys(object) { FieldValue(json: $0, depth: 1) }
            let single = ArticleFields(fields)
            if single.paragraphs.isEmpty,
               let (key, array) = wrapperKeys.lazy.compactMap({ key in object.array(underLowercasedKey: key).map { (key, $0) } }).first {
                return records(array, lines: outline.memberElementLines[key] ?? [], path: path)
            }
            guard !single.paragraphs.isEmpty else { return .problem(.noText, path: path) }
            return ReadOutcome(documents: [ArticleDocument(file: path, metadata: single.metadata, paragraphs: single.paragraphs)])
        }
        if let array = root as? [Any] {
            return records(array, lines: outline.elementLines, path: path)
        }
        return .problem(.brokenJSON(detail: "expected an article object or an array of them"), path: path, line: 1)
    }

    private static func records(_ array: [Any], lines: [Int], path: String) -> ReadOutcome {
        var outcome = ReadOutcome()
        for (index, element) in array.enumerated() {
            let line = index < lines.count ? lines[index] : nil
            guard let object = element as? [String: Any] else {
                outcome.problems.append(LoadProblem(path: path, line: line, error: .brokenJSON(detail: "element \(index + 1) is not an object")))
                continue
            }
            let fields = ArticleFields(FieldValue.lowercasingKeys(object) { FieldValue(json: $0, depth: 1) })
            guard !fields.paragraphs.isEmpty else {
                outcome.problems.append(LoadProblem(path: path, line: line, error: .noText))
                continue
            }
            outcome.documents.append(ArticleDocument(file: path, record: index + 1, metadata: fields.metadata, paragraphs: fields.paragraphs))
        }
        return outcome
    }

    /// Why `JSONSerialization` refused the bytes, and the byte offset it named ("around character N").
    struct ParseFailure: Error {
        var detail: String
        var byteOffset: Int?
    }

    /// Parses with `JSONSerialization`, allowing a scalar at the top so the caller can say what it found.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Any, ParseFailure> {
        do {
            return .success(try JSONSerialization.jsonObject(with: Data(buffer: bytes), options: [.fragmentsAllowed]))
        } catch {
            let description = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "does not parse"
            return .failure(ParseFailure(detail: FrontMatter.oneLine(description), byteOffset: characterOffset(in: description)))
        }
    }

    /// The `N` of "… around character N." in Foundation's messages (a 0-based byte offset).
    private static func characterOffset(in message: String) -> Int? {
        guard let range = message.range(of: "around character ") else { return nil }
        return Int(message[range.upperBound...].prefix(while: \.isNumber))
    }
}

private extension Dictionary where Key == String, Value == Any {
    /// The value under `key` compared case-insensitively (the first key in sorted order), if an array.
    func array(underLowercasedKey key: String) -> [Any]? {
        self.keys.sorted().first { $0.lowercased() == key }.flatMap { self[$0] as? [Any] }
    }
}
