import NewsModel

/// Applies `action` to `state` and returns the effects for the run loop; pure, no I/O.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    state.reduce(action)
}

extension AppState {
    /// The update function: one action in, the new state and the effects out.
    public mutating func reduce(_ action: Action) -> [Effect] {
        message = nil
        var effects: [Effect] = []
        if action.stopsSearchSweep { stopSweep() }
        switch action {
        case .lineDown: move(by: 1)
        case .lineUp: move(by: -1)
        case .halfPageDown: move(by: max(1, focusedHeight / 2))
        case .halfPageUp: move(by: -max(1, focusedHeight / 2))
        case .pageDown: move(by: max(1, focusedHeight - 1))
        case .pageUp: move(by: -max(1, focusedHeight - 1))
        case .top: move(by: Int.min / 2)
        case .bottom: move(by: Int.max / 2)
        case .focusNext:
            if !showsHelp { focus = focus == .sidebar ? .article : .sidebar }
        case .open: confirm()
        case .nextQuote: if !showsHelp { jumpQuote(forward: true) }
        case .previousQuote: if !showsHelp { jumpQuote(forward: false) }
        case .nextArticle: if !showsHelp { stepArticle(by: 1) }
        case .previousArticle: if !showsHelp { stepArticle(by: -1) }
        case .toggleSpeakers: toggleSidebar(.speakers)
        case .toggleQuotes: toggleSidebar(.quotes)
        case .toggleProblems: toggleSidebar(.problems)
        case .startSearch:
            if !showsHelp { search = Search() }
        case .toggleHelp:
            showsHelp.toggle()
            helpScroll = 0
        case .cancel: cancel()
        case .quit:
            if showsHelp { showsHelp = false } else { effects.append(.quit) }
        case .interrupt:
            effects.append(.interrupt)
        case let .type(character): type(character)
        case .deleteBackward: deleteBackward()
        case let .resize(width, height): resize(width: width, height: height)
        case let .scroll(lines, x, y): scroll(lines: lines, x: x, y: y)
        case let .click(x, y): click(x: x, y: y)
        case .searchStep: sweepSearch()
        case let .indexProgress(progress): indexing = progress
        case let .corpusReady(corpus): adopt(AppState(corpus: corpus, width: width, height: height, colors: theme.support))
        case let .adopt(prepared): adopt(prepared)
        }
        if let sweepMessage { message = sweepMessage }
        clampViews()
        return effects
    }

    /// Rows of the pane that has the focus (or of the help overlay when it is shown).
    var focusedHeight: Int {
        if showsHelp { return max(1, height - 4) }
        let layout = self.layout
        switch focus {
        case .sidebar: return layout.sidebarRows?.height ?? 1
        case .article: return layout.article?.height ?? 1
        }
    }

    /// Moves the cursor of the focused list, the article's scroll, or the help's scroll.
    mutating func move(by delta: Int) {
        if showsHelp {
            helpScroll = max(0, helpScroll.addingClamped(delta))
            return
        }
        switch focus {
        case .article:
            if var reading {
                reading.scroll = max(0, reading.scroll.addingClamped(delta))
                self.reading = reading
            }
        case .sidebar:
            switch sidebar {
            case .articles: articleCursor.selection = articleCursor.selection.addingClamped(delta)
            case .speakers: speakerCursor.selection = speakerCursor.selection.addingClamped(delta)
            case .quotes: quoteCursor.selection = quoteCursor.selection.addingClamped(delta)
            case .problems: problemCursor.selection = problemCursor.selection.addingClamped(delta)
            }
        }
    }

