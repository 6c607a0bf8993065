import Foundation
import NewsModel

/// The human-readable output of the commands: articles as headings, quotes wrapped under their speaker.
enum TextReport {
    /// Read from `COLUMNS` once: reading the environment for every quote cost a tenth of `attache quotes`.
    static let width: Int = {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns >= 40 { return min(columns, 120) }
        return 80
    }()

    /// Each article's quotes are formatted on all cores into bytes of their own and written in order:
    /// formatting them one after another was a twelfth of `attache quotes`, while the analysis before it
    /// kept every core busy.
    static func quotes(_ references: [Corpus.QuoteReference], in corpus: Corpus, to out: inout RecordWriter) {
        let runs = articleRuns(references)
        let width = self.width
        let parts = Parallel.map(runs.indices) { run in articleQuotes(references[runs[run]], in: corpus, width: width) }
        for (run, part) in parts.enumerated() {
            if run > 0 { out.printableLines([0x0A]) }
            out.printableLines(part)
        }
    }

    /// The runs of references in one article: each gets its heading, as the article changes.
    private static func articleRuns(_ references: [Corpus.QuoteReference]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = 0
        for index in references.indices where index > 0 && references[index].article != references[index - 1].article {
            runs.append(start..<index)
            start = index
        }
        if !references.isEmpty { runs.append(start..<references.count) }
        return runs
    }

    /// The heading and quotes of one article's run of references, as printable lines.
    private static func articleQuotes(_ references: ArraySlice<Corpus.QuoteReference>, in corpus: Corpus, width: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        guard let first = references.first else { return bytes }
        let article = corpus.articles[first.article]
        appendLine(heading(article), to: &bytes)
        for ref in references {
            let quote = article.quotes[ref.quote]
            let who: String
            if quote.kind == .term {
                who = "(term)"
            } else if let id = quote.speaker {
                let speaker = corpus.speakers[id]
                let via = quote.mention.map { TextFolding.fold($0) == TextFolding.fold(speaker.name) ? "" : " (\($0))" } ?? ""
                who = speaker.name + via
            } else {
                who = "(unknown speaker)"
            }
            let marker = quote.kind == .direct ? "" : " [\(quote.kind.rawValue)]"
            appendLine("  \(quote.index + 1). \(who)\(marker)", to: &bytes)
            for line in wrap("\u{201C}\(quote.text)\u{201D}", width: width - 6) { appendLine("      " + line, to: &bytes) }
        }
        return bytes
    }

    /// One line as `RecordWriter.line` writes it: made printable, then a line break.
    private static func appendLine(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: PrintableText.neutralised(text).utf8)
        bytes.append(0x0A)
    }

    static func speakers(_ speakers: [Speaker], in corpus: Corpus, to out: inout RecordWriter) {
        for speaker in speakers {
            var line = "\(String(format: "%4d", speaker.quoteCount)) quotes  \(String(format: "%3d", speaker.articleCount)) art.  \(speaker.name)"
            var details = [speaker.kind.rawValue]
            if let role = speaker.role { details.append(role) }
            line += " (" + details.joined(separator: ", ") + ")"
            out.line(line)
            let others = speaker.mentions.filter { $0 != speaker.name }
            if !others.isEmpty {
                for wrapped in wrap("also: " + others.joined(separator: " · "), width: width - 20) { out.line(String(repeating: " ", count: 20) + wrapped) }
            }
        }
    }

    static func articleList(_ corpus: Corpus, to out: inout RecordWriter) {
        let sorted = corpus.articles.sorted { a, b in
            switch (a.metadata.date, b.metadata.date) {
            case let (x?, y?) where x != y: x > y
            case (.some, nil): true
            case (nil, .some): false
            default: a.id < b.id
            }
        }
        for article in sorted {
            let date = article.metadata.date?.description ?? "—"
            out.line("  \(date.padding(toLength: 10, withPad: " ", startingAt: 0))  \(String(format: "%3d", article.countedQuoteCount)) quotes  \(article.title)")
        }
    }

    static func heading(_ article: Article) -> String {
        var parts = [article.title]
        if let date = article.metadata.date { parts.append(date.description) }
        parts.append(article.language.rawValue)
        return parts.joined(separator: " · ") + "  (\(article.location))"
    }

    /// Greedy word wrap by characters (good enough for a pipe; the reader wraps by display width).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        // `current.count`, kept as the line grows: a space between ASCII scalars joins no characters, so only
        // other joins are counted again (counting the line at every word was a twentieth of `attache quotes`);
        // text whose scalars are characters of their own is split and counted by scalars
        var length = 0
        let simple = ScalarText.isOneScalarPerCharacter(text)
        let words = simple ? text.unicodeScalars.split(separator: " ").map(Substring.init) : text.split(separator: " ", omittingEmptySubsequences: true)
        for word in words {
            let wordLength = simple ? word.unicodeScalars.count : word.count
            if current.isEmpty {
                current = String(word)
                length = wordLength
            } else if length + 1 + wordLength <= width {
                let plainJoin = simple || current.unicodeScalars.last?.isASCII == true && word.unicodeScalars.first?.isASCII == true
                current += " " + word
                length = plainJoin ? length + 1 + wordLength : current.count
            } else {
                lines.append(current)
                current = String(word)
                length = wordLength
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
