/// Ties each top-level quote of one article to its speaker from the words around it.
///
/// Tried in order: the reporting verb and speaker after the quote (“…”, zei X; “…,” X said), a source
/// marker (aldus X, according to X), the reporting verb before the quote with its subject (X zei dat …
/// “…”; Dat noemde hij een “…”), a colon (X: “…”), then for a partial quote the sentence's subject, and
/// for a quote with no attribution of its own the speaker of the quote just before it.
struct Attributor {
    let tokens: [Token]
    let sentences: [Range<Int>]
    let mentions: [Mention]
    /// The entity each mention resolved to.
    let entities: [Int?]
    /// The lexicon, by reference (`lexicon` reads it in place): a copy of its lists was retained for every
    /// article, and released with it.
    let sharedLexicon: SharedLexicon
    let spans: [QuoteSpan]
    let spanTexts: [Substring]
    /// By token position: the mention starting there and the one ending just before it (mention index by its
    /// first token, and by the token just past its last); for each token, where the clause before it starts
    /// (just past the last quote before it in its sentence, else the sentence's start: a verb's subject is
    /// looked for from there); and the first mention of each clause that can be a subject: one naming an
    /// entity, not the object of a preposition. Made once, so finding a verb's subject costs the same in a
    /// sentence of ten words and in one of a million.
    private let positions: Positions
    /// The quote tokens of each sentence, as a range of `quoteTokens`, found in the walk that finds the
    /// clauses: `attributeAll` reads these instead of every token's kind (6 M on 1 000 articles).
    private let sentenceQuotes: [Range<Int>]
    private let quoteTokens: [Int]
    /// Counts the steps of the searches around each quote, when tests ask.
    let counter: WorkCounter?

    /// The lexicon, read where the shared one keeps it: no copy of its lists retained.
    var lexicon: Lexicon {
        _read { yield sharedLexicon.lexicon }
    }

    /// Tokens before a quote in which a term cue ("so-called", "zogenaamde") is looked for. The cue stands
    /// within three words of the quote, past determiners and punctuation; a window keeps a quote at the end
    /// of a run of marks and commas from walking back over all of them.
    static let termCueWindow = 10

    init(tokens: [Token], sentences: [Range<Int>], mentions: [Mention], entities: [Int?], lexicon: SharedLexicon, spans: [QuoteSpan],
         spanTexts: [Substring], counter: WorkCounter? = nil) {
        self.tokens = tokens
        self.sentences = sentences
        self.mentions = mentions
        self.entities = entities
        sharedLexicon = lexicon
        self.spans = spans
        self.spanTexts = spanTexts
        self.counter = counter
        var positions = Positions(count: tokens.count + 1)  // a mention ends at most just past the last token
        var sentenceQuotes: [Range<Int>] = []
        sentenceQuotes.reserveCapacity(sentences.count)
        var quoteTokens: [Int] = []
        quoteTokens.reserveCapacity(spans.count)
        // through its buffer: written by subscript beside the appends, the array was asked at every token
        // whether it was uniquely referenced (4.5 M on 1 000 articles)
        positions.entries.withUnsafeMutableBufferPointer { entries in
            // by index, reading the one field: `enumerated()` copied each mention whole, its strings retained and released
            for index in mentions.indices {
                let range = mentions[index].tokens
                precondition(range.lowerBound >= 0 && range.upperBound < entries.count, "a mention among the tokens")
                entries[range.lowerBound].mentionStarting = Int32(truncatingIfNeeded: index)
                entries[range.upperBound].mentionEnding = Int32(truncatingIfNeeded: index)
            }
            for sentence in sentences {
                precondition(sentence.lowerBound >= 0 && sentence.upperBound < entries.count, "a sentence of the tokens")
                var start = sentence.lowerBound
                let first = quoteTokens.count
                for k in sentence {
                    entries[k].clauseStart = Int32(truncatingIfNeeded: start)
                    if tokens[k].quoteIndex != nil {
                        start = k + 1
                        quoteTokens.append(k)
                    }
                }
                sentenceQuotes.append(first..<quoteTokens.count)
            }
            for index in mentions.indices {
                // a mention contains no quote, so its clause is that of its first token
                let first = mentions[index].tokens.lowerBound
                let start = Int(entries[first].clauseStart)
                guard entries[start].clauseSubject < 0, entities[index] != nil else { continue }
                let before = first - 1
                if before >= start, tokens[before].isWord, tokens[before].facts.classes.contains(.preposition) { continue }
                entries[start].clauseSubject = Int32(truncatingIfNeeded: index)
            }
        }
        self.positions = positions
        self.sentenceQuotes = sentenceQuotes
        self.quoteTokens = quoteTokens
    }

