extension MentionParser {
    /// What the facts say of a word the parser is asked at, without the call (`start(at:end:)`).
    enum Start {
        /// No mention begins here.
        case none
        /// A personal pronoun: its mention, one word long (`pronounMention`).
        case pronoun
        /// A lone capitalised word that names a country or capital: its mention, one word long (`placeWordMention`).
        case placeWord
        /// A lone name word with no role, no comma and no conjunction after it ("Blinken said"): its mention,
        /// one word long (`personWordMention`).
        case personWord
        /// Anything else: parsed the long way.
        case parse
    }

    /// What `parseGroup` finds at the word at `k` (before `end`), where its facts tell it without the call.
    /// Turned away: a determiner before modifiers that lead to no phrase ("the talks", "that the", "de
    /// Nederlandse exportbeperkingen") or before a lone capitalised word that the rules for one refuse ("the
    /// West", "die Konferenz"); modifiers before a word that goes on no phrase ("Russian forces", "Russia's
    /// war"); a possessive in lower case of no country ("agency's board"); a capitalised word that begins no
    /// pronoun, determiner, modifier, title or organisation, and either is no name word ("In", "Officials"
    /// opening a sentence) or is a lone one that the parser's two rules for lone capitalised words refuse
    /// ("Eindhoven", a German noun). Six in ten of the words the parser was called at came to nothing, and
    /// each call cost 400 to 600 instructions; nine in ten of those are turned away now. Made at once: a pronoun, a lone word that names a place
    /// ("Moscow", a quarter of all mentions) and a lone name word ("Blinken said"), which the parser reached
    /// after asking every rule of a name (600 to 700 instructions each). A debug build checks each answer
    /// against the parser.
    func start(at k: Int, end: Int) -> Start {
        let classes = tokens[k].facts.classes
        if classes.contains(.singularPronoun) || classes.contains(.pluralPronoun) { return .pronoun }
        if classes.contains(.determiner) {
            // "the talks", "zei dat Blinken": a determiner (no pronoun) before a word that begins nothing, or a
            // subordinator before a capitalised word
            guard tokens[k].facts.invertedPronoun == nil else { return .parse }
            let next = k + 1
            if classes.contains(.subordinator), next < end, tokens[next].isCapitalized { return .none }
            // "that the", "dat de", "the agency's", "de Nederlandse exportbeperkingen": after a determiner the
            // parser reads no pronoun nor determiner, and modifiers only before a phrase
            if modifiersGoNowhere(from: next, end: end) { return .none }
            // "the West", "die Konferenz": a lone capitalised word that the rules refuse after a determiner
            if next < end, beginsOnlyName(at: next), refusesLoneName(at: next, end: end, hadDeterminer: true) { return .none }
            return .parse
        }
        guard beginsOnlyName(at: k) else {
            // "Russian forces", "Russia's war": modifiers before a word that goes on no phrase (with those after a
            // determiner, 4 500 of the 9 000 parses that came to nothing on 1 000 articles, 400 instructions each)
            if isModifierOnly(at: k, end: end), modifiersGoNowhere(from: k, end: end) { return .none }
            // "agency's board": a possessive in lower case that names no country and begins nothing else
            if !tokens[k].isCapitalized, tokens[k].facts.possessor != nil, tokens[k].facts.possessorCountry == nil,
               tokens[k].facts.classes.isDisjoint(with: Self.mentionStartClasses), tokens[k].facts.flags.isDisjoint(with: Self.mentionStartFlags),
               tokens[k].facts.invertedPronoun == nil {
                return .none
            }
            return .parse
        }
        // no title, modifier or organisation: the name's words begin here, and end here unless another
        // name word or a particle follows
        guard isNameWord(at: k) else { return .none }
        let next = k + 1
        if next < end, isNameWord(at: next) || tokens[next].facts.classes.contains(.nameParticle) { return .parse }
        // a lone word that may name a place (no possessive: its facts say so) is looked up as one, with no role
        if mayNamePlace(k..<next) { return .placeWord }
        // the rules for a lone capitalised word, with no determiner and no role
        if !articleWords.isNamePart(baseOf: k), isNounAfterArticle(k, hadDeterminer: false) || !isFollowedBySpeech(next, end) { return .none }
        // a comma may bring a role in apposition, a comma or a conjunction another name of a group
        if next < end, isMark(",", at: next) || tokens[next].isWord && tokens[next].facts.classes.contains(.conjunction) { return .parse }
        return .personWord
    }

