import Testing
import NewsModel
@testable import ReaderUI

/// The update function, one behaviour per test, driven with actions as a user would.
@Suite("reduce: moving through quotes and articles")
struct QuoteNavigationTests {
    @Test("a corpus of one article opens it with the focus on the article and no quote selected")
    func singleArticleOpens() {
        let state = Fixture.state(Fixture.seedCorpus)
        #expect(state.reading?.article == 0)
        #expect(state.focus == .article)
        #expect(state.reading?.quote == nil)
    }

    @Test("n selects the first quote, then each next one, in the seed's order")
    func nextQuoteInOrder() {
        var state = Fixture.state(Fixture.seedCorpus)
        var seen: [String] = []
        for _ in 0..<9 {
            Fixture.apply([.nextQuote], to: &state)
            seen.append(state.currentQuote.map { String($0.text) } ?? "-")
        }
        #expect(seen.first?.hasPrefix("Als Russen in je huis") == true)
        #expect(seen[2] == "les uit het recente verleden")
        #expect(seen.last == "permanent")
        #expect(Set(seen).count == 9)
    }

    @Test("n past the last quote of the corpus stays and says so")
    func nextQuoteAtTheEnd() {
        var state = Fixture.state(Fixture.seedCorpus)
        Fixture.apply(Array(repeating: .nextQuote, count: 9), to: &state)
        let last = state.reading
        Fixture.apply([.nextQuote], to: &state)
        #expect(state.reading?.quote == last?.quote)
        #expect(state.message?.contains("No more quotes") == true)
    }

    @Test("n past the last quote opens the next article that has one, on its first quote")
    func nextQuoteCrossesArticles() throws {
        var state = Fixture.state()
        let first = try #require(state.reading?.article)
        let count = state.jumpableQuotes(of: state.corpus.articles[first]).count
        Fixture.apply(Array(repeating: .nextQuote, count: count + 1), to: &state)
        let second = try #require(state.reading)
        #expect(second.article != first)
        #expect(second.article == state.articles(after: first, forward: true).first { !state.jumpableQuotes(of: state.corpus.articles[$0]).isEmpty })
        #expect(second.quote == state.jumpableQuotes(of: state.corpus.articles[second.article]).first?.index)
        #expect(state.articleCursor.selection == state.visibleArticles.firstIndex(of: second.article))
    }

    @Test("N before the first quote goes back to the previous article's last quote")
    func previousQuoteCrossesArticles() throws {
        var state = Fixture.state()
        Fixture.apply([.nextArticle, .nextQuote, .previousQuote], to: &state)
        let reading = try #require(state.reading)
        #expect(reading.article == state.visibleArticles[0])
        #expect(reading.quote == state.jumpableQuotes(of: state.corpus.articles[reading.article]).last?.index)
    }

    @Test("] and [ open the next and previous article of the list with no quote selected")
    func articleJumps() {
        var state = Fixture.state()
        Fixture.apply([.nextQuote, .nextArticle], to: &state)
        #expect(state.reading?.article == state.visibleArticles[1])
        #expect(state.reading?.quote == nil)
        Fixture.apply([.previousArticle, .previousArticle], to: &state)
        #expect(state.reading?.article == state.visibleArticles[0])
        #expect(state.message == "First article")
    }

    @Test("the current quote is scrolled into view")
    func currentQuoteVisible() throws {
        var state = Fixture.state(Fixture.seedCorpus, width: 40, height: 12)
        Fixture.apply(Array(repeating: .nextQuote, count: 9), to: &state)
        let reading = try #require(state.reading)
        let quote = try #require(state.currentQuote)
        let line = reading.layout.line(containing: quote.start)
        let rows = try #require(state.layout.article?.height)
        #expect(line >= reading.scroll && line < reading.scroll + rows)
    }
}

