import Foundation
import Testing
@testable import NewsModel

/// One directory of hostile inputs beside two good articles: the load finishes, names every bad file with its
/// reason (and line), keeps every article that can be read, counts them exactly, and the corpus's invariants hold.
@Suite("Hostile corpus", .serialized)
struct HostileCorpusTests {
    /// The directory is loaded once for the whole suite: building ten thousand articles is the slow part.
    static let shared = Loaded()

    /// The hostile directory's load report, the corpus analysed from it, and the two good articles read alone.
    ///
    /// The directory is removed once loaded; its paths stay valid as names.
    final class Loaded: Sendable {
        let directory: String
        let readsUnreadableFiles: Bool
        let report: LoadReport
        let analysed: Corpus
        let goodAlone: Corpus

        init() {
            let corpus: HostileCorpus
            do {
                corpus = try HostileCorpus()
            } catch {
                preconditionFailure("cannot write the hostile corpus: \(error)")
            }
            defer { corpus.remove() }
            directory = corpus.path
            readsUnreadableFiles = corpus.readsUnreadableFiles
            report = ArticleLoader().load(paths: [corpus.path])
            analysed = Corpus(documents: report.documents, problems: report.problems,
                              filesRead: report.filesRead, filesSkipped: report.filesSkipped)
            goodAlone = Corpus(loading: [corpus.path + "/good-1.txt", corpus.path + "/good-2.md"])
        }

        func path(_ name: String) -> String { directory + "/" + name }

        /// The analysed articles read from `name`.
        func articles(_ name: String) -> [Article] { analysed.articles.filter { $0.file == path(name) } }
    }

    var loaded: Loaded { Self.shared }

    @Test("every bad file is named with its reason and line, and nothing else is reported")
    func problems() {
        var expected = [
            LoadProblem(path: loaded.path("deep.json"), line: 1,
                        error: .brokenJSON(detail: "nested deeper than \(JSONOutline.maximumDepth) levels")),
            LoadProblem(path: loaded.path("empty.txt"), error: .empty),
            LoadProblem(path: loaded.path("fifo"), error: .notARegularFile),
            LoadProblem(path: loaded.path("invalid-utf8.txt"), line: 4, error: .invalidUTF8, severity: .warning),
            LoadProblem(path: loaded.path("loop"), error: .symlinkLoop),
            LoadProblem(path: loaded.path("nul-bytes.txt"), error: .binary),
            LoadProblem(path: loaded.path("self-link"), error: .symlinkLoop),
            LoadProblem(path: loaded.path("vanished.txt"), error: .unreadable("broken symbolic link")),
        ]
        if !loaded.readsUnreadableFiles {
            expected.append(LoadProblem(path: loaded.path("unreadable.txt"), error: .unreadable("permission denied")))
        }
        let feedProblems = loaded.report.problems.filter { $0.path == loaded.path("feed.jsonl") }
        #expect(feedProblems.count == 1)
        #expect(feedProblems.first?.line == HostileCorpus.brokenFeedLine)
        if case .brokenJSON = feedProblems.first?.error {} else { Issue.record("feed.jsonl: \(String(describing: feedProblems.first))") }
        let others = loaded.report.problems.filter { $0.path != loaded.path("feed.jsonl") }
        #expect(others.sorted { $0.path < $1.path } == expected.sorted { $0.path < $1.path })
    }

    @Test("every readable article is loaded and the files are counted exactly")
    func counts() {
        // root reads a file whose mode is 000; anyone else is refused it (see `problems`)
        let unreadableLoads = loaded.readsUnreadableFiles ? 1 : 0
        // good-1, good-2, invalid-utf8, open-quotes, nested-quotes, only-marks, bidi, escapes, long-word, utf16
        let oneArticleFiles = 10
        #expect(loaded.report.documents.count == oneArticleFiles + HostileCorpus.feedLines - 1 + unreadableLoads)
        #expect(loaded.analysed.articles.count == loaded.report.documents.count)
        // the ten above, nul-bytes, empty, deep.json and feed.jsonl were opened and read
        #expect(loaded.report.filesRead == oneArticleFiles + 4 + unreadableLoads)
        // nul-bytes, empty, deep.json read to nothing; fifo, loop, self-link, vanished never opened
        #expect(loaded.report.filesSkipped == 7 + (1 - unreadableLoads))
        for name in ["good-1.txt", "good-2.md", "invalid-utf8.txt", "open-quotes.txt", "nested-quotes.txt", "only-marks.txt",
                     "bidi.txt", "escapes.txt", "long-word.txt", "utf16.txt"] {
            #expect(loaded.articles(name).count == 1, "\(name)")
        }
        #expect(loaded.articles("unreadable.txt").count == unreadableLoads)
    }

    @Test("the corpus's invariants hold")
    func invariants() {
        let violations = loaded.analysed.invariantViolations()
        #expect(violations.isEmpty, "\(violations.prefix(20).joined(separator: "\n"))")
    }

