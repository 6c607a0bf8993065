import Testing
@testable import NewsModel

@Suite("LoadProblem")
struct LoadProblemTests {
    @Test("description reads path:line: message, or path: message without a line")
    func description() {
        #expect(LoadProblem(path: "feed.jsonl", line: 3, error: .noText).description == "feed.jsonl:3: record has no article text, skipped")
        #expect(LoadProblem(path: "a.md", error: .brokenFrontMatter(detail: "x")).description == "a.md: broken front matter, body read without it: x")
        #expect(LoadError.invalidUTF16.message.contains("UTF-16"))
    }
}