@Suite("reduce: moving, focus and panes")
struct MovementTests {
    @Test("j and k move the list selection when the list has the focus")
    func listMovement() {
        var state = Fixture.state()
        #expect(state.focus == .sidebar)
        Fixture.apply([.lineDown, .lineDown, .lineUp], to: &state)
        #expect(state.articleCursor.selection == 1)
        Fixture.apply([.bottom], to: &state)
        #expect(state.articleCursor.selection == state.visibleArticles.count - 1)
        Fixture.apply([.top], to: &state)
        #expect(state.articleCursor.selection == 0)
        Fixture.apply([.lineUp], to: &state)
        #expect(state.articleCursor.selection == 0)
    }

    @Test("j, k, half pages and pages scroll the article when it has the focus, held inside the text")
    func articleScrolling() throws {
        var state = Fixture.state(Fixture.seedCorpus, width: 80, height: 24)
        Fixture.apply([.lineDown, .lineDown], to: &state)
        #expect(state.reading?.scroll == 2)
        Fixture.apply([.halfPageDown], to: &state)
        let rows = try #require(state.layout.article?.height)
        #expect(state.reading?.scroll == 2 + rows / 2)
        Fixture.apply([.pageUp], to: &state)
        #expect(state.reading?.scroll == 0)
        Fixture.apply([.bottom], to: &state)
        let lines = try #require(state.reading?.layout.lines.count)
        #expect(state.reading?.scroll == lines - rows)
        Fixture.apply([.pageDown], to: &state)
        #expect(state.reading?.scroll == lines - rows)
    }

    @Test("Tab moves the focus; below 80 columns only the focused pane is shown")
    func focusAndNarrowLayout() {
        var state = Fixture.state(width: 60, height: 20)
        #expect(state.layout.sidebar != nil && state.layout.article == nil)
        Fixture.apply([.focusNext], to: &state)
        #expect(state.focus == .article)
        #expect(state.layout.sidebar == nil && state.layout.article?.width == 60)
    }

    @Test("Enter on the article list opens the selected article and gives it the focus")
    func enterOpensArticle() {
        var state = Fixture.state()
        Fixture.apply([.lineDown, .lineDown, .open], to: &state)
        #expect(state.reading?.article == state.visibleArticles[2])
        #expect(state.focus == .article)
    }

    @Test("v lists the quotes; Enter opens the article at the chosen quote")
    func quotesPane() throws {
        var state = Fixture.state()
        Fixture.apply([.toggleQuotes], to: &state)
        #expect(state.sidebar == .quotes)
        #expect(state.visibleQuotes.count == state.corpus.articles.reduce(0) { $0 + state.jumpableQuotes(of: $1).count })
        Fixture.apply([.lineDown, .lineDown, .lineDown, .open], to: &state)
        let chosen = state.visibleQuotes[3]
        #expect(state.reading?.article == chosen.article)
        #expect(state.reading?.quote == chosen.quote)
        #expect(state.focus == .article)
    }

    @Test("? shows the help; q closes it before it quits; q then asks to quit")
    func helpAndQuit() {
        var state = Fixture.state()
        Fixture.apply([.toggleHelp], to: &state)
        #expect(state.showsHelp)
        #expect(Fixture.apply([.quit], to: &state).isEmpty)
        #expect(!state.showsHelp)
        #expect(Fixture.apply([.quit], to: &state) == [.quit])
    }

    @Test("a resize rewraps the article and keeps the line being read at the top")
    func resizeKeepsPlace() throws {
        var state = Fixture.state(Fixture.seedCorpus, width: 120, height: 40)
        Fixture.apply([.lineDown, .lineDown, .lineDown, .lineDown, .lineDown, .lineDown], to: &state)
        let before = try #require(state.reading)
        let topOffset = before.layout.lines[before.scroll...].first { !$0.scalars.isEmpty }?.scalars.lowerBound ?? 0
        Fixture.apply([.resize(width: 60, height: 20)], to: &state)
        let after = try #require(state.reading)
        #expect(after.layout.width == 58)
        #expect(after.layout.lines[after.scroll].scalars.contains(topOffset) || after.layout.lines[after.scroll].scalars.lowerBound == topOffset)
        Fixture.apply([.resize(width: 120, height: 40)], to: &state)
        #expect(state.reading?.layout.width == before.layout.width)
    }