    /// Attributions for every top-level quote token, by span index.
    func attributeAll() -> [Attribution?] {
        // by span index, in an array: a dictionary hashed each quote's index at its insertion, and the caller
        // sorted its entries back into text order
        var result = [Attribution?](repeating: nil, count: spans.count)
        var previous: (attribution: Attribution, paragraph: Int)?
        // the speaker of the sentence after each sentence, found once: the search reads the whole next sentence
        // (made at the first search: few articles search at all, and making it for each cost 0.7 M on 1 000 articles)
        var followingSpeaker: [Int??] = []
        func speakerAfter(_ s: Int) -> Int? {
            if followingSpeaker.isEmpty { followingSpeaker = Array(repeating: nil, count: sentences.count) }
            if let known = followingSpeaker[s] { return known }
            let found = followingSentenceSpeaker(after: s)
            followingSpeaker[s] = .some(found)
            return found
        }
        for s in sentences.indices where !sentenceQuotes[s].isEmpty {
            let sentence = sentences[s]
            var earlierInSentence: Attribution?
            for q in quoteTokens[sentenceQuotes[s]] {
                guard let spanIndex = tokens[q].quoteIndex else { continue }
                var attribution = attribute(q, in: sentence, after: earlierInSentence)
                let kind = classify(q, in: sentence, found: attribution)
                attribution.kind = kind
                if kind == .term {
                    attribution.entity = nil
                    attribution.mention = nil
                    attribution.cue = .none
                } else if attribution.entity == nil {
                    if let previous, previous.attribution.entity != nil, spans[spanIndex].paragraph - previous.paragraph <= 1,
                       kind == .direct || isSentenceInitial(q, sentence) {
                        attribution.entity = previous.attribution.entity
                        attribution.mention = previous.attribution.mention
                        attribution.cue = .continuation
                    } else if kind == .direct, let following = speakerAfter(s) {
                        attribution.entity = entities[following]
                        attribution.mention = following
                        attribution.cue = .followingSentence
                    }
                }
                result[spanIndex] = attribution
                if kind != .term {
                    previous = (attribution, spans[spanIndex].lastParagraph)
                    if attribution.entity != nil { earlierInSentence = attribution }
                }
            }
        }
        return result
    }

    // MARK: - Cues

    /// The cue-based attribution of the quote at token `q`; `earlier` is the attribution of a quote before it
    /// in the same sentence, whose reporting verb also governs this one when it has no cue of its own
    /// (Hij noemde het „absurd” en schreef dat er „geen bereidheid” is · He said it was “absurd” and accused
    /// them of “abusing force”).
    func attribute(_ q: Int, in sentence: Range<Int>, after earlier: Attribution? = nil) -> Attribution {
        if let found = rightCue(q, sentence) ?? leftCue(q, sentence) {
            return found
        }
        if let earlier, earlier.entity != nil {
            return Attribution(kind: .partial, entity: earlier.entity, mention: earlier.mention, cue: .sentenceSubject,
                               descriptive: earlier.descriptive)
        }
        if !isSentenceInitial(q, sentence), let m = sentenceSubject(q, sentence) {
            return found(m, .sentenceSubject)
        }
        return Attribution(kind: .partial, entity: nil, mention: nil, cue: .none)
    }