    @Test("the good articles read as they do alone")
    func goodArticlesUnharmed() {
        let alone = loaded.goodAlone
        let together = loaded.articles("good-1.txt") + loaded.articles("good-2.md")
        #expect(together.map(\.text) == alone.articles.map(\.text))
        #expect(together.map { $0.quotes.map(\.text) } == alone.articles.map { $0.quotes.map(\.text) })
        #expect(together.first?.countedQuotes.count == 9)
    }

    @Test("the broken JSON Lines line is the only one lost; the others keep their line as record")
    func feedKeepsEveryGoodLine() {
        let records = loaded.articles("feed.jsonl").compactMap(\.record)
        #expect(records.count == HostileCorpus.feedLines - 1)
        #expect(records == Array(1...HostileCorpus.feedLines).filter { $0 != HostileCorpus.brokenFeedLine })
        #expect(loaded.articles("feed.jsonl").allSatisfy { $0.countedQuotes.count == 1 })
    }

    @Test("a UTF-16 file with a byte order mark reads like UTF-8")
    func utf16() throws {
        let article = try #require(loaded.articles("utf16.txt").first)
        #expect(article.title == "Zestien")
        #expect(article.quotes.map(\.text) == ["Wij gaan door,"])
    }

    @Test("invalid UTF-8 is read with replacement characters, not dropped")
    func invalidUTF8() throws {
        let article = try #require(loaded.articles("invalid-utf8.txt").first)
        #expect(article.text.contains("\u{FFFD}"))
        #expect(article.quotes.map(\.text) == ["Wij gaan door."])
    }

    @Test("100 000 opening marks and no closing one end as one unclosed quote at the paragraph's end")
    func unclosedQuotes() throws {
        let article = try #require(loaded.articles("open-quotes.txt").first)
        #expect(article.quotes.count == 1)
        #expect(article.quotes.first?.span.isClosed == false)
        #expect(article.quotes.first?.end == article.text.unicodeScalars.count)
    }

    @Test("quotes nested 1 000 deep give the outer 16 levels, properly nested, the outermost closed by the last mark")
    func deepNesting() throws {
        let article = try #require(loaded.articles("nested-quotes.txt").first)
        // deeper levels would make the quotes' texts grow with the square of the input (see QuoteScanner.maximumDepth)
        #expect(article.quotes.count == QuoteScanner.maximumDepth)
        #expect(article.quotes.map(\.span.depth) == Array(0..<QuoteScanner.maximumDepth))
        #expect(article.quotes.allSatisfy { $0.span.isClosed })
        let scalars = Array(article.text.unicodeScalars)
        let lastMark = try #require(scalars.lastIndex(of: "\u{201D}"))
        #expect(article.quotes.first?.end == lastMark + 1)
        #expect(article.quotes.last?.text.hasPrefix("woord \u{201C}woord") == true)
    }

    @Test("a file of only quote marks and apostrophes loads as an article")
    func onlyMarks() throws {
        let article = try #require(loaded.articles("only-marks.txt").first)
        #expect(article.paragraphs.count == 2)
    }

    @Test("bidi overrides, isolates and zero-width characters are kept in the text and in the quote")
    func bidi() throws {
        let article = try #require(loaded.articles("bidi.txt").first)
        #expect(article.quotes.first?.text == "Wij \u{202E}gaan door\u{202C},")
        #expect(article.text.contains("\u{200D}") && article.text.contains("\u{200B}") && article.text.contains("\u{2066}"))
    }

    @Test("escape sequences are kept as text by the model (the reader and the CLI neutralise them) and find their quotes")
    func escapes() throws {
        let article = try #require(loaded.articles("escapes.txt").first)
        #expect(article.text.contains("\u{1B}]52;"))
        #expect(article.quotes.count == 2)
    }

    @Test("a 5 000-character word inside a quote is one quote")
    func longWord() throws {
        let article = try #require(loaded.articles("long-word.txt").first)
        #expect(article.quotes.count == 1)
        #expect(article.quotes.first?.text.unicodeScalars.count == HostileCorpus.longWordLength + 1)
    }

    @Test("JSON nested 10 000 deep is refused before parsing, with its line")
    func deepJSON() {
        #expect(loaded.articles("deep.json").isEmpty)
    }

    @Test("a file deleted between the directory walk and its reading is reported as vanished, not as missing")
    func vanishedAfterWalk() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let doomed = try directory.write("doomed.txt", "“Weg,” zei hij.")
        #expect(DirectoryWalker.walk(directory.path) == [.file(doomed)])
        try FileManager.default.removeItem(atPath: doomed)
        #expect(throws: LoadError.unreadable("it disappeared while loading")) { try FileBytes.read(path: doomed) }
    }

    @Test("an empty directory contributes nothing and no problem")
    func emptyDirectory() {
        #expect(!loaded.report.problems.contains { $0.path.hasPrefix(loaded.path("empty-dir")) })
    }
}
