@testable import NewsModel

/// Prints a corpus as an indented tree (article → paragraphs → quotes → speakers), the form the
/// parser snapshots compare whole.
enum TreeDump {
    static func dump(_ corpus: Corpus) -> String {
        var lines: [String] = []
        for article in corpus.articles {
            lines.append("article \(article.id) \(article.title) [\(article.language.rawValue)] date=\(article.metadata.date?.description ?? "-")")
            for (index, paragraph) in article.paragraphs.enumerated() {
                let repeatNote = paragraph.repeatOf.map { " repeats \($0)" } ?? ""
                lines.append("  paragraph \(index) \(paragraph.range.lowerBound)..<\(paragraph.range.upperBound)\(repeatNote)")
                for quote in article.quotes where quote.paragraph == index {
                    let speaker = quote.speaker.map { corpus.speakers[$0].name } ?? "-"
                    let flags = (quote.isRepeat ? " repeat" : "") + (quote.span.isClosed ? "" : " unclosed") + (quote.span.depth > 0 ? " depth=\(quote.span.depth)" : "")
                    lines.append("    quote \(quote.index) \(quote.start)..<\(quote.end) \(quote.kind.rawValue)\(flags) “\(quote.text)”")
                    lines.append("      speaker \(speaker) via \(quote.cue.rawValue) mention=\(quote.mention ?? "-")")
                }
            }
        }
        lines.append("speakers")
        for speaker in corpus.speakersByQuotes {
            let role = speaker.role.map { " role=\($0)" } ?? ""
            lines.append("  \(speaker.name) (\(speaker.kind.rawValue))\(role) quotes=\(speaker.quoteCount) articles=\(speaker.articleCount) mentions=\(speaker.mentions.joined(separator: " | "))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
