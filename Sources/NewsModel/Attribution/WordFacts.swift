/// What one language's lexicon and the places list say about one written word: found once per distinct
/// written form of an article (`annotate`) and kept in its tokens, because the mention parser asks the same
/// questions of a word at every mention it tries there, and each answer was a hashed look-up or a scan.
struct WordFacts: Sendable, Equatable {
    /// Facts that take more than a list look-up.
    struct Flags: OptionSet, Sendable, Hashable {
        let rawValue: UInt16

        /// A title, or a compound ending in one (`MentionParser.isTitleWord`).
        static let titleWord = Flags(rawValue: 1 << 0)
        /// An elided article on a title: "l'ambassadeur".
        static let elidedTitle = Flags(rawValue: 1 << 1)
        /// The first word of a reporting verb, also in French inversion ("dit" of "dit-il").
        static let verbStart = Flags(rawValue: 1 << 2)
        /// As written, a country name, a capital, the first word of an organisation name.
        static let countryName = Flags(rawValue: 1 << 3)
        static let capital = Flags(rawValue: 1 << 4)
        static let organisationNameStart = Flags(rawValue: 1 << 5)
        /// The lower-cased word is one of the lexicon's feminine or masculine words, or else a title with a
        /// feminine suffix: the gender it gives as a pronoun, a determiner or a one-word role
        /// (`MentionParser.gender(of:lexicon:)`), asked at every pronoun and title, where it was two hashed
        /// set look-ups and a scan of suffixes each time.
        static let feminineWord = Flags(rawValue: 1 << 6)
        static let masculineWord = Flags(rawValue: 1 << 7)
        static let feminineTitle = Flags(rawValue: 1 << 8)
        /// A reporting verb of one word (`lexicon.reportingVerbs` lists the word, or the verb of its
        /// inversion, with no words after it): `Attributor.verbLength` answers without looking it up, where
        /// hashing the verb into the dictionary cost 300 instructions a call (5 M on 1 000 articles).
        static let oneWordVerb = Flags(rawValue: 1 << 9)
        /// What the sentence splitter asks of a mark, found once per written form, not from the token's text
        /// at each mark (`SentenceSplitter.endsSentence`, `.`, and a first scalar of `)]”’`).
        static let sentenceEnd = Flags(rawValue: 1 << 10)
        static let fullStop = Flags(rawValue: 1 << 11)
        static let closingMark = Flags(rawValue: 1 << 12)
        /// What the splitter asks of the word before a full stop (`SentenceSplitter.isAbbreviation`): listed,
        /// or dotted and of at most six characters; of a capitalised word, a single character. (Asked of the
        /// word's strings, it hashed the word at every full stop: 2.6 M on 1 000 articles.)
        static let abbreviation = Flags(rawValue: 1 << 13)
        static let capitalisedInitial = Flags(rawValue: 1 << 14)
        /// A first scalar of `(—–-`: the marks the attributor steps over around a quote (with the comma, after it),
        /// asked at each quote where it searched a string for the token's first scalar (1.4 M on 1 000 articles).
        static let openingDash = Flags(rawValue: 1 << 15)
    }

    /// What a few words have: the texts a demonym, an elision, an inversion or a possessive stands for.
    /// Kept apart, so that the facts of a word (and the token that holds them) are copied without
    /// retaining five strings: tokens are copied at every step of the parser, and most have none.
    final class Texts: Sendable, Equatable {
        let demonymCountry: String?
        let elidedRest: String?
        let invertedPronoun: String?
        let possessor: String?
        let possessorCountry: String?

        init(demonymCountry: String?, elidedRest: String?, invertedPronoun: String?, possessor: String?, possessorCountry: String?) {
            self.demonymCountry = demonymCountry
            self.elidedRest = elidedRest
            self.invertedPronoun = invertedPronoun
            self.possessor = possessor
            self.possessorCountry = possessorCountry
        }

        static func == (a: Texts, b: Texts) -> Bool {
            a.demonymCountry == b.demonymCountry && a.elidedRest == b.elidedRest && a.invertedPronoun == b.invertedPronoun
                && a.possessor == b.possessor && a.possessorCountry == b.possessorCountry
        }
    }

    /// The lexicon lists the lower-cased word stands in.
    var classes: WordClass = []
    var flags: Flags = []
    /// Nil when the word has none of them.
    private var texts: Texts?

    /// What `MentionParser.gender(of:lexicon:)` says of the lower-cased word.
    var gender: Gender? {
        flags.contains(.feminineWord) ? .feminine : flags.contains(.masculineWord) ? .masculine : flags.contains(.feminineTitle) ? .feminine : nil
    }

    /// The gender the lower-cased word gives as a determiner: a listed word only.
    var determinerGender: Gender? {
        flags.contains(.feminineWord) ? .feminine : flags.contains(.masculineWord) ? .masculine : nil
    }

