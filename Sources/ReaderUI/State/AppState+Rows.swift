import NewsModel

/// Where an article or a quote stands in the visible lists, found by bisection on the list order.
///
/// `visibleArticles` keeps `articleOrder` (the filter only drops articles), and `visibleQuotes` lists
/// the quotes of one article together, articles in that order; so a row is a bisection on
/// `articleRank`, where searching the list from its start read up to 100 000 articles or 1.1 million
/// quotes at every key.
extension AppState {
    /// The row of article `id` in `visibleArticles`, nil when it is not listed: `firstIndex(of:)`.
    func row(ofArticle id: Int) -> Int? {
        guard articleRank.indices.contains(id) else { return nil }
        let row = firstArticleRow(notBefore: Int(articleRank[id]))
        return row < visibleArticles.count && visibleArticles[row] == id ? row : nil
    }

    /// The first row of `visibleArticles` whose article does not come before list position `place`.
    private func firstArticleRow(notBefore place: Int) -> Int {
        var low = 0, high = visibleArticles.count
        while low < high {
            let middle = (low + high) / 2
            if Int(articleRank[visibleArticles[middle]]) < place { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Visible articles after (or before) `id` in list order, nearest first; when `id` is not in the
    /// list (the filter hid it), those after (or before) its place in the full order.
    func articles(after id: Int, forward: Bool) -> LazyMapSequence<StrideTo<Int>, Int> {
        let first = firstRow(after: id, forward: forward)
        let list = visibleArticles
        let rows = forward ? stride(from: first, to: list.count, by: 1) : stride(from: first, to: -1, by: -1)
        return rows.lazy.map { list[$0] }
    }

    /// The row of the visible article nearest after (or before) `id`, as `articles(after:forward:)` walks
    /// them; `visibleArticles.count` (or -1) when there is none.
    func firstRow(after id: Int, forward: Bool) -> Int {
        let position: Int
        if let row = row(ofArticle: id) {
            position = row
        } else {
            let earlier = articleRank.indices.contains(id) ? firstArticleRow(notBefore: Int(articleRank[id])) : visibleArticles.count
            position = forward ? earlier - 1 : earlier
        }
        return forward ? position + 1 : position - 1
    }

    /// The row of `quote` in `visibleQuotes`, nil when it is not listed: `firstIndex(of:)`.
    func row(ofQuote quote: Corpus.QuoteReference) -> Int? {
        guard articleRank.indices.contains(quote.article) else { return nil }
        let place = articleRank[quote.article]
        var low = 0, high = visibleQuotes.count
        while low < high {
            let middle = (low + high) / 2
            if articleRank[visibleQuotes[middle].article] < place { low = middle + 1 } else { high = middle }
        }
        // The article's quotes follow one another from there.
        while low < visibleQuotes.count, visibleQuotes[low].article == quote.article {
            if visibleQuotes[low] == quote { return low }
            low += 1
        }
        return nil
    }
}
