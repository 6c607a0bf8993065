import NewsModel

/// Narrowing the corpus to one speaker, and the speaker picker.
extension AppState {
    /// Shows only the articles and quotes of `speaker` (and of the groups they belong to).
    mutating func applyFilter(speaker id: Int) {
        guard corpus.speakers.indices.contains(id) else { return }
        let ids = Set([id] + groupsOfSpeaker[id].map { Int($0) })
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
        return Self.spokenQuotes(of: visibleArticles, in: corpus, count: countedQuoteTotal)
    }

    /// The quotes of `articles` that `n` visits with no filter, in their order: spoken (not terms), not
    /// repeats; `count` (how many the corpus has) is the room reserved for them, as growing by doubling
    /// left a third of the array spare.
    static func spokenQuotes(of articles: [Int], in corpus: Corpus, count: Int) -> [Corpus.QuoteReference] {
        // By index, so no quote is copied (a quote holds strings: copying 100 000 articles' worth showed).
        var references: [Corpus.QuoteReference] = []
        references.reserveCapacity(count)
        for id in articles {
            let quotes = corpus.articles[id].quotes
            for index in quotes.indices where !quotes[index].isRepeat && quotes[index].kind != .term {
                references.append(Corpus.QuoteReference(article: id, quote: quotes[index].index))
            }
        }
        return references
    }

    /// The filter's quotes from the index: a speaker's own list, or theirs and their groups' merged
    /// in list order (positions in `allQuotes` are). Reading every quote of the visible articles took
    /// 15 ms for the most quoted.
    private func quotes(of filter: SpeakerFilter) -> [Corpus.QuoteReference] {
        let lists = filter.ids.map { speakerQuotes[$0] }.filter { !$0.isEmpty }
        let positions = lists.count > 1 ? lists.joined().sorted() : Array(lists.first ?? [])
        return positions.map { allQuotes[Int($0)] }
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