    /// The country of a demonym: "Russische" → "RU".
    var demonymCountry: String? { texts?.demonymCountry }
    /// The noun after an elided article: "l'ambassadeur" → "ambassadeur".
    var elidedRest: String? { texts?.elidedRest }
    /// The pronoun of a French inversion: "a-t-il" → "il".
    var invertedPronoun: String? { texts?.invertedPronoun }
    /// The possessor of a possessive: "Russia's" → "Russia".
    var possessor: String? { texts?.possessor }
    /// The country the possessor names, as a country or its capital.
    var possessorCountry: String? { texts?.possessorCountry }

    init() {}

    /// Becomes `other`. Most words have no texts: then their classes and flags are copied alone, where
    /// assigning the whole retained the texts given and released those replaced, 22 instructions a token.
    @inline(__always)
    mutating func take(_ other: borrowing WordFacts) {
        if case .none = texts, case .none = other.texts {
            classes = other.classes
            flags = other.flags
        } else {
            self = copy other
        }
    }

    /// The facts of a word written `text`, lower-cased `lower`. (Borrowed: an initialiser takes its
    /// arguments as its own, and copying the lexicon's two dozen lists for every word cost a twentieth.)
    init(text: String, lower: String, lexicon: borrowing Lexicon, places: borrowing Places) {
        // One pass over the bytes says which rarer facts the word may have: without a hyphen it is no
        // inversion, without an apostrophe ("'", or the last byte of "’") no elision. Each was a scan of its own.
        var hasHyphen = false
        var hasApostrophe = false
        var hasFullStop = false
        let scanned: Void? = lower.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes {
                if byte == UInt8(ascii: "-") {
                    hasHyphen = true
                } else if byte == UInt8(ascii: "'") || byte == 0x99 {
                    hasApostrophe = true
                } else if byte == UInt8(ascii: ".") {
                    hasFullStop = true
                }
            }
        }
        if scanned == nil { (hasHyphen, hasApostrophe, hasFullStop) = (true, true, lower.utf8.contains(UInt8(ascii: "."))) }
        // the classes and the gender lists in one look-up
        let word = lexicon.word(lower)
        classes = word.classes
        if classes.contains(.title) || Words.isCompoundTitle(lower, lexicon: lexicon) { flags.insert(.titleWord) }
        let elidedRest = hasApostrophe ? Words.elidedRest(lower, lexicon: lexicon) : nil
        if let rest = elidedRest {
            if lexicon.titles[rest]?.contains([]) == true || MentionParser.isTitleWord(rest, lexicon: lexicon) { flags.insert(.elidedTitle) }
        }
        let invertedPronoun = hasHyphen ? MentionParser.invertedPronoun(lower) : nil
        if let verb = invertedPronoun.map({ _ in String(lower.split(separator: "-").first ?? "") }) {
            if let rests = lexicon.reportingVerbs[verb] {
                flags.insert(.verbStart)
                if rests.contains(where: \.isEmpty) { flags.insert(.oneWordVerb) }
            }
        } else if classes.contains(.reportingVerbStart) {
            flags.insert(.verbStart)
            if lexicon.reportingVerbs[lower]?.contains(where: \.isEmpty) == true { flags.insert(.oneWordVerb) }
        }
        // an ASCII first byte is the first scalar (decoding it through the scalar view cost 80 instructions a form)
        let first = text.utf8.first.flatMap { $0 < 0x80 ? Unicode.Scalar($0) : nil } ?? text.unicodeScalars.first
        // what the splitter asks of a mark and of the word before a full stop
        // (`SentenceSplitter.endsSentence(text)` is a question of the first scalar, read here already)
        if SentenceSplitter.isSentenceEnd(first) { flags.insert(.sentenceEnd) }
        if first == ".", text.utf8.count == 1 { flags.insert(.fullStop) }
        switch first {
        case ")", "]", "\u{201D}", "\u{2019}": flags.insert(.closingMark)
        case "(", "\u{2014}", "\u{2013}", "-": flags.insert(.openingDash)
        default: break
        }
        // names as written: a word without a capital is none where every name has one
        let capitalised = first.map(ScalarClass.isUppercase) ?? false
        if lower.utf8.count <= SentenceSplitter.longestAbbreviation && SentenceSplitter.isListedAbbreviation(lower) || hasFullStop && SentenceSplitter.characterCount(lower) <= 6 {
            flags.insert(.abbreviation)
        }
        if capitalised, Words.isOneCharacter(lower) { flags.insert(.capitalisedInitial) }
        if capitalised || !places.namesCapitalised, let name = places.placeNames[text] {
            if name.country != nil { flags.insert(.countryName) }
            if name.capital != nil { flags.insert(.capital) }
        }
        if capitalised || !lexicon.organisationNamesCapitalised, lexicon.organisationNameStarts[text] != nil { flags.insert(.organisationNameStart) }
        if word.isFeminine { flags.insert(.feminineWord) }
        if word.isMasculine { flags.insert(.masculineWord) }
        if Words.hasFeminineTitleSuffix(lower, lexicon: lexicon) { flags.insert(.feminineTitle) }
        let demonymCountry = places.country(ofDemonym: lower)
        let possessor = Words.possessor(text)
        let possessorCountry = possessor.flatMap { places.placeNames[$0].flatMap { $0.country ?? $0.capital } }
        if demonymCountry != nil || elidedRest != nil || invertedPronoun != nil || possessor != nil {
            texts = Texts(demonymCountry: demonymCountry, elidedRest: elidedRest, invertedPronoun: invertedPronoun,
                          possessor: possessor, possessorCountry: possessorCountry)
        }
    }
}

