/// Reads noun phrases that can name a speaker out of a token stream, using one language's lexicon.
struct MentionParser {
    let tokens: [Token]
    let text: [Unicode.Scalar]
    /// The lexicon, by reference (`lexicon` reads it in place).
    let sharedLexicon: SharedLexicon
    let places: Places
    /// For each token index, whether it starts a sentence.
    let sentenceStarts: [Bool]
    /// What the whole article says of a word: written in lower case somewhere (a capitalised copy at a
    /// sentence start is no name), capitalised other than at a sentence start, or in a run of capitalised
    /// words ("Antony Blinken": a lone capitalised word is taken for a person only when it is a name part,
    /// has a title, or speaks).
    let articleWords: ArticleWords
    /// `PackedASCII.stringsFromBits`, read once: a mention's text of fifteen bytes or fewer is made from its bits.
    let stringsFromBits = PackedASCII.stringsFromBits

    /// (The lexicon borrowed: taken as its own, it was copied by the caller for the call, and destroyed here.)
    init(tokens: [Token], text: [Unicode.Scalar], lexicon: borrowing Lexicon, places: Places, sentenceStarts: [Bool], articleWords: ArticleWords) {
        self.init(tokens: tokens, text: text, lexicon: SharedLexicon.of(lexicon), places: places, sentenceStarts: sentenceStarts,
                  articleWords: articleWords)
    }

    /// The parser of an article in the store's lexicon, held as it is.
    init(tokens: [Token], text: [Unicode.Scalar], lexicon: SharedLexicon, places: Places, sentenceStarts: [Bool], articleWords: ArticleWords) {
        self.tokens = tokens
        self.text = text
        sharedLexicon = lexicon
        self.places = places
        self.sentenceStarts = sentenceStarts
        self.articleWords = articleWords
    }

    /// The lexicon, read where the shared one keeps it: no copy of its lists retained.
    var lexicon: Lexicon {
        _read { yield sharedLexicon.lexicon }
    }

    /// The gender an empty role gives (that of the empty word): asked of every name without a title.
    var genderOfNoRole: Gender? { sharedLexicon.genderOfNoRole }

    static let nameParticles: Set<String> = ["van", "de", "der", "den", "von", "la", "le", "du", "da", "di", "dos", "bin", "al", "el", "ter", "ten", "zu", "ibn", "abu", "bint", "'t", "d'"]
    static let complementPrepositions: Set<String> = ["van", "of", "für", "des", "du", "de", "voor", "for"]

    /// Appends every mention in `sentence`, left to right, none overlapping, to those of the sentences
    /// before it (an array per sentence, appended and freed, cost the analysis a hundredth).
    func appendMentions(in sentence: Range<Int>, to result: inout [Mention]) {
        // an article's mentions are one in nine to twenty of its tokens: room made for one in eight at the first
        // sentence, where the array grew from one by doubling, copying its mentions six times an article
        // (appendMentions on 1 000 articles: 87.5 → 85.6 M; for one in sixteen, it still grew in 1 337 articles,
        // 0.9 M, now in 1 057, 0.6 M)
        if result.capacity == 0 { result.reserveCapacity(tokens.count / 8) }
        let end = sentence.upperBound
        var k = sentence.lowerBound
        while k < end {
            // most tokens begin nothing: turned away before the calls (a tenth of parsing was their overhead)
            guard tokens[k].isWord, mayBeginMention(at: k) else {
                k += 1
                continue
            }
            // each mention appended where it is made: kept in a variable across the cases, each was copied and
            // the copy destroyed (8 M instructions on 1 000 articles)
            switch start(at: k, end: end) {
            case .none:
                assert(parseSingle(at: k, end: end) == nil, "a word turned away before parsing is one the parser turns away")
                k += 1
            case .pronoun:
                assert(pronounMention(at: k) == parseGroup(at: k, end: end), "a pronoun is the mention the parser makes of it")
                k = append(pronounMention(at: k), to: &result, end: end)
            case .placeWord:
                assert((placeWordMention(at: k) ?? parseGroup(at: k, end: end)) == parseGroup(at: k, end: end),
                       "a lone place word is the mention the parser makes of it")
                if let mention = placeWordMention(at: k) {
                    k = append(mention, to: &result, end: end)
                } else {
                    k = appendGroup(at: k, end: end, to: &result) ?? k + 1
                }
            case .personWord:
                assert(personWordMention(at: k) == parseGroup(at: k, end: end), "a lone name word is the mention the parser makes of it")
                k = append(personWordMention(at: k), to: &result, end: end)
            case .parse:
                k = appendGroup(at: k, end: end, to: &result) ?? k + 1
            }
        }
    }

    /// Appends `mention` to `result`, with the alias that follows it before `end`; returns the token after it.
    @inline(__always)
    private func append(_ mention: consuming Mention, to result: inout [Mention], end: Int) -> Int {
        let next = mention.tokens.upperBound
        result.append(mention)  // its last use: moved into the array, not copied and the copy destroyed
        // set in the array: changed in a variable first, every mention was copied once more
        if let alias = alias(after: next, end: end) { result[result.count - 1].alias = alias }
        return next
    }

    /// The abbreviation in brackets at token `j`, before `end`, that names the mention ending there from now
    /// on: "International Atomic Energy Agency (IAEA)". (Inlined as far as the bracket: asked after every
    /// mention, the call cost 50 instructions, and nearly none is followed by a bracket.)
    @inline(__always)
    func alias(after j: Int, end: Int) -> String? {
        guard j + 2 < end, isMark("(", at: j) else { return nil }
        return bracketedAlias(at: j, end: end)
    }

