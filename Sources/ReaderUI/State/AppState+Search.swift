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
        search.matches = Self.matches(of: search.query, in: article.text)
        search.current = nil
        self.search = search
    }

    static func matches(of query: String, in text: String) -> [Range<Int>] {
        guard !query.isEmpty else { return [] }
        var result: [Range<Int>] = []
        var from = text.startIndex
        var offset = 0
        var offsetIndex = text.startIndex
        while from < text.endIndex,
              let found = text.range(of: query, options: [.caseInsensitive, .diacriticInsensitive], range: from..<text.endIndex) {
            offset += text.unicodeScalars[offsetIndex..<found.lowerBound].count
            let length = text.unicodeScalars[found].count
            result.append(offset..<(offset + length))
            offsetIndex = found.lowerBound
            from = found.upperBound > found.lowerBound ? found.upperBound : text.index(after: found.lowerBound)
        }
        return result
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
        // On through the following articles, then round from the other end of the list, as vim does.
        // Walked lazily: the lists of the articles onward and round were arrays of up to the whole corpus.
        let list = visibleArticles
        let round = forward ? stride(from: 0, to: list.count, by: 1) : stride(from: list.count - 1, to: -1, by: -1)
        let passes = [(AnySequence(articles(after: reading.article, forward: forward)), false), (AnySequence(round.lazy.map { list[$0] }), true)]
        for (ids, wrapped) in passes {
            for id in ids {
                let found = id == reading.article ? matches : Self.matches(of: search.query, in: corpus.articles[id].text)
                guard !found.isEmpty else { continue }
                if id != reading.article { open(article: id) }
                selectMatch(forward ? 0 : found.count - 1)
                if wrapped { message = (message ?? "") + (forward ? " (wrapped to the top)" : " (wrapped to the bottom)") }
                return
            }
        }
        message = "Pattern not found: \(search.query)"
    }

    mutating func selectMatch(_ index: Int) {
        guard let match = search?.matches[index] else { return }
        search?.current = index
        reveal(start: match.lowerBound, end: match.upperBound)
        message = "Match \(index + 1)/\(search?.matches.count ?? 0): \(search?.query ?? "")"
    }
}