    @Test("the wheel scrolls the pane under the pointer; a click on a row opens it, a click on a quote selects it")
    func mouse() throws {
        var state = Fixture.state(width: 120, height: 14)
        let text = try #require(state.layout.articleText)
        Fixture.apply([.scroll(lines: 3, x: text.x + 2, y: text.y + 2)], to: &state)
        #expect(state.reading?.scroll == 3)
        let rows = try #require(state.layout.sidebarRows)
        Fixture.apply([.click(x: rows.x + 3, y: rows.y + 4)], to: &state)
        #expect(state.reading?.article == state.visibleArticles[4])

        var seed = Fixture.state(Fixture.seedCorpus, width: 120, height: 40)
        let quote = try #require(seed.jumpableQuotes(of: seed.corpus.articles[0]).first)
        let reading = try #require(seed.reading)
        let line = reading.layout.line(containing: quote.start + 2)
        let area = try #require(seed.layout.articleText)
        // The first quote opens its line in the seed (“Als Russen…” starts after “…een prijs kan hebben. ”).
        guard case let .body(_, range, start, _) = reading.layout.lines[line] else { Issue.record("not a body line"); return }
        let before = seed.corpus.articles[0].text[range].unicodeScalars.prefix(quote.start + 2 - start)
        let column = area.x + DisplayWidth.of(String(String.UnicodeScalarView(before)))
        Fixture.apply([.click(x: column, y: area.y + line - reading.scroll)], to: &seed)
        #expect(seed.reading?.quote == quote.index)
    }
}

@Suite("reduce: the speaker filter and search")
struct FilterAndSearchTests {
    @Test("s opens the picker; typing narrows it ignoring case and accents; Backspace widens it again")
    func pickerNarrows() {
        var state = Fixture.state()
        Fixture.apply([.toggleSpeakers], to: &state)
        #expect(state.isEditingText)
        let all = state.speakerMatches.count
        Fixture.apply("BLINK".map { .type($0) }, to: &state)
        #expect(state.speakerMatches.map { state.corpus.speakers[$0].name } == ["Antony Blinken"])
        Fixture.apply([.deleteBackward, .deleteBackward, .deleteBackward, .deleteBackward, .deleteBackward], to: &state)
        #expect(state.speakerMatches.count == all)
        Fixture.apply("russ MINI".map { .type($0) }, to: &state)
        let names = state.speakerMatches.map { state.corpus.speakers[$0].name }
        #expect(names.contains { $0.contains("Russische ministerie") })
        #expect(state.speakerMatches.allSatisfy { state.corpus.speakers[$0].matches("russische ministerie") || state.corpus.speakers[$0].name.lowercased().contains("russ") })
    }

    @Test("narrowing letter by letter gives the same speakers as the whole query at once", arguments: ["ru mi", "blinken", "a b", "kassym-j", "é"])
    func incrementalNarrowing(query: String) {
        var typed = Fixture.state()
        Fixture.apply([.toggleSpeakers] + query.map { .type($0) }, to: &typed)
        var whole = Fixture.state()
        Fixture.apply([.toggleSpeakers], to: &whole)
        whole.speakerQuery = query
        whole.narrowSpeakers()
        #expect(typed.speakerMatches == whole.speakerMatches)
    }

    @Test("the picker matches the beginnings of words, so “ba” finds Baerbock but not Orbán")
    func pickerMatchesWordStarts() {
        var state = Fixture.state()
        Fixture.apply([.toggleSpeakers, .type("b"), .type("a")], to: &state)
        let names = state.speakerMatches.map { state.corpus.speakers[$0].name }
        #expect(names.contains("Annalena Baerbock"))
        #expect(!names.contains("Viktor Orbán"))
    }