    /// `alias(after:end:)` at a bracket.
    private func bracketedAlias(at j: Int, end: Int) -> String? {
        guard tokens[j + 1].isWord, isMark(")", at: j + 2),
              tokens[j + 1].text.count >= 2, tokens[j + 1].text.allSatisfy({ $0.isUppercase || $0 == "-" || $0.isNumber }) else { return nil }
        return tokens[j + 1].text
    }

    /// Appends the longest mention that starts at token `start` and ends before `end` (`parseGroup`), with its
    /// alias, to `result`; returns the token after it, or nil when none starts there. (Appended here: returned,
    /// each mention was copied once more: appendMentions on 1 000 articles 59.7 → 58.2 M, with the alias inlined.)
    private func appendGroup(at start: Int, end: Int, to result: inout [Mention]) -> Int? {
        // unwrapped once: each `first?.` projection copied the optional mention (parseGroup on 1 000 articles: 3.5 → 2.9 M self)
        guard let first = parseSingle(at: start, end: end) else { return nil }
        guard first.isPerson, let group = group(after: first, at: start, end: end) else { return append(first, to: &result, end: end) }
        return append(group, to: &result, end: end)
    }

    /// The longest mention that starts at token `start` and ends before `end`, if any (its alias not read):
    /// what `appendGroup` appends, which the debug checks of the facts' answers compare with.
    func parseGroup(at start: Int, end: Int) -> Mention? {
        guard let first = parseSingle(at: start, end: end) else { return nil }
        guard first.isPerson else { return first }
        return group(after: first, at: start, end: end) ?? first
    }

    /// The group of named people that the person `first`, at token `start`, begins, if one does.
    private func group(after first: Mention, at start: Int, end: Int) -> Mention? {
        let firstEnd = first.tokens.upperBound
        // "Poetin en Tokajev", "Biden, Macron and Scholz": a group of named people. The array is made when a
        // second name follows: made for every named person, it was allocated and freed for nearly all of them.
        var members: [Mention] = []
        var j = firstEnd
        while j + 1 < end {
            let isConjunction = tokens[j].isWord && tokens[j].facts.classes.contains(.conjunction)
            guard isConjunction || isMark(",", at: j) else { break }
            guard let next = parseSingle(at: j + 1, end: end), next.isPerson else { break }
            if members.isEmpty {
                members.reserveCapacity(4)  // most groups are of two or three: grown from one, most were allocated twice
                members.append(first)
            }
            j = next.tokens.upperBound
            members.append(next)
            if isConjunction { return make(.group(members), start..<j) }
        }
        return nil  // "X, Y" without a conjunction is an apposition, not a group
    }

