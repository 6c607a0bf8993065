import Foundation
import NewsModel

/// Searching the text of the articles, `/` then `n` / `N` over the matches.
extension AppState {
    /// Enter on the search line: find the query from where the reader stands, in this article and then
    /// in the following ones.
    mutating func runSearch() {
        guard var search, !search.query.isEmpty else {
            self.search = nil
            return
        }
        search.isEditing = false
        self.search = search
        findMatches()
        if let reading, let matches = self.search?.matches, !matches.isEmpty {
            let top = reading.layout.lines[min(reading.scroll, max(0, reading.layout.lines.count - 1))...]
                .first { !$0.scalars.isEmpty }?.scalars.lowerBound ?? 0
            selectMatch(matches.firstIndex { $0.lowerBound >= top } ?? 0)
        } else {
            jumpMatch(forward: true)
        }
    }

    /// Fills the open article's matches of the search query (case- and accent-insensitive).
    mutating func findMatches() {
        guard var search, let article = openArticle else { return }
        search.matches = search.pattern?.matches(in: article.text) ?? []
        search.current = nil
        self.search = search
    }

    /// Next or previous match, going on into the next or previous article that has one.
    mutating func jumpMatch(forward: Bool) {
        guard let search, let reading else { return }
        let matches = search.matches
        let next: Int? = if let current = search.current {
            forward ? (current + 1 < matches.count ? current + 1 : nil) : (current > 0 ? current - 1 : nil)
        } else {
            forward ? (matches.isEmpty ? nil : 0) : nil
        }
        if let next {
            selectMatch(next)
            return
        }
        // On through the following articles, then round from the other end of the list, as vim does: a
        // slice at a time, the run loop asking for the next one while no key is waiting.
        let list = visibleArticles
        let first = firstRow(after: reading.article, forward: forward)
        let after = forward ? list.count - first : first + 1
        self.search?.sweep = SearchSweep(forward: forward, row: first, total: max(0, after) + list.count)
        sweepSearch()
    }

    /// True while a search walks the articles for its next match: the run loop then sends `searchStep`
    /// whenever no key is waiting.
    public var isSearching: Bool { search?.sweep != nil }

    /// Reads on through the articles of the search's sweep until one has the query (which opens, on
    /// its first or last match) or `sweepBytesPerSlice` bytes of text are read (`sweepMessage` says how far).
    mutating func sweepSearch() {
        guard var sweep = search?.sweep, let query = search?.query else { return }
        guard let pattern = search?.pattern else {
            // nothing to find: the query folds to nothing (accents alone)
            search?.sweep = nil
            message = "Pattern not found: \(query)"
            return
        }
        let list = visibleArticles
        var bytes = 0
        while bytes < sweepBytesPerSlice {
            guard list.indices.contains(sweep.row) else {
                if sweep.wrapped || list.isEmpty {
                    search?.sweep = nil
                    message = "Pattern not found: \(query)"
                    return
                }
                sweep.wrapped = true
                sweep.row = sweep.forward ? 0 : list.count - 1
                continue
            }
            let id = list[sweep.row]
            sweep.row += sweep.forward ? 1 : -1
            sweep.read += 1
            // the open article's matches are known; the others are only asked whether the query occurs
            let found: Bool
            if id == reading?.article {
                found = !(search?.matches.isEmpty ?? true)
            } else {
                let text = corpus.articles[id].text
                bytes += text.utf8.count + SearchSweep.bytesPerArticle
                found = pattern.occurs(in: text)
            }
            guard found else { continue }
            search?.sweep = nil
            if id != reading?.article { open(article: id) }
            guard let matches = search?.matches, !matches.isEmpty else { continue }
            selectMatch(sweep.forward ? 0 : matches.count - 1)
            if sweep.wrapped { message = (message ?? "") + (sweep.forward ? " (wrapped to the top)" : " (wrapped to the bottom)") }
            return
        }
        search?.sweep = sweep
    }

    /// The status line's message while the sweep goes on (after any action, a resize included).
    var sweepMessage: String? {
        guard let search, let sweep = search.sweep else { return nil }
        return "Searching for \(search.query)… \(sweep.percent) % (any key stops)"
    }

    /// A key while the sweep goes on stops it where it is; the search and its matches here stay.
    mutating func stopSweep() {
        guard let sweep = search?.sweep else { return }
        search?.sweep = nil
        message = "Search stopped at \(sweep.percent) %: \(search?.query ?? "")"
    }

    mutating func selectMatch(_ index: Int) {
        guard let match = search?.matches[index] else { return }
        search?.current = index
        reveal(start: match.lowerBound, end: match.upperBound)
        message = "Match \(index + 1)/\(search?.matches.count ?? 0): \(search?.query ?? "")"
    }
}
