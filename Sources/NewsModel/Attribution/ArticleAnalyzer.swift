import Foundation

/// Turns one loaded document into an analysed article: paragraphs, repeats, quotes, kinds and speakers.
///
/// Speakers come out as entities local to the article; `Corpus` merges them across articles.
public struct ArticleAnalyzer: Sendable {
    public init() {}

    /// The article and its local speaker entities (quotes' `speaker` indexes that list until the corpus
    /// assigns global ids).
    /// `counter`, given by tests, counts the steps of the searches that could grow with the article;
    /// `caches`, given by a load, keeps the facts of words from article to article.
    func analyze(_ document: ArticleDocument, id: Int, caches: WordFactsCaches? = nil,
                 counter: WorkCounter? = nil) -> (article: Article, entities: [LocalEntity]) {
        let text = document.text
        let scalars = ScalarText.scalars(of: text)
        // views of the text, taken once: `document.paragraphs` copies each paragraph out of it
        let paragraphTexts = document.paragraphViews
        var paragraphs: [Paragraph] = []
        paragraphs.reserveCapacity(paragraphTexts.count)
        var offset = 0
        for paragraph in paragraphTexts {
            let count = ScalarText.scalarCount(paragraph)
            paragraphs.append(Paragraph(range: offset..<offset + count))
            offset += count + 2
        }
        markRepeats(&paragraphs, paragraphTexts)
        let language = document.metadata.language ?? LanguageGuesser.guess(paragraphTexts)
        let ranges = paragraphs.map(\.range)
        let spans = QuoteScanner().scan(scalars, paragraphs: ranges, counter: counter)
        // An article without a quote has no speaker, and nothing of it is kept but its paragraphs: its words,
        // mentions and entities (three quarters of an analysis) are not made. Briefs, results and notices in
        // an archive have none.
        guard !spans.isEmpty else {
            return (article(of: document, id: id, text: text, language: language, paragraphs: paragraphs, paragraphTexts: paragraphTexts), [])
        }
        let spanTexts = Self.innerTexts(spans, scalars, in: text, counter: counter)
        // the store's lexicon by reference, held so by the parser and the attributor; the word facts and the entity
        // table borrow one copy (passed as the shared one's property, it was copied for each call: two dozen lists
        // retained and released a copy)
        let shared = SharedLexicon.forLanguage(language)
        let lexicon = shared.lexicon
        // by paragraph, as flags: sets of paragraphs, speakers and mentions, most of them empty, cost 1 800 instructions each
        let repeated = paragraphs.map { $0.repeatOf != nil }

        // one pass at its size: `enumerated().filter().map()` copied each span twice, its segments retained (4.5 M on 1 000 articles)
        var topLevel: [(index: Int, span: QuoteSpan)] = []
        topLevel.reserveCapacity(spans.count)
        for index in spans.indices where spans[index].depth == 0 { topLevel.append((index, spans[index])) }
        var tokens = Tokenizer().tokens(scalars, paragraphs: ranges, quotes: topLevel, skipped: repeated)
        let cache = caches?.borrow(language)
        let (firstOfForm, forms, formStrings, stringCount) = WordFacts.annotate(&tokens, lexicon: lexicon, places: Places.shared, cache: cache)
        if let cache { caches?.giveBack(cache) }
        let sentences = SentenceSplitter().sentences(tokens) { index in
            // a switch: `".!?…".contains(last)` searched with Foundation, a hundredth of the analysis; an ASCII last
            // byte is the last scalar (a view's scalar view decoded it through its indices: 1.8 M on 1 000 articles)
            if let byte = spanTexts[index].utf8.last, byte < 0x80 { return SentenceSplitter.isSentenceEnd(Unicode.Scalar(byte)) }
            return SentenceSplitter.isSentenceEnd(spanTexts[index].unicodeScalars.last)
        }
        var sentenceStarts = Array(repeating: false, count: tokens.count)
        for sentence in sentences { sentenceStarts[sentence.lowerBound] = true }
        let words = ArticleWords(tokens: tokens, forms: forms, firsts: firstOfForm, strings: formStrings, stringCount: stringCount,
                                 sentenceStarts: sentenceStarts)
        let parser = MentionParser(tokens: tokens, text: scalars, lexicon: shared, places: Places.shared,
                                   sentenceStarts: sentenceStarts, articleWords: words)
        var mentions: [Mention] = []
        var mentionSentence: [Int] = []
        for (number, sentence) in sentences.enumerated() {
            let before = mentions.count
            parser.appendMentions(in: sentence, to: &mentions)
            for _ in before..<mentions.count { mentionSentence.append(number) }
        }
        var table = EntityTable(lexicon: lexicon, allMentions: mentions, counter: counter)
        var mentionEntities: [Int?] = []
        mentionEntities.reserveCapacity(mentions.count)
        // by index here and below: `enumerated()` and `zip` copied each mention whole, its strings retained and
        // released (14 M instructions on 1 000 articles, with the attributor's two loops)
        for index in mentions.indices {
            let sentence = mentionSentence[index]
            let opens = index == 0 || mentionSentence[index - 1] != sentence
            mentionEntities.append(table.resolve(mentions, at: index, subjectOf: opens ? sentence : nil, in: sentence))
        }
        let attributor = Attributor(tokens: tokens, sentences: sentences, mentions: mentions, entities: mentionEntities,
                                    lexicon: shared, spans: spans, spanTexts: spanTexts, counter: counter)
        let attributions = attributor.attributeAll()

        var quotes: [Quote] = []
        quotes.reserveCapacity(spans.count)
        for index in spans.indices {  // in text order, which is the order speakers are described in
            // made in its place and set there: a quote made aside was copied in, its strings and span retained
            // and the local released (4 M on 1 000 articles)
            quotes.append(Quote(index: quotes.count, span: spans[index], text: spanTexts[index], kind: .term))
            let q = quotes.count - 1
            let paragraph = spans[index].paragraph
            quotes[q].isRepeat = paragraph < repeated.count && repeated[paragraph]
            guard let found = attributions[index] else { continue }
            quotes[q].kind = found.kind
            quotes[q].speaker = found.entity
            quotes[q].cue = found.cue
            var described: (text: String, range: Range<Int>)?
            if found.entity == nil, found.kind != .term, let phrase = found.descriptive {
                let words = tokens[phrase].map(\.text)
                let scalarRange = tokens[phrase.lowerBound].range.lowerBound..<tokens[phrase.upperBound - 1].range.upperBound
                let written = ScalarText.string(scalars[scalarRange])
                quotes[q].speaker = table.describedSpeaker(words: words, text: written)
                described = (written, scalarRange)
            }
            if let m = found.mention {
                quotes[q].mention = mentions[m].text
                quotes[q].mentionRange = mentions[m].range
            } else if let described {
                quotes[q].mention = described.text
                quotes[q].mentionRange = described.range
            }
        }
        copyRepeatedAttributions(&quotes, paragraphs)
        var speakerMentions: [SpeakerMention] = []
        var speaking = Array(repeating: false, count: table.entities.count)
        for index in quotes.indices { if let speaker = quotes[index].speaker, speaker < speaking.count { speaking[speaker] = true } }
        var quotedMentions = Array(repeating: false, count: mentions.count)
        for attribution in attributions { if let mention = attribution?.mention, mention < mentions.count { quotedMentions[mention] = true } }
        for index in mentions.indices where quotedMentions[index] && mentions[index].isPlace {  // in text order: mentions keep the order they were seen
            if let entity = mentionEntities[index] { table.noteMention(mentions[index].text, of: entity) }
        }
        // counted first, kept at its size: growing it cost 2 M on 1 000 articles, and the article keeps it
        func speaks(_ index: Int) -> Int? {
            guard let entity = mentionEntities[index], entity < speaking.count, speaking[entity] else { return nil }
            return mentions[index].isPlace && !quotedMentions[index] ? nil : entity
        }
        speakerMentions.reserveCapacity(mentions.indices.count { speaks($0) != nil })
        for index in mentions.indices {
            if let entity = speaks(index) { speakerMentions.append(SpeakerMention(range: mentions[index].range, speaker: entity)) }
        }
        let article = article(of: document, id: id, text: text, language: language, paragraphs: paragraphs, paragraphTexts: paragraphTexts,
                              quotes: quotes, speakerMentions: speakerMentions)
        return (article, table.entities)
    }

