import Testing
@testable import NewsModel

@Suite("MarkdownReader")
struct MarkdownReaderTests {
    @Test("front matter fills the metadata, with extra keys such as tags ignored")
    func frontMatter() throws {
        let text = """
        ---
        title: "Blinken: a lesson from history"
        date: 2022-01-10
        source:
          name: Reuters
        authors: [Jane Doe, John Roe]
        lang: en
        tags: [russia, kazakhstan]
        ---

        The U.S. Secretary of State said it.

        > Russians in your house.
        """
        let document = try #require(load(text, as: "a.md").documents.first)
        #expect(document.metadata.title == "Blinken: a lesson from history")
        #expect(document.metadata.date?.description == "2022-01-10")
        #expect(document.metadata.source == "Reuters")
        #expect(document.metadata.author == "Jane Doe, John Roe")
        #expect(document.metadata.language == .en)
        #expect(document.paragraphs == ["The U.S. Secretary of State said it.", "Russians in your house."])
    }

    @Test("a leading # heading is the title when the front matter has none")
    func headingTitle() throws {
        let document = try #require(load("# Blinken in Kazachstan\n\nEerste alinea.\n## Reactie\nMoskou reageerde.", as: "a.md").documents.first)
        #expect(document.metadata.title == "Blinken in Kazachstan")
        #expect(document.paragraphs == ["Eerste alinea.", "Reactie", "Moskou reageerde."])
    }

    @Test("a heading that repeats the front matter title is not kept twice; another one is a paragraph")
    func headingVersusFrontMatterTitle() throws {
        let same = try #require(load("---\ntitle: T\n---\n# T\n\nBody.", as: "a.md").documents.first)
        #expect(same.paragraphs == ["Body."])
        let other = try #require(load("---\ntitle: T\n---\n# Other\n\nBody.", as: "a.md").documents.first)
        #expect(other.metadata.title == "T")
        #expect(other.paragraphs == ["Other", "Body."])
    }

    @Test("blockquote markers and closing heading marks are removed, thematic breaks separate")
    func markers() throws {
        let document = try #require(load("> > quoted\n> on two lines\n\n***\n### Heading ###\n#hashtag stays", as: "a.md").documents.first)
        #expect(document.paragraphs == ["quoted on two lines", "Heading", "#hashtag stays"])
    }

    @Test("broken front matter is a warning and the body is still read")
    func brokenFrontMatter() throws {
        let report = load("---\ntitle: [unclosed\n---\nBody text.", as: "a.md")
        #expect(report.documents.first?.paragraphs == ["Body text."])
        let problem = try #require(report.problems.first)
        #expect(problem.severity == .warning)
        #expect(problem.line == 1)
        guard case .brokenFrontMatter(let detail) = problem.error else {
            Issue.record("expected broken front matter, got \(problem.error)")
            return
        }
        #expect(!detail.contains("\n"))
    }

    @Test("front matter that is not a mapping is a warning")
    func frontMatterNotMapping() {
        let report = load("---\n- a\n- b\n---\nBody.", as: "a.md")
        #expect(report.documents.count == 1)
        #expect(report.problems.map(\.error) == [.brokenFrontMatter(detail: "expected `key: value` lines")])
    }

    @Test("deeply nested front matter is refused by Yams with an error, not a crash")
    func deepFrontMatter() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let report = load("---\nx: \(deep)\n---\nBody.", as: "a.md")
        #expect(report.documents.count == 1)
        #expect(report.problems.first?.severity == .warning)
    }

    @Test("without a closing --- line there is no front matter")
    func unclosedFrontMatter() throws {
        let document = try #require(load("---\ntitle: T\n\nBody.", as: "a.md").documents.first)
        #expect(document.metadata.title == nil)
        #expect(document.paragraphs == ["title: T", "Body."])
    }
}