    /// “…”, zei X · “…,” X said · “…”, aldus X · « … », a déclaré X · « … », a-t-il ajouté
    func rightCue(_ q: Int, _ sentence: Range<Int>) -> Attribution? {
        var k = q + 1
        while k < sentence.upperBound, Self.isCommaOrOpeningDash(tokens[k]) { k += 1 }
        guard k < sentence.upperBound, tokens[k].isWord else { return nil }
        // an auxiliary by the word's class (`lexicon.auxiliaries` as `WordFacts` found it): hashing the word
        // into the set cost 385 instructions a look-up, 3.7 M on 1 000 articles
        if tokens[k].facts.classes.contains(.auxiliary), k + 1 < sentence.upperBound {
            if let m = positions.mention(startingAt: k + 1), verbLength(at: mentions[m].tokens.upperBound, sentence) != nil {
                return found(m, .quoteVerbSpeaker)  // “…”, heeft hij gezegd
            }
            if verbLength(at: k + 1, sentence) != nil { k += 1 }  // « … », a déclaré X
        }
        if let m = positions.mention(startingAt: k), case .pronoun = mentions[m].kind, tokens[k].facts.invertedPronoun != nil {
            return found(m, .quoteVerbSpeaker)  // « … », a-t-il ajouté
        }
        if let length = verbLength(at: k, sentence) {
            var after = k + length
            if after < sentence.upperBound, tokens[after].facts.classes.contains(.auxiliary) { after += 1 }
            if let m = positions.mention(startingAt: after) { return found(m, .quoteVerbSpeaker) }
        }
        if let m = positions.mention(startingAt: k) {
            var after = mentions[m].tokens.upperBound
            after = skipApposition(after, sentence)
            if after < sentence.upperBound, tokens[after].facts.classes.contains(.auxiliary) { after += 1 }
            if verbLength(at: after, sentence) != nil { return found(m, .quoteVerbSpeaker) }
        }
        if let length = sourceMarkerLength(at: k, sentence), let m = positions.mention(startingAt: k + length) {
            return found(m, .sourceMarker)
        }
        // “…,” the organizer told them · “…,” said a senior adviser to the campaign
        if let phrase = descriptivePhrase(at: k, sentence), verbLength(at: phrase.upperBound, sentence) != nil {
            return Attribution(kind: .partial, entity: nil, mention: nil, cue: .quoteVerbSpeaker, descriptive: phrase)
        }
        if verbLength(at: k, sentence) != nil, let phrase = descriptivePhrase(at: k + 1, sentence) {
            return Attribution(kind: .partial, entity: nil, mention: nil, cue: .quoteVerbSpeaker, descriptive: phrase)
        }
        return nil
    }

    /// A determiner and up to five more words with no verb among them: "the organizer", "a senior Cruz adviser".
    func descriptivePhrase(at k: Int, _ sentence: Range<Int>) -> Range<Int>? {
        guard k < sentence.upperBound, tokens[k].isWord, tokens[k].facts.classes.contains(.determiner) else { return nil }
        var j = k + 1
        while j < sentence.upperBound, j - k <= 5, tokens[j].isWord, verbLength(at: j, sentence) == nil,
              !tokens[j].facts.classes.contains(.preposition), !tokens[j].facts.classes.contains(.auxiliary) {
            j += 1
        }
        return j > k + 1 ? k..<j : nil
    }

