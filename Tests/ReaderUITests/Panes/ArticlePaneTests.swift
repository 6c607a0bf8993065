import Testing
import NewsModel
@testable import ReaderUI

/// The article pane styles a line in runs: from one offset up to the next where a quote, mention or
/// match begins or ends, the style must not change.
@Suite("ArticlePane")
struct ArticlePaneTests {
    @Test("a line's style is the same from every offset up to its next change", arguments: ["zei", "e", "minister"])
    func styleRuns(query: String) throws {
        for id in Fixture.bundledCorpus.articles.indices {
            var state = Fixture.state(width: 120, height: 40)
            state.open(article: id)
            Fixture.apply([.focusNext, .nextQuote, .nextQuote, .startSearch] + query.map { .type($0) } + [.open, .nextQuote], to: &state)
            let reading = try #require(state.reading)
            let article = state.corpus.articles[reading.article]
            for line in reading.layout.lines {
                guard case let .body(paragraph, _, start, count) = line else { continue }
                let styler = LineStyler(state: state, article: article, paragraph: paragraph, scalars: start..<(start + count))
                for offset in start..<(start + count) {
                    let end = min(styler.nextChange(after: offset), start + count)
                    #expect(end > offset)
                    for later in offset..<end {
                        #expect(styler.style(at: later) == styler.style(at: offset), "article \(id), offsets \(offset) and \(later)")
                    }
                }
            }
        }
    }
}
