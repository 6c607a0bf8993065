/// What must hold of every corpus, whatever its input: the checks the hostile tests and the fuzzer run.
extension Corpus {
    /// Every broken invariant, one line each naming the article and the element (empty when all hold).
    ///
    /// Checked: paragraph ranges inside the text, in order and apart; a paragraph's `repeatOf` points to an
    /// earlier paragraph with the same words; quote indexes in order, spans inside the text, sorted by start
    /// and properly nested (never partly overlapping), segments inside their span, paragraphs valid and the
    /// opening mark inside its paragraph; a quote is a repeat exactly when its paragraph is one; speaker ids
    /// of quotes and mentions valid; mention ranges inside the text; terms have no speaker; speakers' ids,
    /// members, `quoteCount` and `articleCount` agree with the quotes. Runs in time linear in the corpus.
    public func invariantViolations() -> [String] {
        var violations: [String] = []
        var quoteCounts = Array(repeating: 0, count: speakers.count)
        var articleCounts = Array(repeating: 0, count: speakers.count)
        for (position, article) in articles.enumerated() {
            func report(_ what: String) { violations.append("article \(position) (\(article.location)): \(what)") }
            if article.id != position { report("id \(article.id) is not its position") }
            let scalars = Array(article.text.unicodeScalars)
            let length = scalars.count
            let texts = article.paragraphs.map { paragraph -> String? in
                guard paragraph.range.lowerBound >= 0, paragraph.range.upperBound <= length else { return nil }
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[paragraph.range])
                return String(view)
            }
            checkParagraphs(article, length: length, texts: texts, report: report)
            let counted = checkQuotes(article, length: length, report: report)
            for id in counted {
                quoteCounts[id] += 1
            }
            for id in Set(counted) {
                articleCounts[id] += 1
            }
            for (index, mention) in article.speakerMentions.enumerated() {
                if !Self.range(mention.range, fitsIn: length) {
                    report("speaker mention \(index) range \(mention.range) is outside the text of \(length) scalars")
                }
                if !speakers.indices.contains(mention.speaker) {
                    report("speaker mention \(index) names speaker \(mention.speaker), not in the \(speakers.count) speakers")
                }
            }
        }
        for (position, speaker) in speakers.enumerated() {
            func report(_ what: String) { violations.append("speaker \(position) (\(speaker.name)): \(what)") }
            if speaker.id != position { report("id \(speaker.id) is not its position") }
            if speaker.quoteCount != quoteCounts[position] {
                report("quoteCount \(speaker.quoteCount) but \(quoteCounts[position]) counted quotes are attributed to it")
            }
            if speaker.articleCount != articleCounts[position] {
                report("articleCount \(speaker.articleCount) but its counted quotes stand in \(articleCounts[position]) articles")
            }
            for member in speaker.members where !speakers.indices.contains(member) || member == position {
                report("member \(member) is not another speaker")
            }
        }
        return violations
    }

    private func checkParagraphs(_ article: Article, length: Int, texts: [String?], report: (String) -> Void) {
        var previousEnd = 0
        for (index, paragraph) in article.paragraphs.enumerated() {
            if texts[index] == nil {
                report("paragraph \(index) range \(paragraph.range) is outside the text of \(length) scalars")
            } else if paragraph.range.lowerBound < previousEnd {
                report("paragraph \(index) range \(paragraph.range) starts before the previous one ends at \(previousEnd)")
            }
            previousEnd = max(previousEnd, paragraph.range.upperBound)
            guard let original = paragraph.repeatOf else { continue }
            guard original >= 0, original < index else {
                report("paragraph \(index) repeats paragraph \(original), which is not an earlier one")
                continue
            }
            if let text = texts[index], let originalText = texts[original], Self.words(text) != Self.words(originalText) {
                report("paragraph \(index) is marked as a repeat of paragraph \(original) but its words differ")
            }
        }
    }

    /// Checks the article's quotes and returns the speaker ids of its counted quotes (one per quote).
    private func checkQuotes(_ article: Article, length: Int, report: (String) -> Void) -> [Int] {
        var counted: [Int] = []
        var enclosing: [Quote] = []  // quotes that contain the current position, outermost first
        var previous: Quote?
        for (position, quote) in article.quotes.enumerated() {
            let name = "quote \(position)"
            if quote.index != position { report("\(name) has index \(quote.index)") }
            let spanFits = quote.start < quote.end && Self.range(quote.start..<quote.end, fitsIn: length)
            if !spanFits { report("\(name) span \(quote.start)..<\(quote.end) is empty or outside the text of \(length) scalars") }
            if let previous, quote.start < previous.start {
                report("\(name) starts at \(quote.start), before quote \(position - 1) at \(previous.start)")
            }
            previous = quote
            while let last = enclosing.last, last.end <= quote.start { enclosing.removeLast() }
            if let last = enclosing.last, quote.end > last.end {
                report("\(name) \(quote.start)..<\(quote.end) partly overlaps quote \(last.index) \(last.start)..<\(last.end)")
            }
            enclosing.append(quote)
            for segment in quote.span.segments where segment.lowerBound < quote.start || segment.upperBound > quote.end {
                report("\(name) segment \(segment) is outside its span \(quote.start)..<\(quote.end)")
            }
            let paragraphs = article.paragraphs
            if quote.paragraph < 0 || quote.paragraph > quote.span.lastParagraph || quote.span.lastParagraph >= paragraphs.count {
                report("\(name) runs over paragraphs \(quote.paragraph)...\(quote.span.lastParagraph) of \(paragraphs.count)")
            } else {
                if !paragraphs[quote.paragraph].range.contains(quote.start) {
                    report("\(name) opens at \(quote.start), outside its paragraph \(quote.paragraph) \(paragraphs[quote.paragraph].range)")
                }
                if quote.isRepeat != (paragraphs[quote.paragraph].repeatOf != nil) {
                    report("\(name) isRepeat is \(quote.isRepeat) but its paragraph \(quote.paragraph) "
                        + (quote.isRepeat ? "repeats none" : "is a repeat"))
                }
            }
            if let range = quote.mentionRange, !Self.range(range, fitsIn: length) {
                report("\(name) mention range \(range) is outside the text of \(length) scalars")
            }
            if let speaker = quote.speaker {
                if !speakers.indices.contains(speaker) {
                    report("\(name) names speaker \(speaker), not in the \(speakers.count) speakers")
                } else if !quote.isRepeat {
                    counted.append(speaker)
                }
                if quote.kind == .term { report("\(name) is a term but has speaker \(speaker)") }
            }
        }
        return counted
    }

    private static func range(_ range: Range<Int>, fitsIn length: Int) -> Bool {
        range.lowerBound >= 0 && range.upperBound <= length
    }

    /// The words of a paragraph, white space folded, as `ArticleAnalyzer.markRepeats` compares them.
    private static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: \.isWhitespace)
    }
}