    /// X zei: “…” · X zei dat … “…” · Dat noemde hij een “…” · volgens X … “…” · X: “…”
    func leftCue(_ q: Int, _ sentence: Range<Int>) -> Attribution? {
        var k = q - 1
        while k >= sentence.lowerBound {
            counter?.tokens += 1
            if tokens[k].quoteIndex != nil { break }
            if tokens[k].isWord {
                // the word's facts asked here first: most words start neither, and each call read the token
                // again behind its own checks (verbLength and sourceMarkerLength were 6.1 M on 1 000 articles)
                let (classes, flags) = (tokens[k].facts.classes, tokens[k].facts.flags)
                if classes.contains(.sourceMarkerStart), let length = sourceMarkerLength(at: k, sentence), let m = positions.mention(startingAt: k + length),
                   mentions[m].tokens.upperBound <= q {
                    return found(m, .sourceMarker)
                }
                if flags.contains(.verbStart), verbLength(at: k, sentence) != nil {
                    if let m = subject(before: k, sentence) { return found(m, .speakerVerbQuote) }
                    var after = k + 1
                    while after < q, tokens[after].isWord, positions.mention(startingAt: after) == nil,
                          tokens[after].facts.classes.contains(.auxiliary)
                            || after - k <= 2 && !tokens[after].isCapitalized && !tokens[after].facts.classes.contains(.determiner) {
                        counter?.tokens += 1
                        after += 1
                    }
                    if after < q, let m = positions.mention(startingAt: after) { return found(m, .speakerVerbQuote) }
                }
            }
            k -= 1
        }
        if q - 1 >= sentence.lowerBound, tokens[q - 1].text == ":",
           let m = positions.mention(endingAt: q - 1), mentions[m].tokens.lowerBound >= sentence.lowerBound {
            return found(m, .colon)
        }
        // a source marker after the quote, later in the sentence: “…” zei de premier, volgens X — rare, but "“…”, aldus"
        return nil
    }

    /// The first mention of the clause before the verb at `v` that names an entity and is not the object
    /// of a preposition. (Mentions do not overlap, so when the clause's first such mention does not end
    /// before `v`, no later one does.)
    func subject(before v: Int, _ sentence: Range<Int>) -> Int? {
        counter?.mentions += 1
        guard v < tokens.count, let m = positions.clauseSubject(positions.clauseStart(v)), mentions[m].tokens.upperBound <= v else { return nil }
        return m
    }

    /// The first mention of the sentence that can speak, preferring one before the quote.
    func sentenceSubject(_ q: Int, _ sentence: Range<Int>) -> Int? {
        subject(before: q, sentence)
    }

    /// “…” — The minister said so on Monday: a next sentence with a reporting verb and no quote of its own.
    func followingSentenceSpeaker(after s: Int) -> Int? {
        guard s + 1 < sentences.count else { return nil }
        let next = sentences[s + 1]
        counter?.tokens += next.count
        guard !next.contains(where: { tokens[$0].quoteIndex != nil }) else { return nil }
        for k in next where verbLength(at: k, next) != nil {
            if let m = subject(before: k, next) { return m }
            return nil
        }
        return nil
    }

    // MARK: - Kinds

    func classify(_ q: Int, in sentence: Range<Int>, found: Attribution) -> Quote.Kind {
        guard let spanIndex = tokens[q].quoteIndex else { return .term }
        if spans[spanIndex].depth > 0 { return .term }
        if hasTermCue(before: q, sentence) { return .term }
        let shape = Self.shape(of: spanTexts[spanIndex])
        let words = shape.words  // asked only against 2, 4 and 6
        if isSentenceInitial(q, sentence) { return words <= 2 && found.entity == nil && !shape.endsLikeSpeech && shape.isShortTitle ? .term : .direct }
        if let previous = previousToken(q, sentence), previous.text == ":" { return .direct }
        if found.entity == nil {
            return words >= 6 || shape.endsLikeSpeech && words >= 4 ? .partial : .term
        }
        if found.cue == .sentenceSubject || found.cue == .none, shape.isShortTitle { return .term }
        if shape.isShortTitle, let previous = previousToken(q, sentence), MentionParser.possessorBase(previous.text) != nil {
            return .term  // Tuchman's “The Guns of August”
        }
        if shape.endsLikeSpeech, words >= 4, isClauseInitial(q, sentence) { return .direct }
        return .partial
    }

    func isSentenceInitial(_ q: Int, _ sentence: Range<Int>) -> Bool {
        var k = q - 1
        while k >= sentence.lowerBound, Self.isOpeningDash(tokens[k]) { k -= 1 }
        return k < sentence.lowerBound
    }