    private func parseSingle(at start: Int, end: Int) -> Mention? {
        guard start < end, tokens[start].isWord, mayBeginMention(at: start) else { return nil }
        let lower = tokens[start].lower
        let classes = tokens[start].facts.classes
        if classes.contains(.singularPronoun) || classes.contains(.pluralPronoun) { return pronounMention(at: start) }
        if let pronoun = tokens[start].facts.invertedPronoun, lexicon.singularPronouns.contains(pronoun) || lexicon.pluralPronouns.contains(pronoun) {
            var mention = make(.pronoun(lower: pronoun), start..<start + 1)  // French "a-t-il", "ajoute-t-elle"
            mention.gender = gender(determiner: nil, role: [pronoun])
            return mention
        }
        var j = start
        var hadDeterminer = false
        if classes.contains(.determiner) {
            // "zei dat Blinken": a subordinator before a name is no determiner of it
            if classes.contains(.subordinator), start + 1 < end, tokens[start + 1].isCapitalized { return nil }
            j += 1
            hadDeterminer = true
            // "the talks": after a determiner, a word that could begin no mention begins none here either
            guard j < end, tokens[j].isWord, mayBeginMention(at: j) else { return nil }
        }
        let determiner = hadDeterminer ? lower : nil
        let determinerToken = hadDeterminer ? start : nil
        var country: String?
        var role: [String] = []
        // modifiers: "voormalige", "Russische", "Republican", "Russia's"
        var stoppedAt: (index: Int, title: Int?)?  // the title found at the word the modifiers stop at, asked again next
        while j < end, tokens[j].isWord {
            // "Foreign Minister", "press secretary": a title of several words that a modifier begins is the title
            let title = titleLength(at: j, end: end)
            stoppedAt = (j, title)
            if let title, title > 1 { break }
            // the facts read in place: a copy of them retained and released their texts, at nearly every mention
            if tokens[j].facts.possessor != nil {
                guard let code = tokens[j].facts.possessorCountry else { break }
                country = code
            } else if tokens[j].facts.classes.contains(.titleModifier) {
                if let code = tokens[j].facts.demonymCountry { country = code }
            } else if let code = tokens[j].facts.demonymCountry, !tokens[j].facts.flags.contains(.titleWord), j + 1 < end, tokens[j + 1].isWord {
                country = code
            } else if tokens[j].facts.classes.contains(.organisationNounStart), isOrganisationBeforeTitledName(at: j, end: end) {
                // (asked only of an organisation noun, which it needs: the call at every name word cost 40 instructions)
                // "department spokesperson Ned Price", "ministry spokeswoman Maria Zakharova"
            } else {
                break
            }
            j += 1
        }
        // titles: "minister", "secretary of state", "Mr."
        var titled = false
        var roleToken: Int?  // the token of the role's first word
        while j < end, let length = stoppedAt?.index == j ? stoppedAt?.title : titleLength(at: j, end: end) {
            // "Mr. King", "Frau Präsidentin Amherd": after an honorific a capitalised title word may be the name
            // the token's case first: most titles go on in lower case, and hashing the last word cost 450 instructions
            if tokens[j].isCapitalized, let last = role.last, isNameWordAfterHonorific(at: j, end: end), lexicon.honorifics.contains(last) { break }
            if role.isEmpty {
                roleToken = j
                // room for the title's words and a complement's at once: grown from empty, most roles were
                // allocated twice or more
                role.reserveCapacity(4)
            }
            for k in j..<j + length { role.append(tokens[k].facts.elidedRest ?? tokens[k].lower) }  // no array made to be appended
            j += length
            titled = true
            if j < end, isMark(".", at: j) { j += 1 }
        }
        if titled { j = complement(after: j, end: end, into: &role) }
        // organisations named by a noun: "het Russische ministerie van Buitenlandse Zaken"
        if !titled, let length = phraseLength(.organisationNouns, at: j, end: end) {
            // a noun of one word (nearly all) is its own head: no array made and joined
            let head = length == 1 ? tokens[j].lower : tokens[j..<j + length].map(\.lower).joined(separator: " ")
            let nameStart = hadDeterminer ? start + 1 : start
            var afterHead = j + length
            if afterHead < end, tokens[afterHead].isWord, !tokens[afterHead].isCapitalized,
               let code = tokens[afterHead].facts.demonymCountry {
                country = code  // "le gouvernement britannique"
                afterHead += 1
            }
            // where the complement ends, its words not gathered: the name is the tokens' texts
            let k = complementEnd(after: afterHead, end: end, anyCapitalised: true)
            // "the State Department", "het Witte Huis": a capitalised noun is a name, not a reference back
            // (not in German, which capitalises every noun, unless the noun is a known name: "der Kreml")
            let capitalised = !lexicon.capitalisesNouns && !sentenceStarts[j] && tokens[j..<j + length].allSatisfy(\.isCapitalized)
                || phraseLength(.organisationNames, at: j, end: end) == length
            let named = k > afterHead || country != nil || capitalised
            if !named { return make(.anaphor(head: head), start..<k) }
            return make(.organisation(name: texts(nameStart..<k), head: head, country: country), start..<k)
        }
        if let length = phraseLength(.organisationNames, at: j, end: end) {
            return make(.organisation(name: texts(j..<j + length), head: nil, country: country), start..<j + length)
        }
        // a name: capitalised words, with particles inside ("Ursula von der Leyen")
        let nameStart = j
        while j < end {
            // whether the role ends in an honorific is asked last, of a capitalised word that is no name word:
            // asked of every titled mention, its hashing cost 450 instructions (parseSingle on 1 000 articles: 64.4 → 60.8 M)
            if isNameWord(at: j) || j == nameStart && tokens[j].isWord && tokens[j].isCapitalized && role.last.map(lexicon.honorifics.contains) == true {
                j += 1
                if tokens[j - 1].facts.possessor != nil { break }
            } else if j > nameStart, tokens[j].facts.classes.contains(.nameParticle) {
                var k = j
                while k < end, tokens[k].isWord, tokens[k].facts.classes.contains(.nameParticle) { k += 1 }
                guard k < end, isNameWord(at: k), !tokens[k].facts.classes.contains(.departmentWord) else { break }
                j = k
            } else {
                break
            }
        }
        if j > nameStart {
            // a lone capitalised word that is no name part and can name no place is turned away (the two rules
            // below) before its words are gathered: most capitalised words are no one's name
            if j - nameStart == 1, role.isEmpty, !mayNamePlace(nameStart..<j), !articleWords.isNamePart(baseOf: nameStart),
               isNounAfterArticle(nameStart, hadDeterminer: hadDeterminer) || !isFollowedBySpeech(j, end) {
                return nil
            }
            // the words are gathered into an array, and joined, only where a rule asks for them
            if j - nameStart >= 2, endsInOrganisationNoun(j - 1) {
                // "Eidgenössische Departement für auswärtige Angelegenheiten"
                var name = nameWords(nameStart..<j)
                let last = name[name.count - 1].lowercased()
                let k = complement(after: j, end: end, into: &name, anyCapitalised: true)
                return make(.organisation(name: name, head: last, country: country), start..<k)
            }
            // one look-up by bytes in the index of both, where the capitals and then the country names were
            // two dictionaries hashed with SipHash (a capital's code first, as before)
            if role.isEmpty, mayNamePlace(nameStart..<j), let place = namedPlace(nameStart..<j) {
                return make(.place(name: place.name, country: place.code), start..<j)
            }
            let words = nameWords(nameStart..<j)
            if words.count == 1, role.isEmpty, !articleWords.isNamePart(baseOf: nameStart), isNounAfterArticle(nameStart, hadDeterminer: hadDeterminer) {
                return nil  // "in der Taiwanstraße gewarnt": a German noun after its article, not a name
            }
            if words.count == 1, role.isEmpty, !articleWords.isNamePart(baseOf: nameStart), !isFollowedBySpeech(j, end) {
                return nil  // "Eindhoven", "Twitter", "Bilanz": a capitalised word, not known as anyone's name
            }
            if role.isEmpty, j + 2 < end, isMark(",", at: j) {
                // "Jens Stoltenberg, secretary general of NATO," — the role in apposition
                var k = j + 1
                if k < end, tokens[k].facts.classes.contains(.determiner) { k += 1 }
                var appositive: [String] = []
                while k < end, tokens[k].isWord, titleLength(at: k, end: end).map({ $0 < 2 }) ?? true,
                      tokens[k].facts.classes.contains(.titleModifier) || tokens[k].facts.demonymCountry != nil { k += 1 }
                let appositiveToken = k  // the token of the role's first word
                if k < end, tokens[k].isWord, tokens[k].facts.flags.contains(.titleWord) || titleLength(at: k, end: end) != nil {
                    // the whole title, compounds included: "secretary general", "director general", "foreign minister"
                    while k < end, let length = titleLength(at: k, end: end) {
                        appositive += tokens[k..<k + length].map(\.lower)
                        k += length
                    }
                    if appositive.isEmpty { appositive.append(tokens[k].lower) }
                    var mention = make(.person(name: words, role: appositive), start..<j)
                    mention.gender = gender(determinerToken: nil, role: appositive, roleToken: appositiveToken)
                    return mention
                }
            }
            var mention = make(.person(name: words, role: role), start..<j)
            mention.gender = gender(determinerToken: determinerToken, role: role, roleToken: roleToken)
            return mention
        }
        if titled {
            // "Britain's foreign secretary, James Cleverly," · "La porte-parole du ministère de l'Intérieur, Camille Chaize,"
            let comma = appositionComma(after: j, end: end)
            if comma + 2 < end, isMark(",", at: comma), let named = parseSingle(at: comma + 1, end: end), case .person(let name, _) = named.kind,
               named.tokens.upperBound <= end {
                var mention = make(.person(name: name, role: role), start..<named.tokens.upperBound)
                mention.gender = gender(determinerToken: determinerToken, role: role, roleToken: roleToken) ?? named.gender
                return mention
            }
            var mention = make(.role(words: role, country: country), start..<j)
            mention.gender = gender(determinerToken: determinerToken, role: role, roleToken: roleToken)
            mention.isIndefinite = determiner.map(lexicon.indefiniteDeterminers.contains) ?? false
            return mention
        }
        return nil
    }