    @Test("choosing a speaker narrows the list, the quotes pane and n to their quotes; Esc clears it")
    func filterNarrowsEverything() throws {
        var state = Fixture.state()
        Fixture.apply([.toggleSpeakers] + "blinken".map { .type($0) } + [.open], to: &state)
        let filter = try #require(state.filter)
        #expect(state.corpus.speakers[filter.speaker].name == "Antony Blinken")
        #expect(state.visibleArticles.count == 3)
        #expect(state.visibleQuotes.count == state.corpus.speakers[filter.speaker].quoteCount)
        for _ in 0..<state.visibleQuotes.count {
            Fixture.apply([.nextQuote], to: &state)
            #expect(state.currentQuote?.speaker == filter.speaker)
        }
        Fixture.apply([.nextQuote], to: &state)
        #expect(state.message?.contains("of Antony Blinken") == true)
        Fixture.apply([.cancel], to: &state)
        #expect(state.filter == nil)
        #expect(state.visibleArticles.count == state.corpus.articles.count)
    }

    @Test("a group's quotes count for each member under the filter (Poetin & Tokajev for Tokajev)")
    func groupQuotesFollowMembers() throws {
        var state = Fixture.state(Fixture.seedCorpus)
        Fixture.apply([.toggleSpeakers] + "tokajev".map { .type($0) } + [.open], to: &state)
        var texts: [String] = []
        for _ in 0..<3 {
            Fixture.apply([.nextQuote], to: &state)
            texts.append(state.currentQuote.map { String($0.text) } ?? "-")
        }
        #expect(texts.last == "permanent")
        #expect(texts.first?.hasPrefix("de vele slachtoffers") == true)
    }

    @Test("for every speaker the filter shows exactly the articles and quotes a full reading finds, in list order")
    func filterMatchesFullReading() {
        let corpus = Fixture.bundledCorpus
        let start = Fixture.state(corpus)
        for speaker in corpus.speakers {
            var state = start
            state.applyFilter(speaker: speaker.id)
            // The definition: a speaker's quotes and those of every group they belong to.
            let ids = Set([speaker.id] + corpus.speakers.filter { $0.kind == .group && $0.members.contains(speaker.id) }.map(\.id))
            let articles = start.articleOrder.filter { id in corpus.articles[id].quotes.contains { !$0.isRepeat && $0.speaker.map(ids.contains) == true } }
            let quotes = articles.flatMap { id in
                corpus.articles[id].quotes.enumerated().filter { _, quote in
                    !quote.isRepeat && quote.kind != .term && quote.speaker.map(ids.contains) == true
                }.map { Corpus.QuoteReference(article: id, quote: $0.offset) }
            }
            #expect(state.visibleArticles == articles, "\(speaker.name)")
            #expect(state.visibleQuotes == quotes, "\(speaker.name)")
            state.clearFilter()
            #expect(state.visibleQuotes == start.visibleQuotes)
        }
    }

    @Test("/ types a search; Enter finds it from the top of the view; n and N go over the matches; Esc clears it")
    func searchMatches() throws {
        var state = Fixture.state(Fixture.seedCorpus)
        Fixture.apply([.startSearch] + "kazachstan".map { .type($0) }, to: &state)
        #expect(state.isEditingText)
        #expect(state.search?.query == "kazachstan")
        Fixture.apply([.open], to: &state)
        let search = try #require(state.search)
        #expect(!search.isEditing)
        #expect(search.matches.count >= 5)
        #expect(search.current == 0)
        Fixture.apply([.nextQuote, .nextQuote, .previousQuote], to: &state)
        #expect(state.search?.current == 1)
        let text = state.corpus.articles[0].text.unicodeScalars
        let match = try #require(state.search?.matches[1])
        let found = String(String.UnicodeScalarView(text[text.index(text.startIndex, offsetBy: match.lowerBound)..<text.index(text.startIndex, offsetBy: match.upperBound)]))
        #expect(found == "Kazachstan")
        Fixture.apply([.cancel], to: &state)
        #expect(state.search == nil)
    }

    @Test("a search with no match anywhere says so")
    func searchNotFound() {
        var state = Fixture.state()
        Fixture.apply([.startSearch] + "zzqx".map { .type($0) } + [.open], to: &state)
        #expect(state.message?.hasPrefix("Pattern not found") == true)
    }