    /// After a reporting verb and its speaker ("zei hij," “…”) or a dash: a clause of its own.
    func isClauseInitial(_ q: Int, _ sentence: Range<Int>) -> Bool {
        guard let previous = previousToken(q, sentence) else { return true }
        return previous.text == "," || previous.text == ":" || previous.text == "—" || verbLength(at: q - 1, sentence) != nil
    }

    func previousToken(_ q: Int, _ sentence: Range<Int>) -> Token? {
        q - 1 >= sentence.lowerBound ? tokens[q - 1] : nil
    }

    func hasTermCue(before q: Int, _ sentence: Range<Int>) -> Bool {
        var k = q - 1
        var looked = 0
        while k >= max(sentence.lowerBound, q - Self.termCueWindow), looked < 3 {
            counter?.tokens += 1
            if tokens[k].isWord {
                let classes = tokens[k].facts.classes
                if classes.contains(.termCue) { return true }
                // a cue of two words is looked up (and its text made) only after the first word of one
                if k > sentence.lowerBound, tokens[k - 1].facts.classes.contains(.termCueStart),
                   lexicon.termCues.contains(tokens[k - 1].lower + " " + tokens[k].lower) { return true }
                if !classes.contains(.determiner) { looked += 1 }
            }
            k -= 1
        }
        return false
    }

    static func endsLikeSpeech(_ text: Substring) -> Bool {
        let scalars = text.unicodeScalars
        guard let last = scalars.last else { return false }
        // a switch: searching the string ".!?,…" for the character cost 1 400 instructions a quote
        switch last {
        case ".", "!", "?", ",", "…": break
        default: return false
        }
        // the last character is that scalar alone unless a scalar before it joins it: only a prepended mark
        // can (Grapheme_Cluster_Break=Prepend, all at U+0600 and above), so below that the scalar answers
        // (finding the last character took 870 instructions a quote)
        let before = scalars.index(before: scalars.endIndex)
        if before == scalars.startIndex || scalars[scalars.index(before: before)].value < 0x600 { return true }
        switch text.last {
        case ".", "!", "?", ",", "…": return true
        default: return false
        }
    }

    /// "Saturday Night Live", "Wachttoren": every word capitalised. ASCII text (no carriage return, which
    /// joins a line feed into one character) is read byte by byte: there a character is a byte.
    static func isTitleCase(_ text: Substring) -> Bool {
        if let answer = Self.asciiIsTitleCase(text) { return answer }
        if let answer = Self.scalarIsTitleCase(text) { return answer }
        let words = text.split(whereSeparator: { $0 == " " })
        return !words.isEmpty && words.allSatisfy { $0.first?.isUppercase == true || $0.count <= 3 } && words.first?.first?.isUppercase == true
    }