extension WordFacts {
    /// Sets the facts of every token of one article, finding those of each written form once (a
    /// punctuation mark, a quote or a break gets those of its text too): once per article, or once per
    /// load with the `cache` of the article's language. Returns the index of the first token of each form
    /// (`firsts[f]` for form `f`), each token's form, and each form's strings numbered (`strings[f]`, below
    /// `stringCount`; with a cache, numbered for all the articles it serves): what depends only on the text (kind
    /// of token, capital, lower case) can be read once per form, and noted once per form.
    @discardableResult
    @inline(never)  // once an article: kept out of the analyzer, so that its cost is seen in a profile
    static func annotate(_ tokens: inout [Token], lexicon: borrowing Lexicon, places: borrowing Places,
                         cache: WordFactsCache? = nil) -> (firsts: [Int], forms: [Int32], strings: [FormStrings], stringCount: Int) {
        let cache = cache ?? WordFactsCache(language: lexicon.language)
        var known = cache.takeForms()
        known.beginArticle()
        // one form a token, and at most as many firsts and strings as tokens: made at their most, uninitialised,
        // written in place and counted as far as written, where appending to them checked each array's uniqueness
        // and capacity, 25 instructions a token (zeroing them first cost 3.6 M a thousand articles)
        var firsts: [Int] = []
        var strings: [FormStrings] = []
        let count = tokens.count
        let forms = [Int32](unsafeUninitializedCapacity: count) { forms, formsWritten in
            firsts = [Int](unsafeUninitializedCapacity: count) { firsts, firstsWritten in
                strings = [FormStrings](unsafeUninitializedCapacity: count) { strings, stringsWritten in
                    annotate(&tokens, forms: forms, firsts: firsts, strings: strings, known: &known, lexicon: lexicon, places: places)
                    stringsWritten = known.formCount
                }
                firstsWritten = known.formCount
            }
            formsWritten = count
        }
        let stringCount = known.stringCount
        // moved back, not copied (put back by a `defer`, the forms were copied and the copy destroyed: their eight
        // arrays retained and released, 580 instructions an article)
        cache.putBack(consume known)
        return (firsts, forms, strings, stringCount)
    }

    /// `annotate` writing each token's form to `forms[index]`, and the index of each form's first token and the
    /// numbers of its strings to `firsts[form]` and `strings[form]`.
    private static func annotate(_ tokens: inout [Token], forms: UnsafeMutableBufferPointer<Int32>, firsts: UnsafeMutableBufferPointer<Int>,
                                 strings: UnsafeMutableBufferPointer<FormStrings>, known: inout WordFactsCache.Forms,
                                 lexicon: borrowing Lexicon, places: borrowing Places) {
        // through a buffer pointer: each token read or written through the array was checked for uniqueness
        // and retained its strings
        tokens.withUnsafeMutableBufferPointer { tokens in
            var index = 0
            while true {
                // most tokens' forms were met before: given their facts in one loop, which stops at a form to look up here
                index = known.annotateKnown(tokens, from: index, forms: forms, firsts: firsts, strings: strings)
                guard index < tokens.count else { break }
                if let (facts, form, firstStrings) = known.lookUp(tokens[index].text) {
                    tokens[index].facts = facts
                    if let firstStrings {
                        firsts[form] = index
                        strings[form] = firstStrings
                    }
                    forms[index] = Int32(form)
                } else {
                    // not in an escaping closure: that would take a copy of the lexicon, two dozen lists, at every word
                    let facts = WordFacts(text: tokens[index].text, lower: tokens[index].lower, lexicon: lexicon, places: places)
                    let (form, formStrings) = known.keep(facts, isWord: tokens[index].isWord, text: tokens[index].text, lower: tokens[index].lower)
                    forms[index] = Int32(form)
                    tokens[index].facts = facts
                    firsts[form] = index
                    strings[form] = formStrings
                }
                index += 1
            }
        }
    }
}
