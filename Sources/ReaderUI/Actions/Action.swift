import NewsModel

/// Every intent a user can have in the reader, each with the help text the help overlay shows.
public enum Action: Sendable, Equatable {
    case lineDown, lineUp, halfPageDown, halfPageUp, pageDown, pageUp, top, bottom
    case focusNext, open
    case nextQuote, previousQuote, nextArticle, previousArticle
    case toggleSpeakers, toggleQuotes, toggleProblems, startSearch, toggleHelp
    case cancel, quit, interrupt
    /// A character typed into the search line or the speaker picker.
    case type(Character)
    case deleteBackward
    case resize(width: Int, height: Int)
    /// Mouse wheel over the cell (`x`, `y`): positive `lines` scroll down.
    case scroll(lines: Int, x: Int, y: Int)
    case click(x: Int, y: Int)
    /// The run loop's turn, while no key is waiting, to read on through the articles for a search's
    /// next match (`AppState.isSearching`).
    case searchStep
    /// The background indexer got further.
    case indexProgress(CorpusIndexer.Progress)
    /// The background indexer finished: the reader switches to this corpus.
    case corpusReady(Corpus)
    /// A reader state built off the UI thread on the finished corpus (building it takes seconds at
    /// 100 000 articles): the reader switches to it, at the current screen size.
    case adopt(AppState)

    /// What the action does, in the words of the help overlay (nil for actions no key names).
    public var help: String? {
        switch self {
        case .lineDown: "Move down one line"
        case .lineUp: "Move up one line"
        case .halfPageDown: "Move down half a page"
        case .halfPageUp: "Move up half a page"
        case .pageDown: "Move down a page"
        case .pageUp: "Move up a page"
        case .top: "Go to the top"
        case .bottom: "Go to the bottom"
        case .focusNext: "Move the focus to the other pane"
        case .open: "Open the selected article, quote or speaker"
        case .nextQuote: "Next quote (or search match), on into the next articles"
        case .previousQuote: "Previous quote (or search match), back into earlier articles"
        case .nextArticle: "Next article in the list"
        case .previousArticle: "Previous article in the list"
        case .toggleSpeakers: "Speakers: type to narrow, Enter filters the corpus by one"
        case .toggleQuotes: "Quotes of the corpus (or of the filter)"
        case .toggleProblems: "Files that could not be read, and why"
        case .startSearch: "Search the articles' text"
        case .toggleHelp: "This help"
        case .cancel: "Close help, search or picker; then clear the speaker filter"
        case .quit: "Close the overlay, or quit"
        case .interrupt: "Quit at once (exit status 130)"
        case .type, .deleteBackward, .resize, .scroll, .click, .searchStep, .indexProgress, .corpusReady, .adopt: nil
        }
    }

    /// True for what the user does (keys, mouse): it stops a search's sweep through the articles.
    /// The run loop's own actions (the sweep's next step, the indexer's news) and a resize do not.
    var stopsSearchSweep: Bool {
        switch self {
        case .searchStep, .resize, .indexProgress, .corpusReady, .adopt: false
        default: true
        }
    }
}
