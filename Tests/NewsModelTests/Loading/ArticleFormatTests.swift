import Testing
import TestSupport
@testable import NewsModel

@Suite("ArticleFormat")
struct ArticleFormatTests {
    @Test("the extension decides the format, in any case", arguments: [
        ("a.txt", ArticleFormat.plainText), ("dir.v2/b.MD", .markdown), ("c.markdown", .markdown),
        ("d.json", .json), ("e.jsonl", .jsonLines), ("f.NDJSON", .jsonLines), ("g.csv", .csv),
    ])
    func byExtension(path: String, format: ArticleFormat) {
        #expect(ArticleFormat(pathExtensionOf: path) == format)
    }

    @Test("names without a known extension say nothing", arguments: ["README", "-", "notes.dat", ".hidden", "dir.d/file"])
    func unknownExtension(path: String) {
        #expect(ArticleFormat(pathExtensionOf: path) == nil)
    }

    @Test("a path's extension read on its bytes is what splitting its characters at / and . finds")
    func extensionAsCharacters() {
        func reference(_ path: String) -> Substring? {
            let name = path.split(separator: "/").last ?? Substring(path)
            guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
            return name[name.index(after: dot)...]
        }
        var paths = ["", "/", "//", ".", "a.", "/.txt", "a/.txt", "a.txt/", "a.b/c", "x/y.TXT//", "\r\n.txt", "a.\u{301}txt"]
        var generator = SplitMix64(seed: 43)
        let pieces = ["a", "/", ".", "txt", "MD", "é", "\u{301}", "//", "..", "-", "\u{600}"]
        for _ in 0..<2_000 {
            paths.append(generator.joined(pieces, count: Int(generator.next() % 8)))
        }
        for path in paths {
            #expect(ArticleFormat.pathExtension(of: path).map(String.init) == reference(path).map(String.init), "\(path.debugDescription)")
        }
    }

    @Test("the format an extension names, read on the path's bytes, is the one its lower-cased extension names")
    func formatAsLowercasedExtension() {
        func reference(_ path: String) -> ArticleFormat? {
            switch ArticleFormat.pathExtension(of: path)?.lowercased() {
            case "txt", "text": .plainText
            case "md", "markdown": .markdown
            case "json": .json
            case "jsonl", "ndjson": .jsonLines
            case "csv", "tsv": .csv
            default: nil
            }
        }
        var paths = ["a.TXT", "a.Text", "b.mArKdOwN", "c.jsonL", "d.NDJSON", "e.TSV", "f.t\u{0}xt", "g.\u{0}md", "h.mar\u{212A}down", "i.markdowns"]
        var generator = SplitMix64(seed: 44)
        let pieces = ["a", "/", ".", "txt", "TeXt", "md", "MarkDown", "json", "L", "nd", "csv", "TSV", "é", "\u{212A}", "\u{301}", "\u{0}"]
        for _ in 0..<3_000 {
            paths.append(generator.joined(pieces, count: Int(generator.next() % 6)))
        }
        for path in paths {
            #expect(ArticleFormat(pathExtensionOf: path) == reference(path), "\(path.debugDescription)")
        }
    }

    @Test("content decides when the extension does not", arguments: [
        ("{\"title\": \"T\", \"text\": \"x\"}", ArticleFormat.json),
        ("\n  [\n {\"text\": \"x\"}\n]", .json),
        ("{\n  \"text\": \"x\"\n}\n", .json),
        ("{\"text\": \"a\"}\n{\"text\": \"b\"}\n", .jsonLines),
        ("---\ntitle: T\n---\nBody", .markdown),
        ("# Title\n\nBody", .markdown),
        ("title,text\nT,Body\n", .csv),
        ("headline;body;date\nT;B;2022\n", .csv),
        ("date 2022-01 De Amerikaanse minister", .plainText),
        ("title, text and more is what this sentence mentions", .plainText),
        ("Just prose.", .plainText),
        ("[Reuters] Washington said so.", .plainText),
        ("{Update} The minister resigned.", .plainText),
        ("[\n]", .json),
    ])
    func byContent(text: String, format: ArticleFormat) {
        #expect(ArticleFormat.detect(text) == format)
    }
}
