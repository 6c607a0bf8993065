import NewsModel

/// Narrowing the corpus to one speaker, and the speaker picker.
extension AppState {
    /// Shows only the articles and quotes of `speaker` (and of the groups they belong to).
    mutating func applyFilter(speaker id: Int) {
        guard corpus.speakers.indices.contains(id) else { return }
        let ids = Set([id] + (groupsOfSpeaker[id] ?? []))
        filter = SpeakerFilter(speaker: id, ids: ids)
        // The index gives the filter's quotes in list order, and so its articles in list order, each
        // once: where sorting the most quoted speaker's 15 000 articles by rank took milliseconds, and
        // marking them and reading the whole list order a fraction of one at 100 000 articles.
        visibleQuotes = quotesOfVisibleArticles()
        visibleArticles = []
        for quote in visibleQuotes where visibleArticles.last != quote.article { visibleArticles.append(quote.article) }
        sidebar = .articles
        focus = .sidebar
        articleCursor = ListCursor()
        quoteCursor = ListCursor()
        if let reading, let row = row(ofArticle: reading.article) {
            articleCursor.selection = row
            self.reading?.quote = nil
        } else if let first = visibleArticles.first {
            open(article: first)
        }
        let speaker = corpus.speakers[id]
        message = "Filter: \(speaker.name) — \(HeaderBar.count(visibleQuotes.count, "quote")) in \(HeaderBar.count(visibleArticles.count, "article")) (Esc clears)"
    }

    mutating func clearFilter() {
        let name = filter.map { corpus.speakers[$0.speaker].name } ?? ""
        filter = nil
        visibleArticles = articleOrder
        visibleQuotes = allQuotes
        if let reading, let row = row(ofArticle: reading.article) { articleCursor.selection = row }
        message = "Filter cleared: \(name)"
    }

    /// The quotes of the visible articles that `n` visits, in list order.
    func quotesOfVisibleArticles() -> [Corpus.QuoteReference] {
        if let filter { return quotes(of: filter) }
        // By index, so no quote is copied (a quote holds strings: copying 100 000 articles' worth showed).
        var references: [Corpus.QuoteReference] = []
        for id in visibleArticles {
            let quotes = corpus.articles[id].quotes
            for index in quotes.indices where !quotes[index].isRepeat && quotes[index].kind != .term {
                references.append(Corpus.QuoteReference(article: id, quote: quotes[index].index))
            }
        }
        return references
    }

    /// The filter's quotes from the index: a speaker's own list, or theirs and their groups' merged
    /// in list order. Reading every quote of the visible articles took 15 ms for the most quoted.
    private func quotes(of filter: SpeakerFilter) -> [Corpus.QuoteReference] {
        let lists = filter.ids.map { speakerQuotes[$0] }.filter { !$0.isEmpty }
        guard lists.count > 1 else { return Array(lists.first ?? []) }
        // Sorted as numbers, an article's list position above its quote's index: the order the
        // comparison of references by article rank, then quote, gives (equal numbers are equal references),
        // without reading the ranks at every step; each list is a run in order already.
        let rank = articleRank
        var keys: [UInt64] = []
        keys.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        for list in lists {
            for quote in list { keys.append(UInt64(rank[quote.article]) << 32 | UInt64(quote.quote)) }
        }
        keys.sort()
        return keys.map { Corpus.QuoteReference(article: articleOrder[Int($0 >> 32)], quote: Int($0 & 0xFFFF_FFFF)) }
    }

    /// Speakers for whom every typed word begins a word of their name or of a mention, ignoring
    /// case and accents ("ru mini" finds the Russian ministry, "blin" Blinken).
    ///
    /// A query that only adds to the previous one may narrow the previous matches; otherwise the
    /// index's list under the beginning of a word is narrowed (see `SpeakerKeyIndex`).
    mutating func narrowSpeakers(extending: Bool = false) {
        let words = TextFolding.words(speakerQuery).map { Array($0.utf8) }
        speakerMatches = speakerIndex.matches(words, within: extending ? speakerMatches : nil)
        speakerCursor = ListCursor()
    }
}