    @Test("Esc closes the innermost thing first: help, then search, then the picker, then the filter")
    func escapeOrder() {
        var state = Fixture.state()
        Fixture.apply([.toggleSpeakers] + "blinken".map { .type($0) } + [.open], to: &state)
        Fixture.apply([.toggleQuotes, .startSearch, .type("a"), .open, .toggleHelp], to: &state)
        #expect(state.showsHelp && state.search != nil && state.sidebar == .quotes && state.filter != nil)
        Fixture.apply([.cancel], to: &state)
        #expect(!state.showsHelp && state.search != nil)
        Fixture.apply([.cancel], to: &state)
        #expect(state.search == nil && state.sidebar == .quotes)
        Fixture.apply([.cancel], to: &state)
        #expect(state.sidebar == .articles && state.filter != nil)
        Fixture.apply([.cancel], to: &state)
        #expect(state.filter == nil)
    }

    @Test("a search not found further wraps round to the top of the list, and says so")
    func searchWraps() throws {
        var state = Fixture.state()
        Fixture.apply([.bottom, .open], to: &state)
        let last = try #require(state.reading?.article)
        Fixture.apply([.startSearch] + "blinken".map { .type($0) } + [.open], to: &state)
        let mentions = state.visibleArticles.filter { state.corpus.articles[$0].text.localizedCaseInsensitiveContains("blinken") }
        #expect(!mentions.contains(last), "the last article must not mention Blinken for this test")
        #expect(state.reading?.article == mentions.first)
        #expect(state.search?.current == 0)
        #expect(state.message?.contains("wrapped to the top") == true)
    }
}

@Suite("reduce: keeping the user's place")
struct PlaceTests {
    @Test("a resize keeps the current quote in view")
    func resizeKeepsCurrentQuote() throws {
        var state = Fixture.state(Fixture.seedCorpus, width: 120, height: 40)
        Fixture.apply(Array(repeating: .nextQuote, count: 7), to: &state)
        let quote = try #require(state.currentQuote)
        Fixture.apply([.resize(width: 60, height: 12)], to: &state)
        let reading = try #require(state.reading)
        let rows = try #require(state.layout.article?.height)
        let line = reading.layout.line(containing: quote.start)
        #expect(line >= reading.scroll && line < reading.scroll + rows)
        #expect(reading.quote == quote.index)
    }

    @Test("with no quote selected, n takes the first quote below the top of the view, N the last above it")
    func nFromTheView() throws {
        var state = Fixture.state(Fixture.seedCorpus, width: 80, height: 24)
        Fixture.apply(Array(repeating: .lineDown, count: 12), to: &state)
        let reading = try #require(state.reading)
        let top = try #require(reading.layout.lines[reading.scroll...].first { !$0.scalars.isEmpty }?.scalars.lowerBound)
        Fixture.apply([.nextQuote], to: &state)
        let quote = try #require(state.currentQuote)
        #expect(quote.end > top)
        let quotes = state.jumpableQuotes(of: state.corpus.articles[0])
        #expect(quote.index == quotes.first { $0.end > top }?.index)
        #expect(quote.index != quotes.first?.index)
    }

    @Test("Enter on the article that is already open keeps its place and its current quote")
    func enterOnOpenArticle() {
        var state = Fixture.state()
        Fixture.apply([.open, .nextQuote, .nextQuote, .focusNext], to: &state)
        let before = state.reading
        Fixture.apply([.open], to: &state)
        #expect(state.reading == before)
        #expect(state.focus == .article)
    }

    @Test("the quotes list takes the whole width while it has the focus, and gives it back after")
    func quotesFullWidth() {
        var state = Fixture.state(width: 120, height: 30)
        Fixture.apply([.toggleQuotes], to: &state)
        #expect(state.layout.sidebar?.width == 120 && state.layout.article == nil)
        Fixture.apply([.focusNext], to: &state)
        #expect(state.layout.article != nil && (state.layout.sidebar?.width ?? 0) < 120)
    }

    @Test("Ctrl-C interrupts even from the help overlay")
    func interrupt() {
        var state = Fixture.state()
        Fixture.apply([.toggleHelp], to: &state)
        #expect(Fixture.apply([.interrupt], to: &state) == [.interrupt])
    }
}
