import Testing
import NewsModel
@testable import ReaderUI

/// Answers the state gives by index, bisection or counting in place must be those of the plain
/// definitions over its lists, with and without a speaker filter.
@Suite("AppState look-ups")
struct AppStateLookupTests {
    /// The bundled corpus unfiltered, then filtered by each of its speakers in turn.
    static var states: [AppState] {
        let state = Fixture.state(width: 120, height: 40)
        return [state] + state.corpus.speakers.indices.map { id in
            var filtered = state
            filtered.applyFilter(speaker: id)
            return filtered
        }
    }

    @Test("an article's count of quotes n visits is the number of its jumpable quotes")
    func jumpableQuoteCount() {
        for state in Self.states {
            for id in state.corpus.articles.indices {
                #expect(state.jumpableQuoteCount(of: id) == state.jumpableQuotes(of: state.corpus.articles[id]).count)
            }
        }
    }

    @Test("an article's row is its first index in the visible articles, nil when the filter hides it")
    func articleRows() {
        for state in Self.states {
            for id in state.corpus.articles.indices {
                #expect(state.row(ofArticle: id) == state.visibleArticles.firstIndex(of: id))
            }
            #expect(state.row(ofArticle: -1) == nil && state.row(ofArticle: state.corpus.articles.count) == nil)
        }
    }

    @Test("the articles after or before one are those the list holds after or before its place")
    func articlesAfter() {
        for state in Self.states {
            for id in state.corpus.articles.indices {
                // The definition: the rows after the article's row, or after its place in the full order.
                let place = state.articleOrder.firstIndex(of: id)!
                let after = state.visibleArticles.filter { state.articleOrder.firstIndex(of: $0)! > place }
                let before = state.visibleArticles.filter { state.articleOrder.firstIndex(of: $0)! < place }.reversed()
                #expect(Array(state.articles(after: id, forward: true)) == after)
                #expect(Array(state.articles(after: id, forward: false)) == Array(before))
            }
        }
    }

    @Test("a quote's row is its first index in the visible quotes, nil when it is not listed")
    func quoteRows() {
        for state in Self.states {
            for article in state.corpus.articles {
                for quote in article.quotes {
                    let reference = Corpus.QuoteReference(article: article.id, quote: quote.index)
                    #expect(state.row(ofQuote: reference) == state.visibleQuotes.firstIndex(of: reference))
                }
            }
        }
    }

    @Test("a filter lists, in list order, the articles holding a quote of its speaker or of their groups, and those quotes")
    func filteredArticles() {
        let state = Fixture.state(width: 120, height: 40)
        for id in state.corpus.speakers.indices {
            var filtered = state
            filtered.applyFilter(speaker: id)
            let ids = filtered.filter?.ids ?? []
            let expected = state.articleOrder.filter { article in
                state.corpus.articles[article].quotes.contains { quote in
                    !quote.isRepeat && quote.kind != .term && quote.speaker.map(ids.contains) == true
                }
            }
            #expect(filtered.visibleArticles == expected, "speaker \(id)")
            // Their quotes in list order: by article, then by order in the article.
            let quotes = expected.flatMap { article in
                state.corpus.articles[article].quotes.filter { quote in
                    !quote.isRepeat && quote.kind != .term && quote.speaker.map(ids.contains) == true
                }.map { Corpus.QuoteReference(article: article, quote: $0.index) }
            }
            #expect(filtered.visibleQuotes == quotes, "speaker \(id)")
        }
        #expect(state.corpus.speakers.contains { $0.kind == .group }, "the bundled corpus has groups, so some filters merge lists")
    }
}
