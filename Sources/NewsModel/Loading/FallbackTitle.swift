/// A title for an article that has none: its first sentence, shortened at a word boundary to at most
/// `limit` characters (grapheme clusters), with `…` appended when cut (the `…` counts toward the limit).
///
/// The sentence ends at `.`, `!` or `?` (and any closing quotes or brackets right after) followed by
/// white space or the end; a full stop after a common abbreviation (`Mr.`, `dhr.`, `Dr.`), a dotted
/// acronym (`U.S.`), a single initial (`J.`), a day number (`10.`) or before a lower-case word does not
/// end it. A final full stop is dropped; `!` and `?` are kept. `nil` when there is no text or `limit` < 1.
public func fallbackTitle(from paragraphs: [String], limit: Int = 80) -> String? {
    guard limit >= 1, let paragraph = paragraphs.lazy.map({ $0.trimmingWhitespace }).first(where: { !$0.isEmpty }) else {
        return nil
    }
    // Only the first `limit` characters can appear, so look no further than just past them.
    let window = Array(paragraph.prefix(limit + 2))
    let end = TitleSentence.end(in: window)
    let complete = end < window.count || window.count < limit + 2
    var sentence = window[..<end]
    while let last = sentence.last, last.isWhitespace { sentence.removeLast() }
    if sentence.last == ".", sentence.count > 1, sentence[sentence.endIndex - 2] != "." {
        sentence.removeLast()
    }
    if complete && sentence.count <= limit {
        return String(sentence)
    }
    return TitleSentence.shortened(sentence, limit: limit)
}
