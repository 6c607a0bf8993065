import Testing
@testable import NewsModel

@Suite("Article storage")
struct ArticleStorageTests {
    static func article(source: String?, author: String? = nil) -> Article {
        Article(id: 0, file: "a.txt", record: nil, metadata: ArticleMetadata(source: source, author: author), language: .en,
                title: "t", text: "x", paragraphs: [], quotes: [], speakerMentions: [])
    }

    static func address(_ text: String?) -> UInt? {
        text?.utf8.withContiguousStorageIfAvailable { UInt(bitPattern: $0.baseAddress) }
    }

    @Test("articles naming the same source or author share one string; equal words in other bytes keep theirs")
    func sharedMetadata() {
        var seen: [String: String] = [:]
        let composed = "Agence France-Presse \u{E9}dition", decomposed = "Agence France-Presse e\u{301}dition"
        #expect(composed == decomposed)  // equal as strings, so equal as keys of `seen`
        var articles = [Self.article(source: String(decoding: Array(composed.utf8), as: UTF8.self), author: "Jane Doe-Whitfield, Brussels"),
                        Self.article(source: String(decoding: Array(composed.utf8), as: UTF8.self)),
                        Self.article(source: decomposed, author: String(decoding: Array("Jane Doe-Whitfield, Brussels".utf8), as: UTF8.self)),
                        Self.article(source: "Short"), Self.article(source: nil)]
        for index in articles.indices { articles[index].shareRepeatedMetadata(&seen) }
        #expect(articles.map(\.metadata.source) == [composed, composed, decomposed, "Short", nil])
        #expect(Self.address(articles[0].metadata.source) == Self.address(articles[1].metadata.source))
        #expect(Array(articles[2].metadata.source!.utf8) == Array(decomposed.utf8))
        #expect(Self.address(articles[0].metadata.author) == Self.address(articles[2].metadata.author))
    }
}