    /// `isTitleCase` of ASCII text without a carriage return; nil for any other text.
    static func asciiIsTitleCase(_ text: some StringProtocol) -> Bool? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var words = 0
            var wordLength = 0
            var wordCapitalised = false
            var allFit = true
            var firstCapitalised = false
            for byte in bytes {
                guard byte < 0x80, byte != 0x0D else { return nil }
                if byte == 0x20 {
                    if wordLength > 0, !wordCapitalised, wordLength > 3 { allFit = false }
                    wordLength = 0
                    continue
                }
                if wordLength == 0 {
                    wordCapitalised = (0x41...0x5A).contains(byte)
                    if words == 0 { firstCapitalised = wordCapitalised }
                    words += 1
                }
                wordLength += 1
            }
            if wordLength > 0, !wordCapitalised, wordLength > 3 { allFit = false }
            return words > 0 && allFit && firstCapitalised
        } ?? nil  // not contiguous (a bridged string): read as scalars
    }

    /// `isTitleCase` of text whose every scalar is a character of its own (`ScalarText.isOneScalarPerCharacter`:
    /// "Élysée", "Hoekstra’s"), read scalar by scalar: a word's first character is its first scalar, its
    /// length its scalars. Nil for any other text. (Splitting French and German quotes into characters cost
    /// 2 500 instructions a quote.)
    static func scalarIsTitleCase(_ text: some StringProtocol) -> Bool? {
        var words = 0
        var wordLength = 0
        var wordCapitalised = false
        var allFit = true
        var firstCapitalised = false
        for scalar in text.unicodeScalars {
            guard ScalarText.isOneScalarPerCharacter(scalar) else { return nil }
            if scalar == " " {
                if wordLength > 0, !wordCapitalised, wordLength > 3 { allFit = false }
                wordLength = 0
                continue
            }
            if wordLength == 0 {
                wordCapitalised = scalar.isASCII ? (0x41...0x5A).contains(scalar.value) : Character(scalar).isUppercase
                if words == 0 { firstCapitalised = wordCapitalised }
                words += 1
            }
            wordLength += 1
        }
        if wordLength > 0, !wordCapitalised, wordLength > 3 { allFit = false }
        return words > 0 && allFit && firstCapitalised
    }

    // MARK: - Lexicon look-ups

    /// `token.isMark(in: "(—–-")`, from its facts (`WordFacts.Flags.openingDash`).
    @inline(__always)
    static func isOpeningDash(_ token: borrowing Token) -> Bool {
        guard case .punctuation = token.kind else { return false }
        return token.facts.flags.contains(.openingDash)
    }

    /// `token.isMark(in: ",—–-(")`: a comma (a mark's one scalar, so its first byte) or an opening dash.
    @inline(__always)
    static func isCommaOrOpeningDash(_ token: borrowing Token) -> Bool {
        guard case .punctuation = token.kind else { return false }
        return token.facts.flags.contains(.openingDash) || token.text.utf8.first == UInt8(ascii: ",")
    }

    /// Tokens taken by a reporting verb at `k`; a multi-word verb's other words may stand later in the clause.
    func verbLength(at k: Int, _ sentence: Range<Int>) -> Int? {
        guard k < sentence.upperBound, tokens[k].isWord, tokens[k].facts.flags.contains(.verbStart) else { return nil }
        if tokens[k].facts.flags.contains(.oneWordVerb) { return 1 }  // a verb of one word: whatever follows, it takes one token
        let lower = tokens[k].lower
        let base = tokens[k].facts.invertedPronoun != nil ? String(lower.split(separator: "-").first ?? "") : lower
        guard let rests = lexicon.reportingVerbs[base] else { return nil }
        for rest in rests {
            if rest.isEmpty { return 1 }
            var j = k + 1
            var matched = 0
            let limit = min(sentence.upperBound, k + 12)
            while j < limit, matched < rest.count {
                if tokens[j].quoteIndex != nil { break }
                if tokens[j].lower == rest[matched] { matched += 1 }
                j += 1
            }
            if matched == rest.count { return 1 }
        }
        return nil
    }

    /// Tokens taken by a source marker at `k` ("according to").
    func sourceMarkerLength(at k: Int, _ sentence: Range<Int>) -> Int? {
        guard k < sentence.upperBound, tokens[k].isWord, tokens[k].facts.classes.contains(.sourceMarkerStart),
              let rests = lexicon.sourceMarkers[tokens[k].lower] else { return nil }
        for rest in rests {
            let end = k + 1 + rest.count
            guard end <= sentence.upperBound else { continue }
            if zip(rest, tokens[(k + 1)..<end]).allSatisfy({ $0 == $1.lower }) { return 1 + rest.count }
        }
        return nil
    }

    /// Skips ", secretary general of NATO," after a name.
    func skipApposition(_ k: Int, _ sentence: Range<Int>) -> Int {
        guard k < sentence.upperBound, tokens[k].text == "," else { return k }
        var j = k + 1
        while j < min(sentence.upperBound, k + 12) {
            if tokens[j].text == "," { return j + 1 }
            if tokens[j].quoteIndex != nil { return k }
            j += 1
        }
        return k
    }

    private func found(_ mention: Int, _ cue: Quote.Cue) -> Attribution {
        Attribution(kind: .partial, entity: entities[mention], mention: mention, cue: cue)
    }
}