    /// Classes and flags of a lower-case word without which it begins no mention: no pronoun, determiner,
    /// modifier, title or organisation starts with it (and a word with a demonym, possessor or inversion
    /// is asked the long way).
    static let mentionStartClasses: WordClass = [.singularPronoun, .pluralPronoun, .determiner, .titleModifier,
                                                 .titleStart, .organisationNounStart, .titleWithStop]
    static let mentionStartFlags: WordFacts.Flags = [.titleWord, .elidedTitle, .organisationNameStart]

    /// Whether `parseSingle` can find anything at word `j`: most words of a text are lower-case words that
    /// begin nothing, and turning them away here spares the look-ups of every rule (most tokens were
    /// refused after a dozen calls).
    func mayBeginMention(at j: Int) -> Bool {
        if tokens[j].isCapitalized { return true }
        if !tokens[j].facts.classes.isDisjoint(with: Self.mentionStartClasses) { return true }
        if !tokens[j].facts.flags.isDisjoint(with: Self.mentionStartFlags) { return true }
        let facts = tokens[j].facts
        return facts.possessor != nil || facts.demonymCountry != nil || facts.invertedPronoun != nil
    }

    /// The words of the name at `name`, a possessive as its possessor ("Russia's" → "Russia").
    func nameWords(_ name: Range<Int>) -> [String] {
        // made at its size and the tokens read in place: mapping the tokens' slice cost 400 instructions a name
        // (and a closure that writes the array uninitialised captured a copy of the parser; one that captures the
        // tokens alone allocated through an unspecialised path, 600 instructions a name)
        var words: [String] = []
        words.reserveCapacity(name.count)
        for k in name { words.append(tokens[k].facts.possessor ?? tokens[k].text) }
        return words
    }

    /// Whether token `j` is written `mark` (its text is `String(mark)`), read from its one scalar: each string
    /// compared with a literal cost 30 to 80 instructions. (A token's text is the string of its scalars, or
    /// empty for a quote or a break, whose range is not one scalar of these.)
    @inline(__always)
    func isMark(_ mark: Unicode.Scalar, at j: Int) -> Bool {
        let range = tokens[j].range
        return range.count == 1 && text[range.lowerBound] == mark
    }

    /// The texts of the tokens `range`, in an array made at its size: mapping the tokens' slice cost 400
    /// instructions an organisation.
    func texts(_ range: Range<Int>) -> [String] {
        var texts: [String] = []
        texts.reserveCapacity(range.count)
        for k in range { texts.append(tokens[k].text) }
        return texts
    }

    /// `nameWords(name)` joined by spaces, without the array: one word is its own joining.
    func joinedNameWords(_ name: Range<Int>) -> String {
        var joined = tokens[name.lowerBound].facts.possessor ?? tokens[name.lowerBound].text
        for k in name.dropFirst() {
            joined += " "
            joined += tokens[k].facts.possessor ?? tokens[k].text
        }
        return joined
    }

    /// Whether the name word at `j`, the last of a name, is the first word of an organisation noun, as the
    /// lexicon's index of them says of its lower case: "Departement". The facts answer for a word that is
    /// not possessive (its lower case is that of its text, whose classes they hold), without lower-casing
    /// and hashing a string.
    func endsInOrganisationNoun(_ j: Int) -> Bool {
        guard let possessor = tokens[j].facts.possessor else { return tokens[j].facts.classes.contains(.organisationNounStart) }
        return lexicon.organisationNouns[possessor.lowercased()] != nil
    }

