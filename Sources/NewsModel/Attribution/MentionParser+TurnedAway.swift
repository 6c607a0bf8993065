extension MentionParser {
    /// Whether `parseSingle` turns away the word at `k` (before `end`) as no mention, read from the word's
    /// facts without the call: a determiner before a word that begins nothing ("the talks"), or a capitalised
    /// word that begins no pronoun, determiner, modifier, title or organisation, and either is no name word
    /// ("In", "Officials" opening a sentence) or is a lone one that the parser's two rules for lone
    /// capitalised words refuse ("Eindhoven", a German noun). Six in ten of the words the parser was called
    /// at came to nothing, and each call cost 400 to 600 instructions.
    /// False for any other word, which is parsed the long way (a debug build checks each answer against it).
    func isTurnedAway(at k: Int, end: Int) -> Bool {
        let classes = tokens[k].facts.classes
        if classes.contains(.determiner) {
            // "the talks", "zei dat Blinken": a determiner (no pronoun) before a word that begins nothing, or a
            // subordinator before a capitalised word
            guard !classes.contains(.singularPronoun), !classes.contains(.pluralPronoun), tokens[k].facts.invertedPronoun == nil else { return false }
            let next = k + 1
            if classes.contains(.subordinator), next < end, tokens[next].isCapitalized { return true }
            return !(next < end && tokens[next].isWord && mayBeginMention(at: next))
        }
        guard tokens[k].isCapitalized, tokens[k].facts.classes.isDisjoint(with: Self.mentionStartClasses),
              tokens[k].facts.flags.isDisjoint(with: Self.mentionStartFlags),
              tokens[k].facts.possessor == nil, tokens[k].facts.demonymCountry == nil,
              tokens[k].facts.invertedPronoun == nil else { return false }
        // no title, modifier or organisation: the name's words begin here, and end here unless another
        // name word or a particle follows
        guard isNameWord(at: k) else { return true }
        let next = k + 1
        if next < end, isNameWord(at: next) || tokens[next].facts.classes.contains(.nameParticle) { return false }
        // the rules for a lone capitalised word, with no determiner and no role
        return !mayNamePlace(k..<next) && !articleWords.isNamePart(baseOf: k)
            && (isNounAfterArticle(k, hadDeterminer: false) || !isFollowedBySpeech(next, end))
    }
}
