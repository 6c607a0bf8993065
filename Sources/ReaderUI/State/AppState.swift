import NewsModel

/// Everything the reader shows, as a value: the corpus, what is open, selected, filtered and searched.
///
/// Only `reduce` changes it; rendering reads it. Lists derived from the corpus (the visible
/// articles, the speaker matches, the quotes) are kept here so each frame draws without recomputing.
public struct AppState: Sendable, Equatable {
    public internal(set) var corpus: Corpus
    public var theme: Theme
    public internal(set) var width: Int
    public internal(set) var height: Int
    public var focus: Focus = .sidebar
    public var sidebar: Sidebar = .articles
    public var showsHelp = false
    public var helpScroll = 0
    public internal(set) var filter: SpeakerFilter?
    /// Every article id, newest first (undated last, then by file).
    public let articleOrder: [Int]
    /// Position of each article id in `articleOrder` (32 bits: there are fewer articles).
    let articleRank: [UInt32]
    /// Spoken quotes of the whole corpus (no terms, no repeats): what the header counts and `v` lists.
    public let countedQuoteTotal: Int
    /// For each speaker id, their quotes that `n` visits, as positions in `allQuotes` (so in list
    /// order): the filter's index. (Only spoken quotes have a speaker, never terms, so these also give
    /// the filter's articles.) Positions of 32 bits, not the references themselves: half the size.
    let speakerQuotes: GroupedLists<UInt32>
    /// `visibleQuotes` with no filter, kept so clearing a filter costs nothing.
    private(set) var allQuotes: [Corpus.QuoteReference]
    /// `articleOrder` narrowed to the filter.
    public internal(set) var visibleArticles: [Int]
    public var articleCursor = ListCursor()
    public internal(set) var speakerQuery = ""
    /// Speaker ids matching `speakerQuery`, most quoted first.
    public internal(set) var speakerMatches: [Int]
    public var speakerCursor = ListCursor()
    /// The quotes the quotes pane lists and `n` visits: spoken (not terms), not repeats, of the filter.
    public internal(set) var visibleQuotes: [Corpus.QuoteReference]
    public var quoteCursor = ListCursor()
    public var problemCursor = ListCursor()
    /// How far the background indexer has come, while the corpus is not ready yet.
    public internal(set) var indexing: CorpusIndexer.Progress?
    public internal(set) var reading: Reading?
    public internal(set) var search: Search?
    /// A one-line message for the status line, shown until the next key.
    public internal(set) var message: String?
    /// How much text a search's sweep reads per step (`SearchSweep.bytesPerSlice`; tests take less).
    var sweepBytesPerSlice = SearchSweep.bytesPerSlice
    /// The folded words of each speaker, most quoted first: what the picker narrows as the user types.
    let speakerIndex: SpeakerKeyIndex
    /// The groups each speaker belongs to, for the filter (lists end to end, not an array per member).
    let groupsOfSpeaker: GroupedLists<UInt32>
    /// A reader on `corpus` for a screen of `width` × `height` cells. A corpus of one article opens
    /// it in the article pane; otherwise the newest article is shown beside the list.
    public init(corpus: Corpus, width: Int, height: Int, colors: ColorSupport) {
        self.corpus = corpus
        // Sorted once for the colours and the picker (sorting `Speaker`s copied each one at every step).
        let speakersByQuotes = Self.speakersByQuotes(corpus.speakers)
        self.theme = Theme(support: colors, speakerColors: SpeakerColors(corpus: corpus, order: speakersByQuotes))
        self.width = max(0, width)
        self.height = max(0, height)
        self.articleOrder = Self.newestFirst(corpus.articles)
        // The search's table of folded scalars is made here, where the reader's state on the corpus is built (off
        // the UI thread in the reader), not at the first search: Foundation folding its 12 288 scalars took 8–12 ms,
        // the slowest key of the whole scripted session. Not for the indexing screen's empty corpus, painted first.
        if !corpus.articles.isEmpty { _ = ScalarFolds.shared }
        var rank = [UInt32](repeating: 0, count: corpus.articles.count)
        for (position, id) in articleOrder.enumerated() { rank[id] = UInt32(position) }
        self.articleRank = rank
        // Quotes are read in place by index: iterating them copied every quote (and its strings) out.
        self.countedQuoteTotal = corpus.articles.reduce(0) { total, article in
            let quotes = article.quotes
            return total + quotes.indices.count { !quotes[$0].isRepeat && quotes[$0].kind != .term }
        }
        self.visibleArticles = articleOrder
        self.speakerIndex = SpeakerKeyIndex(speakers: corpus.speakers, order: speakersByQuotes)
        let speakers = corpus.speakers
        self.groupsOfSpeaker = GroupedLists(count: speakers.count, filler: 0) { emit in
            for group in speakers.indices where speakers[group].kind == .group {
                for member in speakers[group].members { emit(member, UInt32(speakers[group].id)) }
            }
        }
        self.speakerMatches = speakerIndex.order
        // The corpus's quotes in list order, and each speaker's as positions among them. (The index above
        // first: what it frees on the way is then room for these.)
        self.allQuotes = Self.spokenQuotes(of: articleOrder, in: corpus, count: countedQuoteTotal)
        self.visibleQuotes = allQuotes
        let order = articleOrder
        self.speakerQuotes = GroupedLists(count: corpus.speakers.count, filler: 0) { emit in
            var position: UInt32 = 0
            for id in order {
                let quotes = corpus.articles[id].quotes
                for index in quotes.indices where !quotes[index].isRepeat && quotes[index].kind != .term {
                    if let speaker = quotes[index].speaker { emit(speaker, position) }
                    position += 1
                }
            }
        }
        if let first = articleOrder.first {
            open(article: first)
            if corpus.articles.count == 1 { focus = .article }
        }
        clampViews()
    }

