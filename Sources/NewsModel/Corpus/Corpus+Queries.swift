/// Questions the commands and the reader ask of a corpus.
extension Corpus {
    /// A quote with the article it stands in.
    ///
    /// Stored in 32 bits each, as the corpus' own offsets are: the reader keeps one for every quote
    /// of the corpus, twice (8 bytes instead of 16, 9 MB less at 100 000 articles).
    public struct QuoteReference: Sendable, Equatable {
        @Compact<UInt32> public var article: Int
        @Compact<UInt32> public var quote: Int

        public init(article: Int, quote: Int) {
            self.article = article
            self.quote = quote
        }
    }

    /// Speakers whose name or any mention matches `query` (whole words, case- and accent-insensitive);
    /// a group matches when the group or one of its members does.
    public func speakers(matching query: String) -> Set<Int> {
        var ids = Set(speakers.filter { $0.matches(query) }.map(\.id))
        for speaker in speakers where speaker.kind == .group && !ids.isDisjoint(with: speaker.members) {
            ids.insert(speaker.id)
        }
        return ids
    }

    /// Counted quotes in corpus order, optionally only those of `speakers` and of articles in `language`.
    public func quotes(of speakers: Set<Int>? = nil, language: Language? = nil, includeTerms: Bool = true) -> [QuoteReference] {
        var result: [QuoteReference] = []
        for article in articles where language == nil || article.language == language {
            for quote in article.quotes where !quote.isRepeat {
                if !includeTerms, quote.kind == .term { continue }
                if let speakers {
                    guard let speaker = quote.speaker, speakers.contains(speaker) else { continue }
                }
                result.append(QuoteReference(article: article.id, quote: quote.index))
            }
        }
        return result
    }

    /// Speakers ordered most quoted first, then by name.
    public var speakersByQuotes: [Speaker] {
        speakers.sorted { ($1.quoteCount, $0.name) < ($0.quoteCount, $1.name) }
    }
}
