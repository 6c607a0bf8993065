import Foundation
import NewsModel

/// One quote as `attache quotes` prints it for scripts: the JSON Lines / CSV contract.
struct QuoteRecord: OutputRecord {
    enum Column: String, CaseIterable {
        case file, record, title, date, lang, index, paragraph, start, end, text, kind, speaker
        case speakerKind = "speaker_kind", mention, role, cue
    }

    let article: Article
    let quote: Quote
    let speaker: Speaker?

    init(article: Article, quote: Quote, speakers: [Speaker]) {
        self.article = article
        self.quote = quote
        speaker = quote.speaker.map { speakers[$0] }
    }

    func value(_ column: Column) -> RecordValue {
        switch column {
        case .file: .text(article.file)
        case .record: .number(article.record)
        case .title: .text(article.title)
        case .date: .text(article.metadata.date?.description)
        case .lang: .text(article.language.rawValue)
        case .index: .number(quote.index)
        case .paragraph: .number(quote.paragraph)
        case .start: .number(quote.start)
        case .end: .number(quote.end)
        case .text: .text(String(quote.text))
        case .kind: .text(quote.kind.rawValue)
        case .speaker: .text(speaker?.name)
        case .speakerKind: .text(speaker?.kind.rawValue)
        case .mention: .text(quote.mention)
        case .role: .text(speaker?.role)
        case .cue: .text(quote.cue.rawValue)
        }
    }
}

/// One speaker as `attache speakers` prints it for scripts.
struct SpeakerRecord: OutputRecord {
    enum Column: String, CaseIterable {
        case name, kind, role, quotes, articles, mentions, members
    }

    let speaker: Speaker
    let members: [String]

    init(_ speaker: Speaker, in corpus: Corpus) {
        self.speaker = speaker
        members = speaker.members.map { corpus.speakers[$0].name }
    }

    func value(_ column: Column) -> RecordValue {
        switch column {
        case .name: .text(speaker.name)
        case .kind: .text(speaker.kind.rawValue)
        case .role: .text(speaker.role)
        case .quotes: .number(speaker.quoteCount)
        case .articles: .number(speaker.articleCount)
        case .mentions: .list(speaker.mentions)
        case .members: .list(members)
        }
    }
}