    /// A reader that paints at once while the corpus is indexed in the background: empty, with
    /// progress, until `.corpusReady` brings the corpus.
    public static func indexing(width: Int, height: Int, colors: ColorSupport) -> AppState {
        var state = AppState(corpus: Corpus(documents: []), width: width, height: height, colors: colors)
        state.indexing = CorpusIndexer.Progress()
        return state
    }

    /// The screen's layout for the current size and focus.
    public var layout: ScreenLayout { ScreenLayout(width: width, height: height, focus: focus, sidebar: sidebar) }

    /// True while keys are typed as text: the search line or the speaker picker.
    public var isEditingText: Bool {
        guard !showsHelp else { return false }
        return search?.isEditing == true || (sidebar == .speakers && focus == .sidebar)
    }

    /// The open article.
    public var openArticle: Article? { reading.map { corpus.articles[$0.article] } }

    /// The current quote of the open article.
    public var currentQuote: Quote? {
        guard let reading, let index = reading.quote else { return nil }
        return corpus.articles[reading.article].quotes.first { $0.index == index }
    }

    /// Quotes of `article` that `n` visits, in order: spoken words (not terms), not in a repeated
    /// paragraph, and of the filtered speaker when there is a filter.
    public func jumpableQuotes(of article: Article) -> [Quote] {
        article.quotes.filter { quote in
            guard !quote.isRepeat, quote.kind != .term else { return false }
            guard let filter else { return true }
            return quote.speaker.map(filter.ids.contains) ?? false
        }
    }

    /// How many quotes of article `id` `n` visits: `jumpableQuotes(of:).count`, counted in place.
    func jumpableQuoteCount(of id: Int) -> Int {
        let quotes = corpus.articles[id].quotes
        return quotes.indices.count { index in
            guard !quotes[index].isRepeat, quotes[index].kind != .term else { return false }
            guard let filter else { return true }
            return quotes[index].speaker.map(filter.ids.contains) ?? false
        }
    }

    /// Article ids newest first; undated last; equal or no dates by file, record and id.
    static func newestFirst(_ articles: [Article]) -> [Int] {
        // Sorting positions by small keys read from arrays, not whole articles nor tuples holding the
        // file name: comparing articles copied them at every step, and the tuples' strings were retained
        // and released at every step. Files compare by their rank among the distinct files.
        let dates = articles.map(\.metadata.date)
        let records = articles.map { $0.record ?? 0 }
        let files = fileRanks(articles)
        return articles.indices.sorted { a, b in
            switch (dates[a], dates[b]) {
            case let (x?, y?) where x != y: return x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return (files[a], records[a], articles[a].id) < (files[b], records[b], articles[b].id)
            }
        }.map { articles[$0].id }
    }

    /// Each article's file as its rank among the distinct files in `String` order.
    private static func fileRanks(_ articles: [Article]) -> [Int] {
        // Sorting positions by file, not hashing every path: articles mostly come in file order, which
        // the merge sort takes as one run.
        let byFile = articles.indices.sorted { articles[$0].file < articles[$1].file }
        var rank = [Int](repeating: 0, count: articles.count)
        var current = 0
        for (position, index) in byFile.enumerated() {
            if position > 0, articles[index].file != articles[byFile[position - 1]].file { current += 1 }
            rank[index] = current
        }
        return rank
    }

    /// Speaker ids most quoted first, then by name: `Corpus.speakersByQuotes`, sorting ids.
    static func speakersByQuotes(_ speakers: [Speaker]) -> [Int] {
        // Counts from an array of their own; names, compared only on equal counts, borrowed in place.
        let counts = speakers.map(\.quoteCount)
        return speakers.withUnsafeBufferPointer { speakers in
            speakers.indices.sorted { a, b in
                counts[a] != counts[b] ? counts[a] > counts[b] : speakers[a].name < speakers[b].name
            }.map { speakers[$0].id }
        }
    }
}
