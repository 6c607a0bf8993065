import ArgumentParser
import NewsModel

/// `attache quotes`: every quote with its speaker, for people or for scripts.
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List every quote with its speaker.",
        discussion: "JSON Lines (one object per quote) and CSV are the formats for scripts; their fields are in the README."
    )

    @OptionGroup var corpusOptions: CorpusOptions

    @Option(name: .shortAndLong, help: "Only quotes of speakers whose name or any mention matches (whole words, any case or accents).")
    var speaker: String?

    @Option(name: .long, help: "Only articles in this language (nl, en, de, fr, unknown).")
    var lang: Language?

    @Option(name: .shortAndLong, help: "Output format: text, jsonl or csv.")
    var format: OutputFormat = .text

    @Flag(name: .long, help: "Leave out term quotes (scare quotes, titles, names): only someone's words.")
    var speechOnly = false

    func validate() throws {
        if let speaker, speaker.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--speaker needs a name")
        }
    }

    func run() throws {
        let corpus = try corpusOptions.loadCorpus()
        var filter: Set<Int>?
        if let speaker {
            let matched = corpus.speakers(matching: speaker)
            guard !matched.isEmpty else {
                Diagnostics.error("no speaker matches '\(speaker)'; 'attache speakers' lists them all")
                throw ExitStatus.noSuchSpeaker
            }
            filter = matched
        }
        let references = corpus.quotes(of: filter, language: lang, includeTerms: !speechOnly)
        var out = RecordWriter()
        switch format {
        case .jsonl:
            for ref in references {
                let article = corpus.articles[ref.article]
                out.jsonLine(QuoteRecord(article: article, quote: article.quotes[ref.quote], speakers: corpus.speakers))
            }
        case .csv:
            out.csvHeader(QuoteRecord.self)
            for ref in references {
                let article = corpus.articles[ref.article]
                out.csvRow(QuoteRecord(article: article, quote: article.quotes[ref.quote], speakers: corpus.speakers))
            }
        case .text:
            TextReport.quotes(references, in: corpus, to: &out)
        }
        out.flush()
        KeptUntilExit.keep(corpus)
        throw CorpusOptions.status(of: corpus)
    }
}
