import SwiftCSV

/// Reads a CSV file whose header row names article fields (see `ArticleFields`); each later row is one
/// article, numbered from 1 as its record. Quoted fields may span lines; `,`, `;` and tab delimiters are
/// recognised from the header line.
///
/// Parsing is SwiftCSV's. It throws for a quote inside an unquoted field or text after a closing quote
/// (reported as `.brokenCSV` for the whole file, since it does not say where), and it silently reads an
/// unclosed quote to the end of the file, so the reader checks the quote count itself. Blank lines are
/// skipped without using up a record number.
enum CSVArticleReader {
    static func read(_ text: String, path: String) -> ReadOutcome {
        let headerLine = text.lines.first { !$0.isBlank } ?? ""
        let csv: CSV<Enumerated>
        do {
            csv = try CSV<Enumerated>(string: text, delimiter: delimiter(forHeaderLine: headerLine), loadColumns: false)
        } catch let error as CSVParseError {
            return .problem(.brokenCSV(detail: describe(error)), path: path)
        } catch {
            return .problem(.brokenCSV(detail: String(describing: error)), path: path)
        }
        let names = csv.header.map { $0.trimmingWhitespace.lowercased() }
        guard names.contains(where: ArticleFields.textNames.contains) else {
            let expected = ArticleFields.textNames.joined(separator: ", ")
            return .problem(.brokenCSV(detail: "the header names no text column (one of \(expected))"), path: path, line: 1)
        }

        let unclosedQuote = text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\"") ? 1 : 0) } % 2 != 0
        var outcome = ReadOutcome()
        var line = 1 + lineCount(of: csv.header)
        var record = 0
        for (index, row) in csv.rows.enumerated() {
            let start = line
            line += lineCount(of: row)
            guard row.contains(where: { !$0.isBlank }) else { continue }
            record += 1
            if unclosedQuote && index == csv.rows.count - 1 {
                let detail = "a quoted field is never closed, so the record runs to the end of the file"
                outcome.problems.append(LoadProblem(path: path, line: start, error: .brokenCSV(detail: detail)))
                continue
            }
            var fields: [String: FieldValue] = [:]
            for (name, value) in zip(names, row) where fields[name] == nil && !value.isBlank {
                fields[name] = .text(value)
            }
            let article = ArticleFields(fields)
            guard !article.paragraphs.isEmpty else {
                outcome.problems.append(LoadProblem(path: path, line: start, error: .noText))
                continue
            }
            outcome.documents.append(ArticleDocument(file: path, record: record, metadata: article.metadata, paragraphs: article.paragraphs))
        }
        return outcome
    }

    /// True when `line`, split at its most frequent delimiter, names a field that holds article text.
    static func headerNamesTextField(_ line: Substring) -> Bool {
        let delimiter = delimiter(forHeaderLine: line).rawValue
        let names = line.split(separator: delimiter, omittingEmptySubsequences: false)
        guard names.count >= 2 else { return false }
        return names.contains { name in
            let bare = name.trimmingWhitespace.trimming(anyOf: "\"'").lowercased()
            return ArticleFields.textNames.contains(bare)
        }
    }

    /// The most frequent of `,`, `;` and tab outside quotes in the header line; `,` on a tie or when none.
    static func delimiter(forHeaderLine line: Substring) -> CSVDelimiter {
        var counts: [UInt8: Int] = [:]
        var quoted = false
        for byte in line.utf8 {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if !quoted, byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == 0x09 {
                counts[byte, default: 0] += 1
            }
        }
        let comma = counts[UInt8(ascii: ","), default: 0]
        let semicolon = counts[UInt8(ascii: ";"), default: 0]
        let tab = counts[0x09, default: 0]
        if semicolon > comma && semicolon >= tab { return .semicolon }
        if tab > comma && tab > semicolon { return .tab }
        return .comma
    }

    /// Lines a parsed row took: its ending plus the line breaks inside its quoted fields.
    private static func lineCount(of row: [String]) -> Int {
        1 + row.reduce(0) { count, field in count + field.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
    }

    private static func describe(_ error: CSVParseError) -> String {
        switch error {
        case .quotation(let message): "a quote inside a field is not doubled, or text follows a closing quote (\(message))"
        case .generic(let message): message
        }
    }
}

private extension StringProtocol {
    func trimming(anyOf set: String) -> Substring {
        let text = Substring(self)
        let start = text.firstIndex { !set.contains($0) } ?? text.endIndex
        let end = text[start...].lastIndex { !set.contains($0) }.map(text.index(after:)) ?? start
        return text[start..<end]
    }
}