    /// The analysed article of `document`: titled by its metadata, else by its first paragraphs.
    private func article(of document: ArticleDocument, id: Int, text: String, language: Language, paragraphs: [Paragraph], paragraphTexts: [Substring],
                         quotes: [Quote] = [], speakerMentions: [SpeakerMention] = []) -> Article {
        let title = document.metadata.title ?? fallbackTitle(from: paragraphTexts.map(String.init)) ?? "(untitled)"
        return Article(id: id, file: document.file, record: document.record, metadata: document.metadata, language: language,
                       title: title, text: text, paragraphs: paragraphs, quotes: quotes, speakerMentions: speakerMentions,
                       quotesViewText: true)
    }

    /// A repeated paragraph's quotes take the kind and speaker of the same quotes in the original.
    func copyRepeatedAttributions(_ quotes: inout [Quote], _ paragraphs: [Paragraph]) {
        // most articles repeat no paragraph with a quote in it: no table of every quote for them
        guard quotes.contains(where: { $0.isRepeat }) else { return }
        // made at its final size (growing it rehashed every quote again), read by index (not a copy of each quote)
        var byStart: [Int: Int] = [:]
        byStart.reserveCapacity(quotes.count)
        for index in quotes.indices { byStart[quotes[index].start] = index }
        for index in quotes.indices where quotes[index].isRepeat {
            let paragraph = paragraphs[quotes[index].paragraph]
            guard let original = paragraph.repeatOf else { continue }
            let shift = paragraph.range.lowerBound - paragraphs[original].range.lowerBound
            guard let source = byStart[quotes[index].start - shift] else { continue }
            quotes[index].kind = quotes[source].kind
            quotes[index].speaker = quotes[source].speaker
            quotes[index].mention = quotes[source].mention
            quotes[index].cue = quotes[source].cue
        }
    }
}