    /// Enter: confirm the search, or open what the focused list selects.
    mutating func confirm() {
        if showsHelp {
            showsHelp = false
            return
        }
        if search?.isEditing == true {
            runSearch()
            return
        }
        guard focus == .sidebar else { return }
        switch sidebar {
        case .articles:
            guard articleCursor.selection < visibleArticles.count else { return }
            let chosen = visibleArticles[articleCursor.selection]
            if reading?.article != chosen { open(article: chosen) }  // the open one keeps its place and quote
            focus = .article
        case .speakers:
            guard speakerCursor.selection < speakerMatches.count else { return }
            applyFilter(speaker: speakerMatches[speakerCursor.selection])
        case .quotes:
            guard quoteCursor.selection < visibleQuotes.count else { return }
            let reference = visibleQuotes[quoteCursor.selection]
            open(article: reference.article)
            select(quote: reference.quote)
            focus = .article
        case .problems:
            return
        }
    }

    /// The indexed corpus arrives in a state built on it: the reader starts on it as if it had been there
    /// from the start, at the current screen size, keeping an open help.
    mutating func adopt(_ prepared: AppState) {
        let (help, width, height) = (showsHelp, self.width, self.height)
        self = prepared
        showsHelp = help
        if (width, height) != (prepared.width, prepared.height) { resize(width: width, height: height) }
    }

    /// Esc: the innermost thing open closes first — help, search, picker, then the filter.
    mutating func cancel() {
        if showsHelp {
            showsHelp = false
        } else if search != nil {
            search = nil
        } else if sidebar != .articles {
            sidebar = .articles
        } else if filter != nil {
            clearFilter()
        }
    }

    mutating func toggleSidebar(_ wanted: Sidebar) {
        guard !showsHelp else { return }
        if sidebar == wanted && focus == .sidebar {
            sidebar = .articles
            return
        }
        sidebar = wanted
        focus = .sidebar
        if wanted == .speakers {
            speakerQuery = ""
            narrowSpeakers()
        }
        if wanted == .quotes, let reading, let quote = reading.quote,
           let row = row(ofQuote: .init(article: reading.article, quote: quote)) {
            quoteCursor.selection = row
        }
    }

    mutating func type(_ character: Character) {
        if search?.isEditing == true {
            search?.query.append(character)
        } else if sidebar == .speakers {
            // A letter or digit only narrows what matched; a space or a mark may start a new word anywhere.
            speakerQuery.append(character)
            narrowSpeakers(extending: character.isLetter || character.isNumber)
        }
    }

    mutating func deleteBackward() {
        if search?.isEditing == true {
            if search?.query.isEmpty == true { search = nil } else { search?.query.removeLast() }
        } else if sidebar == .speakers, !speakerQuery.isEmpty {
            speakerQuery.removeLast()
            narrowSpeakers()
        }
    }

    /// A new screen size: rewrap the article and keep the line the user was reading at the top.
    mutating func resize(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        guard var reading else { return }
        let article = corpus.articles[reading.article]
        let topOffset = reading.layout.lines.indices.contains(reading.scroll) ? topScalar(of: reading) : nil
        let newWidth = ScreenLayout.articleWrapWidth(width: self.width, height: self.height)
        if newWidth != reading.layout.width {
            reading.layout = ArticleLayout(article: article, width: newWidth)
            if let topOffset { reading.scroll = reading.scroll == 0 ? 0 : reading.layout.line(containing: topOffset) }
            self.reading = reading
        }
        // What the user stands on stays in view: the current search match, else the current quote.
        if let search, let current = search.current, search.matches.indices.contains(current) {
            reveal(start: search.matches[current].lowerBound, end: search.matches[current].upperBound)
        } else if let quote = currentQuote {
            reveal(start: quote.start, end: quote.end)
        }
    }

    /// The first text offset shown at the top of the article pane (or just below it).
    private func topScalar(of reading: Reading) -> Int? {
        reading.layout.lines[reading.scroll...].lazy.compactMap { line -> Int? in
            if case .body = line { return line.scalars.lowerBound }
            return nil
        }.first
    }
}

extension Int {
    /// `self + other`, held at the ends of `Int` instead of trapping.
    func addingClamped(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? Int.max : Int.min) : sum
    }
}
