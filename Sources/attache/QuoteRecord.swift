import Foundation
import NewsModel

/// One quote as `attache quotes` prints it for scripts: the JSON Lines / CSV contract.
struct QuoteRecord: Encodable {
    var file: String
    var record: Int?
    var title: String
    var date: String?
    var lang: String
    var index: Int
    var paragraph: Int
    var start: Int
    var end: Int
    var text: String
    var kind: String
    var speaker: String?
    var speakerKind: String?
    var mention: String?
    var role: String?
    var cue: String

    static let columns = ["file", "record", "title", "date", "lang", "index", "paragraph", "start", "end", "text",
                          "kind", "speaker", "speaker_kind", "mention", "role", "cue"]

    init(article: Article, quote: Quote, speakers: [Speaker]) {
        let speaker = quote.speaker.map { speakers[$0] }
        file = article.file
        record = article.record
        title = article.title
        date = article.metadata.date?.description
        lang = article.language.rawValue
        index = quote.index
        paragraph = quote.paragraph
        start = quote.start
        end = quote.end
        text = quote.text
        kind = quote.kind.rawValue
        self.speaker = speaker?.name
        speakerKind = speaker?.kind.rawValue
        mention = quote.mention
        role = speaker?.role
        cue = quote.cue.rawValue
    }

    enum CodingKeys: String, CodingKey {
        case file, record, title, date, lang, index, paragraph, start, end, text, kind, speaker
        case speakerKind = "speaker_kind", mention, role, cue
    }

    /// Nulls are written out, so every line has every key.
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(record, forKey: .record)
        try c.encode(title, forKey: .title)
        try c.encode(date, forKey: .date)
        try c.encode(lang, forKey: .lang)
        try c.encode(index, forKey: .index)
        try c.encode(paragraph, forKey: .paragraph)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(text, forKey: .text)
        try c.encode(kind, forKey: .kind)
        try c.encode(speaker, forKey: .speaker)
        try c.encode(speakerKind, forKey: .speakerKind)
        try c.encode(mention, forKey: .mention)
        try c.encode(role, forKey: .role)
        try c.encode(cue, forKey: .cue)
    }

    var csvFields: [String] {
        [file, record.map(String.init) ?? "", title, date ?? "", lang, String(index), String(paragraph), String(start),
         String(end), text, kind, speaker ?? "", speakerKind ?? "", mention ?? "", role ?? "", cue]
    }
}

/// One speaker as `attache speakers` prints it for scripts.
struct SpeakerRecord: Encodable {
    var name: String
    var kind: String
    var role: String?
    var quotes: Int
    var articles: Int
    var mentions: [String]
    var members: [String]

    static let columns = ["name", "kind", "role", "quotes", "articles", "mentions", "members"]

    init(_ speaker: Speaker, in corpus: Corpus) {
        name = speaker.name
        kind = speaker.kind.rawValue
        role = speaker.role
        quotes = speaker.quoteCount
        articles = speaker.articleCount
        mentions = speaker.mentions
        members = speaker.members.map { corpus.speakers[$0].name }
    }

    func encode(to encoder: Encoder) throws {
        enum Keys: String, CodingKey { case name, kind, role, quotes, articles, mentions, members }
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(name, forKey: .name)
        try c.encode(kind, forKey: .kind)
        try c.encode(role, forKey: .role)
        try c.encode(quotes, forKey: .quotes)
        try c.encode(articles, forKey: .articles)
        try c.encode(mentions, forKey: .mentions)
        try c.encode(members, forKey: .members)
    }

    var csvFields: [String] {
        [name, kind, role ?? "", String(quotes), String(articles), mentions.joined(separator: "; "), members.joined(separator: "; ")]
    }
}
