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
    /// Turned away: a determiner before a word that begins nothing ("the talks"), or a capitalised word that
    /// begins no pronoun, determiner, modifier, title or organisation, and either is no name word ("In",
    /// "Officials" opening a sentence) or is a lone one that the parser's two rules for lone capitalised words
    /// refuse ("Eindhoven", a German noun). Six in ten of the words the parser was called at came to nothing,
    /// and each call cost 400 to 600 instructions. Made at once: a pronoun, a lone word that names a place
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
            return next < end && tokens[next].isWord && mayBeginMention(at: next) ? .parse : .none
        }
        guard tokens[k].isCapitalized, tokens[k].facts.classes.isDisjoint(with: Self.mentionStartClasses),
              tokens[k].facts.flags.isDisjoint(with: Self.mentionStartFlags),
              tokens[k].facts.possessor == nil, tokens[k].facts.demonymCountry == nil,
              tokens[k].facts.invertedPronoun == nil else { return .parse }
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