    /// A capitalised word at `j` that is a noun in a language that capitalises every noun: after a determiner
    /// (`hadDeterminer`: the mention began with one) or a preposition.
    func isNounAfterArticle(_ j: Int, hadDeterminer: Bool) -> Bool {
        guard lexicon.capitalisesNouns else { return false }
        return hadDeterminer || j > 0 && tokens[j - 1].isWord && tokens[j - 1].facts.classes.contains(.preposition)
            || j > 0 && tokens[j - 1].isWord && tokens[j - 1].facts.classes.contains(.determiner)
    }

    /// Whether the name words `name` may be a country or capital: one word says so in its facts (a name word
    /// is capitalised, so they were looked up as written), sparing the two hashed look-ups of every name.
    func mayNamePlace(_ name: Range<Int>) -> Bool {
        guard name.count == 1 else { return true }
        let facts = tokens[name.lowerBound].facts
        if facts.possessor != nil { return facts.possessorCountry != nil }
        return facts.flags.contains(.countryName) || facts.flags.contains(.capital)
    }

    /// The comma that ends a role's complement ("du ministère de l'Intérieur,", "de la junte,"), or `j` when
    /// no short complement of plain words follows the role.
    func appositionComma(after j: Int, end: Int) -> Int {
        guard j < end, tokens[j].isWord else { return j }
        let facts = tokens[j].facts
        // a preposition, or a genitive article ("Der Sprecher der russischen Botschaft, Iwan Petrow,")
        guard facts.classes.contains(.complementPreposition) || facts.classes.contains(.preposition) || facts.classes.contains(.determiner) else { return j }
        var k = j + 1
        while k < end, k - j <= 8, tokens[k].isWord {
            if tokens[k].facts.classes.contains(.reportingVerbStart) || tokens[k].facts.classes.contains(.auxiliary) { return j }
            k += 1
        }
        return k < end && isMark(",", at: k) ? k : j
    }

    /// Tokens taken by a title at `j`: a lexicon title, a compound ending in one, or a title written with its
    /// full stop as a token of its own ("M." in "M. Sunak").
    /// (Inlined, with what the word's facts must say first: most words begin no title, and the call cost 40
    /// instructions at nearly every mention.)
    @inline(__always)
    func titleLength(at j: Int, end: Int) -> Int? {
        guard mayBeginTitle(at: j) else { return nil }
        return titleLengthOfTitleWord(at: j, end: end)
    }

    /// `titleLength(at:end:)` of a word that may begin a title (`mayBeginTitle`).
    private func titleLengthOfTitleWord(at j: Int, end: Int) -> Int? {
        if let length = phraseLength(.titles, at: j, end: end) { return length }
        guard tokens[j].isWord else { return nil }
        let flags = tokens[j].facts.flags
        if flags.contains(.titleWord) || flags.contains(.elidedTitle) { return 1 }  // "NAVO-chef", "l'ambassadeur"
        if tokens[j].facts.classes.contains(.titleWithStop), j + 1 < end, isMark(".", at: j + 1) { return 1 }
        return nil
    }

    /// Whether `titleLength(at: j, end:)` may find a title: what its facts must say of a word at `j` that begins one.
    func mayBeginTitle(at j: Int) -> Bool {
        guard tokens[j].isWord else { return false }
        return tokens[j].facts.classes.contains(.titleStart) || tokens[j].facts.classes.contains(.titleWithStop)
            || tokens[j].facts.flags.contains(.titleWord) || tokens[j].facts.flags.contains(.elidedTitle)
    }

    /// A capitalised title word after an honorific that is the surname itself: "Mr. King said", not "Mrs. President Clinton".
    func isNameWordAfterHonorific(at j: Int, end: Int) -> Bool {
        let k = j + 1
        return !(k < end && tokens[k].isWord && tokens[k].isCapitalized)
    }

