import NewsModel

/// Narrowing the corpus to one speaker, and the speaker picker.
extension AppState {
    /// Shows only the articles and quotes of `speaker` (and of the groups they belong to).
    mutating func applyFilter(speaker id: Int) {
        guard corpus.speakers.indices.contains(id) else { return }
        let ids = Set([id] + (groupsOfSpeaker[id] ?? []))
        filter = SpeakerFilter(speaker: id, ids: ids)
        // The index gives each speaker's articles; only those are looked at, in list order.
        let articles = Set(ids.flatMap { speakerArticles.indices.contains($0) ? speakerArticles[$0] : [] })
        visibleArticles = articles.sorted { articleRank[$0] < articleRank[$1] }
        visibleQuotes = quotesOfVisibleArticles()
        sidebar = .articles
        focus = .sidebar
        articleCursor = ListCursor()
        quoteCursor = ListCursor()
        if let reading, visibleArticles.contains(reading.article) {
            articleCursor.selection = visibleArticles.firstIndex(of: reading.article) ?? 0
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
        if let reading, let row = visibleArticles.firstIndex(of: reading.article) { articleCursor.selection = row }
        message = "Filter cleared: \(name)"
    }

    /// The quotes of the visible articles that `n` visits, in list order.
    func quotesOfVisibleArticles() -> [Corpus.QuoteReference] {
        // By index, so no quote is copied (a quote holds strings: copying 100 000 articles' worth showed).
        var references: [Corpus.QuoteReference] = []
        for id in visibleArticles {
            let quotes = corpus.articles[id].quotes
            for index in quotes.indices where !quotes[index].isRepeat && quotes[index].kind != .term {
                if let filter, !(quotes[index].speaker.map(filter.ids.contains) ?? false) { continue }
                references.append(Corpus.QuoteReference(article: id, quote: quotes[index].index))
            }
        }
        return references
    }

    /// Speakers for whom every typed word begins a word of their name or of a mention, ignoring
    /// case and accents ("ru mini" finds the Russian ministry, "blin" Blinken).
    ///
    /// A query that only adds to the previous one narrows the previous matches rather than every speaker,
    /// which keeps typing quick with a hundred thousand of them.
    mutating func narrowSpeakers(extending: Bool = false) {
        let words = TextFolding.words(speakerQuery).map { Array($0.utf8) }
        let candidates = extending ? speakerMatches : words.first?.first.map { speakersByInitial[$0] ?? [] } ?? speakerOrder
        speakerMatches = words.isEmpty ? speakerOrder : candidates.filter { id in
            words.allSatisfy { word in speakerKeys[id].contains { $0.utf8.starts(with: word) } }
        }
        speakerCursor = ListCursor()
    }
}