    /// Whether the capitalised word at `j` begins no pronoun, title, modifier or organisation: the parser, come
    /// to it at the start or after a determiner, reads a name there or nothing. (Inlined, as the predicates
    /// below: asked at nearly every word the parser is asked at.)
    @inline(__always)
    func beginsOnlyName(at j: Int) -> Bool {
        tokens[j].isCapitalized && tokens[j].facts.classes.isDisjoint(with: Self.mentionStartClasses)
            && tokens[j].facts.flags.isDisjoint(with: Self.mentionStartFlags)
            && tokens[j].facts.possessor == nil && tokens[j].facts.demonymCountry == nil && tokens[j].facts.invertedPronoun == nil
    }

    /// Whether the parser refuses the name at `j` (`beginsOnlyName`, no role before it) by the rules for a lone
    /// capitalised word: it reads no name word there, or one alone that is no name part, names no place, and
    /// is a noun after an article or says nothing.
    func refusesLoneName(at j: Int, end: Int, hadDeterminer: Bool) -> Bool {
        guard isNameWord(at: j) else { return true }
        let next = j + 1
        if next < end, isNameWord(at: next) || tokens[next].facts.classes.contains(.nameParticle) { return false }
        return !mayNamePlace(j..<next) && !articleWords.isNamePart(baseOf: j)
            && (isNounAfterArticle(j, hadDeterminer: hadDeterminer) || !isFollowedBySpeech(next, end))
    }

    /// Whether the parser, reading modifiers from token `j` (`isModifierOnly`, none or more), comes to a word
    /// that goes on no phrase (`goesOnNoPhrase`): then nothing begins where it began.
    func modifiersGoNowhere(from j: Int, end: Int) -> Bool {
        var m = j
        while m < end, tokens[m].isWord, isModifierOnly(at: m, end: end) { m += 1 }
        return goesOnNoPhrase(at: m, end: end)
    }

    /// Whether the parser, come to token `j` after a determiner or a modifier, can read nothing more there: it
    /// is no word, or a word in lower case that is no title, modifier, demonym, possessive of a country or
    /// organisation (the parser reads no pronoun or determiner after one).
    @inline(__always)
    func goesOnNoPhrase(at j: Int, end: Int) -> Bool {
        guard j < end, tokens[j].isWord else { return true }
        if tokens[j].isCapitalized { return false }
        if !tokens[j].facts.classes.isDisjoint(with: Self.phraseGoesOnClasses) || !tokens[j].facts.flags.isDisjoint(with: Self.mentionStartFlags) {
            return false
        }
        return tokens[j].facts.possessorCountry == nil && tokens[j].facts.demonymCountry == nil
    }

    /// The classes of a word in lower case that a phrase goes on with after a determiner or a modifier.
    static let phraseGoesOnClasses: WordClass = [.titleModifier, .titleStart, .organisationNounStart, .titleWithStop]

    /// Whether the word at `k` (no pronoun or determiner) is a modifier the parser reads on from, and nothing
    /// else it could begin: a possessive of a country, a title modifier, or a demonym before a word.
    @inline(__always)
    func isModifierOnly(at k: Int, end: Int) -> Bool {
        let classes = tokens[k].facts.classes
        guard classes.isDisjoint(with: [.titleStart, .titleWithStop, .organisationNounStart]),
              tokens[k].facts.flags.isDisjoint(with: Self.mentionStartFlags), tokens[k].facts.invertedPronoun == nil else { return false }
        if tokens[k].facts.possessor != nil { return tokens[k].facts.possessorCountry != nil }
        if classes.contains(.titleModifier) { return true }
        return tokens[k].facts.demonymCountry != nil && k + 1 < end && tokens[k + 1].isWord
    }

    /// The mention of the lone name word at `k` (`Start.personWord`), as `parseSingle` makes it: a person
    /// with no role, and the gender that no role gives. (Its rules asked one by one, and its one word gathered
    /// into an array grown from empty, cost 700 instructions a name.)
    func personWordMention(at k: Int) -> Mention {
        var mention = make(.person(name: [tokens[k].text], role: []), k..<k + 1)  // no possessive: its facts say so
        mention.gender = genderOfNoRole
        return mention
    }

    /// The mention of the pronoun at `start`, as `parseSingle` makes it.
    func pronounMention(at start: Int) -> Mention {
        var mention = make(.pronoun(lower: tokens[start].lower), start..<start + 1)
        mention.gender = tokens[start].facts.gender  // a role of its one word, without a determiner
        return mention
    }

    /// The mention of the lone capitalised word at `k` that may name a place (`Start.placeWord`), as
    /// `parseSingle` makes it: the place it names, if the places list has it.
    func placeWordMention(at k: Int) -> Mention? {
        let name = tokens[k].text  // the name's one word, no possessive (whose words are joined as their possessors)
        guard let place = places.placeNames[name], let code = place.capital ?? place.country else { return nil }
        return make(.place(name: name, country: code), k..<k + 1)
    }
}