    /// An article elided onto its noun ("l'ambassadeur" → "l'", "ambassadeur"); nil for any other word.
    static func elided(_ lower: String, lexicon: Lexicon) -> (article: String, rest: String)? {
        // most words have no apostrophe: a scan of the scalars turns them away before the characters are read
        guard lower.unicodeScalars.contains(where: { $0 == "'" || $0 == "\u{2019}" }),
              let mark = lower.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }) else { return nil }
        let article = String(String.UnicodeScalarView(lower[...mark].unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
        let rest = String(lower[lower.index(after: mark)...])
        guard !rest.isEmpty, lexicon.determiners.contains(article) else { return nil }
        return (article, rest)
    }

    /// An organisation noun that only qualifies the title and name after it: "department spokesperson Ned Price".
    func isOrganisationBeforeTitledName(at j: Int, end: Int) -> Bool {
        // the next word's facts first: most organisation nouns are followed by no title, and the look-up of
        // the noun's phrases cost 600 instructions
        guard j + 1 < end, mayBeginTitle(at: j + 1), phraseLength(.organisationNouns, at: j, end: end) == 1,
              let length = titleLength(at: j + 1, end: end) else { return false }
        var k = j + 1 + length
        if k < end, isMark(".", at: k) { k += 1 }
        return k < end && isNameWord(at: k)
    }

    /// The gender that a role's words, or else its article, give: "spokeswoman", "Ministerin", "la ministre".
    func gender(determiner: String?, role: [String]) -> Gender? {
        // the phrase, then each word: a role of one word is its own phrase, asked once (pronouns, most roles)
        if role.isEmpty {
            if let found = genderOfNoRole { return found }
        } else if role.count == 1 {
            if let found = gender(of: role[0]) { return found }
        } else {
            if mayGenderPhrase, let found = gender(of: Self.joined(role)) { return found }
            for word in role {
                if let found = gender(of: word) { return found }
            }
        }
        guard let determiner else { return nil }
        let word = lexicon.word(determiner)
        return word.isFeminine ? .feminine : word.isMasculine ? .masculine : nil
    }

    /// Whether a role of several words may get a gender from the phrase as a whole: the lexicon has a
    /// gendered phrase ("première ministre") or feminine suffixes, which a phrase may end in. Neither in
    /// English: the phrase joined (1 000 instructions) and looked up came to nothing.
    private var mayGenderPhrase: Bool {
        lexicon.hasGenderedPhrases || !lexicon.feminineTitleSuffixes.isEmpty
    }

    /// `words.joined(separator: " ")`, appended word by word: the generic joining cost 1 000 instructions
    /// for the two or three words of a role.
    static func joined(_ words: [String]) -> String {
        guard var joined = words.first else { return "" }
        for word in words.dropFirst() {
            joined += " "
            joined += word
        }
        return joined
    }

    /// The gender one word or phrase of a role gives.
    private func gender(of word: String) -> Gender? {
        Self.gender(of: word, lexicon: lexicon)
    }

    static func gender(of word: String, lexicon: Lexicon) -> Gender? {
        // one look-up by bytes in the lexicon's index of words, where the two sets hashed with SipHash cost
        // 600 instructions a word
        let entry = lexicon.word(word)
        if entry.isFeminine { return .feminine }
        if entry.isMasculine { return .masculine }
        return hasFeminineTitleSuffix(word, lexicon: lexicon) ? .feminine : nil
    }

    /// A title with one of the lexicon's feminine suffixes: "ministerin", "présidente".
    static func hasFeminineTitleSuffix(_ word: String, lexicon: Lexicon) -> Bool {
        guard !lexicon.feminineTitleSuffixes.isEmpty else { return false }
        let length = word.count  // counted once, not for every suffix
        for suffix in lexicon.feminineTitleSuffixes where length > suffix.count + 2 && word.hasSuffix(suffix) {
            if isTitleWord(String(word.dropLast(suffix.count)), lexicon: lexicon) { return true }
        }
        return false
    }

    /// `gender(determiner:role:)` of a phrase whose determiner, if any, is token `determinerToken` and whose
    /// role begins at token `roleToken` (its first word that token's lower case, or the rest of its elision):
    /// a role of one word and the determiner are answered by their word facts, without a string.
    func gender(determinerToken: Int?, role: [String], roleToken: Int?) -> Gender? {
        if role.count == 1, let roleToken, tokens[roleToken].facts.elidedRest == nil {
            if let found = tokens[roleToken].facts.gender { return found }
            return determinerToken.flatMap { tokens[$0].facts.determinerGender }
        }
        if role.isEmpty {
            if let found = genderOfNoRole { return found }
            return determinerToken.flatMap { tokens[$0].facts.determinerGender }
        }
        guard role.count >= 2, let roleToken else { return gender(determiner: determinerToken.map { tokens[$0].lower }, role: role) }
        // the phrase, then each word: a word that is the lower case of the next word token (the role's words
        // are those of its tokens, a full stop between them) is answered by that token's facts, which say
        // what its lower case gives; any other (an elided title's rest) by the lists, as before. Each word
        // asked the lists cost two hashed look-ups and a scan of the suffixes.
        if mayGenderPhrase, let found = gender(of: Self.joined(role)) { return found }
        var k = roleToken
        for word in role {
            while k < tokens.count, !tokens[k].isWord { k += 1 }
            let isLowerCase = k < tokens.count && tokens[k].lower == word
            if let found = isLowerCase ? tokens[k].facts.gender : gender(of: word) { return found }
            k += 1
        }
        return determinerToken.flatMap { tokens[$0].facts.determinerGender }
    }

    /// A reporting verb (maybe after an auxiliary) right after token `j`: "Obama said", "Rutte zei".
    func isFollowedBySpeech(_ j: Int, _ end: Int) -> Bool {
        var k = j
        if k < end, tokens[k].isWord, tokens[k].facts.classes.contains(.auxiliary) { k += 1 }
        return k < end && tokens[k].isWord && tokens[k].facts.classes.contains(.reportingVerbStart)
    }

    /// Extends a role or organisation with "van Buitenlandse Zaken", "of State", "of NATO".
    private func complement(after j: Int, end: Int, into words: inout [String], anyCapitalised: Bool = false) -> Int {
        let k = complementEnd(after: j, end: end, anyCapitalised: anyCapitalised)
        guard k > j else { return j }
        // the words appended at their count: gathered in an array of their own and appended, each complement
        // made and freed an array, and grew the role's (complement on 1 000 articles 2.0 → 0.6 M)
        words.reserveCapacity(words.count + k - j)
        for m in j..<k { words.append(anyCapitalised ? tokens[m].text : tokens[m].lower) }
        return k
    }

    /// The token after the complement that begins at token `j` ("van Buitenlandse Zaken"), or `j` when none does.
    private func complementEnd(after j: Int, end: Int, anyCapitalised: Bool) -> Int {
        guard j + 1 < end, tokens[j].isWord, tokens[j].facts.classes.contains(.complementPreposition) else { return j }
        var k = j + 1
        while k < end, tokens[k].isWord {
            // read in place: a copy of the token retains its strings
            let classes = tokens[k].facts.classes
            let isCapitalized = tokens[k].isCapitalized
            let department = classes.contains(.departmentWord) && (isCapitalized || classes.contains(.conjunction) || tokens[k].lower == "the")
            let capitalisedName = anyCapitalised && isCapitalized && !classes.contains(.notName)
            let lowerDepartment = anyCapitalised && classes.contains(.departmentWord)
                && (k > j + 1 || k + 1 < end && tokens[k + 1].isCapitalized)  // "für auswärtige Angelegenheiten"
            guard department || capitalisedName || lowerDepartment else { break }
            k += 1
        }
        // the last word taken is token k - 1, whose lower case is that of the word (text or lower case):
        // a conjunction by its facts, without lower-casing and hashing it
        while k > j + 1, tokens[k - 1].facts.classes.contains(.conjunction) || tokens[k - 1].lower == "the" { k -= 1 }
        return k > j + 1 ? k : j
    }

    @inline(__always)  // asked at nearly every word the parser is asked at, and of the word after it
    func isNameWord(at j: Int) -> Bool {
        guard tokens[j].isWord, tokens[j].isCapitalized else { return false }
        let facts = tokens[j].facts  // the facts alone: a copy of the whole token retains its strings too
        let classes = facts.classes
        if classes.contains(.notName) || classes.contains(.reportingVerbStart) || classes.contains(.titleStart) { return false }
        if classes.contains(.determiner) || classes.contains(.preposition) { return false }
        let flags = facts.flags
        if sentenceStarts[j] {
            if articleWords.isWrittenLowerCase(j) { return false }
            // a lone capitalised word opening a sentence is a name only if the article also writes it
            // capitalised elsewhere, or another name word follows ("Selon", "Daarin", "Officials" are not)
            let followedByName = j + 1 < tokens.count && tokens[j + 1].isWord && tokens[j + 1].isCapitalized
            // ("Hoekstra’s toon" opens a sentence; "Hoekstra" stands mid-sentence elsewhere)
            if !followedByName, !articleWords.isCapitalisedMidSentence(baseOf: j), !flags.contains(.capital), !flags.contains(.countryName) {
                return false
            }
        }
        if facts.demonymCountry != nil, facts.possessor == nil, !flags.contains(.countryName) { return false }
        return true
    }

    /// A title, or a compound ending in one: "NAVO-chef", "CDA-Kamerlid", "regeringswoordvoerder".
    static func isTitleWord(_ lower: String, lexicon: Lexicon) -> Bool {
        lexicon.titles[lower]?.contains([]) == true || isCompoundTitle(lower, lexicon: lexicon)
    }

    /// A compound ending in a title or a title head: "NAVO-chef", "regeringswoordvoerder".
    static func isCompoundTitle(_ lower: String, lexicon: Lexicon) -> Bool {
        // most words: an ASCII word without a hyphen, answered on its bytes in one pass (the steps below
        // walked the string's UTF-8 view three times, and compared a suffix index by index)
        let asciiAnswer = lower.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var isASCII = true
            for byte in bytes {
                if byte == UInt8(ascii: "-") { return nil }
                if byte >= 0x80 { isASCII = false }
            }
            guard bytes.count > Self.shortestTitleHead + 3 else { return false }
            guard isASCII, let last = bytes.last else { return nil }
            return Self.asciiTitleHeadsByLastByte[Int(last)].contains { head in
                bytes.count > head.count + 3 && bytes.suffix(head.count).elementsEqual(head)
            }
        }
        if let answer = asciiAnswer ?? nil { return answer }
        if lower.utf8.contains(UInt8(ascii: "-")), let dash = lower.lastIndex(of: "-") {
            let tail = String(lower[lower.index(after: dash)...])
            if lexicon.titles[tail]?.contains([]) == true || Self.compoundTitleHeads.contains(tail) { return true }
        }
        // A word has at least as many UTF-8 bytes as characters: most words are turned away before counting.
        guard lower.utf8.count > Self.shortestTitleHead + 3 else { return false }
        if ASCIIBytes.isASCII(lower) {
            // ASCII: a character is a byte, and only an ASCII head (whose bytes are its characters) can end the word
            let bytes = lower.utf8
            guard let last = bytes.last else { return false }
            return Self.asciiTitleHeadsByLastByte[Int(last)].contains { bytes.count > $0.count + 3 && bytes.suffix($0.count).elementsEqual($0) }
        }
        let length = lower.count
        guard length > Self.shortestTitleHead + 3 else { return false }
        return Self.compoundTitleHeadLengths.contains { length > $0.length + 3 && lower.hasSuffix($0.head) }
    }

    static let shortestTitleHead = compoundTitleHeads.map(\.count).min() ?? 0
    /// The heads with their lengths counted once, not at every word.
    static let compoundTitleHeadLengths = compoundTitleHeads.map { (head: $0, length: $0.count) }
    /// The ASCII heads as bytes, by their last byte: an ASCII word is compared only with those ending as it does.
    static let asciiTitleHeadsByLastByte: [[[UInt8]]] = {
        var buckets = Array(repeating: [[UInt8]](), count: 0x80)
        for head in compoundTitleHeads where ASCIIBytes.isASCII(head) {
            if let last = head.utf8.last { buckets[Int(last)].append(Array(head.utf8)) }
        }
        return buckets
    }()

    /// Heads that make a compound a title ("Kamerlid", "regeringswoordvoerder", "Grünen-Politikerin").
    static let compoundTitleHeads: [String] = [
        "woordvoerder", "woordvoerster", "kamerlid", "chef", "minister", "politicus", "politica", "leider", "voorzitter",
        "politiker", "politikerin", "sprecher", "sprecherin", "ministerin", "gezant", "diplomaat", "diplomat",
        "spokesman", "spokeswoman", "official", "lawmaker", "senator", "president", "präsident", "premier",
        "ambassadeur", "botschafter", "commissaris", "kommissarin", "leader", "député", "ministre", "secretaris",
        "präsidentin", "kanzlerin", "botschafterin", "chefin", "vorsitzende",
    ]

    /// The lexicon phrase lists a mention is read against.
    enum PhraseList {
        case titles
        case organisationNouns
        /// Matched as written.
        case organisationNames
    }

    /// Length in tokens of the longest phrase of `list` starting at `j`, if one does. Only a word that the
    /// facts give as a phrase's first word costs a look-up.
    /// (Inlined: most words start no phrase, and the call cost more than the answer.)
    @inline(__always)
    func phraseLength(_ list: PhraseList, at j: Int, end: Int) -> Int? {
        guard j < end, j < tokens.count, tokens[j].isWord else { return nil }
        // the classes and flags read in place: a copy of the facts retains their texts
        switch list {
        // a word that begins only its own one-word phrase ("president", "ministry"; most of them) is one word
        // long, without the look-up of its phrases (500 instructions)
        case .titles:
            guard tokens[j].facts.classes.contains(.titleStart) else { return nil }
            if !tokens[j].facts.classes.contains(.titleOfSeveralWordsStart) { return oneWordPhrase(list, at: j, end: end) }
        case .organisationNouns:
            guard tokens[j].facts.classes.contains(.organisationNounStart) else { return nil }
            if !tokens[j].facts.classes.contains(.organisationNounOfSeveralWordsStart) { return oneWordPhrase(list, at: j, end: end) }
        case .organisationNames: guard tokens[j].facts.flags.contains(.organisationNameStart) else { return nil }
        }
        return lookUpPhrase(list, at: j, end: end)
    }

    /// `phraseLength` of a word that starts no phrase of `list` but its own: 1, as the look-up finds (which a
    /// debug build checks).
    @inline(__always)
    private func oneWordPhrase(_ list: PhraseList, at j: Int, end: Int) -> Int? {
        assert(lookUpPhrase(list, at: j, end: end) == 1, "a word that begins no phrase of several words is its own phrase")
        return 1
    }

    /// `phraseLength` of a word that starts a phrase of `list`.
    private func lookUpPhrase(_ list: PhraseList, at j: Int, end: Int) -> Int? {
        // the lexicon's indexes by bytes, read in place: a dictionary copied out and hashed with SipHash cost
        // 650 instructions a look-up, 500 now (lookUpPhrase on 1 000 articles: 6.5 → 5.0 M)
        let caseSensitive = list == .organisationNames
        let found: [[String]]?
        switch list {
        case .titles: found = lexicon.titlePhrases[tokens[j].lower]
        case .organisationNouns: found = lexicon.organisationNounPhrases[tokens[j].lower]
        case .organisationNames: found = lexicon.organisationNamePhrases[tokens[j].text]
        }
        guard let rests = found else { return nil }
        for rest in rests {
            var ok = true
            for (offset, word) in rest.enumerated() {
                let k = j + 1 + offset
                guard k < end, tokens[k].isWord, (caseSensitive ? tokens[k].text : tokens[k].lower) == word else {
                    ok = false
                    break
                }
            }
            if ok { return 1 + rest.count }
        }
        return nil
    }

    /// "Russia's" → "Russia"; nil for a word that is no possessive.
    static func possessorBase(_ word: String) -> String? {
        guard word.utf8.last == UInt8(ascii: "s") else { return nil }  // no word that ends otherwise can end in "'s"
        for suffix in ["'s", "\u{2019}s"] where word.hasSuffix(suffix) && word.count > 2 {
            return String(word.dropLast(2))
        }
        return nil
    }

    /// French inversion: "a-t-il" → "il", "ajoute-t-elle" → "elle", "dit-il" → "il".
    static func invertedPronoun(_ lower: String) -> String? {
        guard lower.utf8.contains(UInt8(ascii: "-")) else { return nil }
        let parts = lower.split(separator: "-")
        guard parts.count >= 2, let last = parts.last, ["il", "elle", "ils", "elles", "on"].contains(String(last)) else { return nil }
        return String(last)
    }

    /// The string of the scalars `range` of the text: from its bits where it is fifteen bytes or fewer ("the
    /// ministry", "Den Haag"), as the tokenizer makes its words (`String(unsafeUninitializedCapacity:)` cost
    /// 200 instructions for a short text).
    private func string(of range: Range<Int>) -> String {
        text.withUnsafeBufferPointer { text in
            let scalars = UnsafeBufferPointer(rebasing: text[range])
            // more than fifteen scalars are more than fifteen bytes: not encoded twice
            guard scalars.count <= 15, let small = SmallUTF8.string(scalars, lowercased: false, fromBits: stringsFromBits) else {
                return ScalarText.string(scalars)
            }
            return small
        }
    }

    /// A mention of `kind` over the tokens `range`. A mention of one word (a pronoun, a surname, a place:
    /// about half of them) has that word's text, shared with its token: encoding its scalars again cost 570
    /// instructions a mention. (A word token's text is the string of its scalars.) The kind is taken, not
    /// borrowed: each caller makes it to pass, and a borrowed kind was copied into the mention (its arrays and
    /// strings retained) and the caller's released.
    func make(_ kind: consuming Mention.Kind, _ range: Range<Int>) -> Mention {
        let scalars = tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
        let written = range.count == 1 && tokens[range.lowerBound].isWord ? tokens[range.lowerBound].text : string(of: scalars)
        assert(written.utf8.elementsEqual(ScalarText.string(text[scalars]).utf8), "a mention's text is the string of its scalars")
        return Mention(kind: kind, tokens: range, range: scalars, text: written)
    }
}
