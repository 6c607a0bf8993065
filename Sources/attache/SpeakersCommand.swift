import ArgumentParser
import NewsModel

/// `attache speakers`: every speaker, most quoted first.
struct SpeakersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speakers",
        abstract: "List every speaker with kind, role, quote and article counts and the mentions merged into it."
    )

    @OptionGroup var corpusOptions: CorpusOptions

    @Option(name: .shortAndLong, help: "Output format: text, jsonl or csv.")
    var format: OutputFormat = .text

    func run() throws {
        let corpus = try corpusOptions.loadCorpus()
        let speakers = corpus.speakersByQuotes
        var out = RecordWriter()
        switch format {
        case .jsonl:
            for speaker in speakers { out.jsonLine(SpeakerRecord(speaker, in: corpus)) }
        case .csv:
            out.csvHeader(SpeakerRecord.self)
            for speaker in speakers { out.csvRow(SpeakerRecord(speaker, in: corpus)) }
        case .text:
            TextReport.speakers(speakers, in: corpus, to: &out)
        }
        out.flush()
        KeptUntilExit.keep(corpus)
        throw CorpusOptions.status(of: corpus)
    }
}
