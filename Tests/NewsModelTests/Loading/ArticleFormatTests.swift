import Testing
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
