extension Lexicon {
    /// The lists `lower` stands in; empty for a word in none.
    func classes(of lower: String) -> WordClass { words[lower]?.classes ?? [] }

    /// What the lexicon says of the lower-cased `lower`: its classes and whether it marks a woman or a man.
    func word(_ lower: String) -> LexiconWord { words[lower] ?? LexiconWord() }

    /// `wordClasses`, and the feminine and masculine words, as one index.
    static func wordIndex(of lexicon: Lexicon) -> WordIndex<LexiconWord> {
        var index = lexicon.wordClasses.mapValues { LexiconWord(classes: $0) }
        for word in lexicon.feminineWords { index[word, default: LexiconWord()].isFeminine = true }
        for word in lexicon.masculineWords { index[word, default: LexiconWord()].isMasculine = true }
        return WordIndex(index)
    }

    /// Each word of `lists` → the classes of the lists it is in.
    static func classIndex(_ lists: [(WordClass, [String])]) -> [String: WordClass] {
        var index: [String: WordClass] = [:]
        for (wordClass, words) in lists {
            for word in words { index[word, default: []].insert(wordClass) }
        }
        return index
    }

    /// The class index of the lists and phrase indexes `lexicon` holds.
    static func classIndex(of lexicon: Lexicon) -> [String: WordClass] {
        classIndex([
            (.singularPronoun, Array(lexicon.singularPronouns)), (.pluralPronoun, Array(lexicon.pluralPronouns)),
            (.determiner, Array(lexicon.determiners)), (.subordinator, Array(lexicon.subordinators)),
            (.conjunction, Array(lexicon.conjunctions)), (.preposition, Array(lexicon.prepositions)),
            (.auxiliary, Array(lexicon.auxiliaries)), (.titleModifier, Array(lexicon.titleModifiers)),
            (.notName, Array(lexicon.notNames)), (.departmentWord, Array(lexicon.departmentWords)),
            (.titleStart, Array(lexicon.titles.keys)), (.reportingVerbStart, Array(lexicon.reportingVerbs.keys)),
            (.organisationNounStart, Array(lexicon.organisationNouns.keys)), (.sourceMarkerStart, Array(lexicon.sourceMarkers.keys)),
            (.titleWithStop, lexicon.titles.filter { $0.key.hasSuffix(".") && $0.value.contains([]) }.map { String($0.key.dropLast()) }),
            (.title, lexicon.titles.filter { $0.value.contains([]) }.map(\.key)),
            (.nameParticle, Array(MentionParser.nameParticles)), (.complementPreposition, Array(MentionParser.complementPrepositions)),
            (.termCue, lexicon.termCues.filter { !$0.contains(" ") }),
            (.termCueStart, lexicon.termCues.compactMap { cue in cue.firstIndex(of: " ").map { String(cue[..<$0]) } }),
            (.notOffice, Array(lexicon.honorifics) + Array(lexicon.relationalRoles)),
            (.titleOfSeveralWordsStart, lexicon.titles.filter { $0.value.contains { !$0.isEmpty } }.map(\.key)),
            (.organisationNounOfSeveralWordsStart, lexicon.organisationNouns.filter { $0.value.contains { !$0.isEmpty } }.map(\.key)),
        ])
    }

    /// Each of `words` begins with an upper-case scalar. A string equal to such a word begins with one too
    /// (the canonical equivalents of a capital begin with a capital), so a word that does not is none of them.
    static func allCapitalised(_ words: some Sequence<String>) -> Bool {
        words.allSatisfy { $0.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false }
    }
}

/// What one lexicon says of a lower-cased word: the lists it stands in, and whether it is one of the words
/// that mark a woman or a man (`Lexicon.feminineWords`, `masculineWords`).
struct LexiconWord: Sendable {
    var classes: WordClass = []
    var isFeminine = false
    var isMasculine = false
}
