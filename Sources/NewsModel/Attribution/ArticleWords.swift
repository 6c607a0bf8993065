/// What the mention parser asks of an article's words as a whole: whether a word is written in lower case
/// somewhere, written capitalised other than at a sentence start, or stands in a run of capitalised words.
///
/// Asked of a token, answered by its form (`WordFacts.annotate`) and the article's number (`FormStrings`) of
/// the string the question compares: the form's lower case, or its "base", the possessor of a possessive
/// ("Hoekstra’s" → "Hoekstra") or else the word as written. Marks are kept by number, in arrays. (Sets of
/// strings, as before, hashed a string with SipHash at each of 140 insertions an article; numbering them
/// here by their bytes was still a sixteenth of the analysis, so the word facts cache numbers a form's
/// strings once, the first time a thread meets it.)
struct ArticleWords {
    /// Each token's form.
    private let forms: [Int32]
    /// By form: the numbers of its strings.
    private let strings: [FormStrings]
    /// By number: a word without a capital has this lower case.
    private let lowerCase: [Bool]
    /// By number: a capitalised word is written so, not at a sentence start nor right after a quote.
    private let capitalisedMidSentence: [Bool]
    /// By number: the base of a word in a run of two or more capitalised words ("Antony Blinken").
    private let nameParts: [Bool]

    /// `firsts`, `forms`, `strings` and `stringCount` as `WordFacts.annotate` gives them (`firsts[f]` is the
    /// first token of form `f`).
    init(tokens: [Token], forms: [Int32], firsts: [Int], strings: [FormStrings], stringCount: Int, sentenceStarts: [Bool]) {
        self.forms = forms
        self.strings = strings
        var lowerCase = Array(repeating: false, count: stringCount)
        for (form, index) in firsts.enumerated() where tokens[index].isWord && !tokens[index].isCapitalized {
            lowerCase[Int(strings[form].lower)] = true
        }
        // one pass over the tokens for both marks that are asked of every capitalised word
        var capitalisedMidSentence = Array(repeating: false, count: stringCount)
        var nameParts = Array(repeating: false, count: stringCount)
        var noted = Array(repeating: false, count: firsts.count)  // by form: marked mid-sentence once
        // a run: capitalised words that are no function words, with name particles inside ("Ursula von der Leyen");
        // its members are marked as they come from the second on, the first then too (collecting them in an
        // array, emptied at the end of every run, cost 4 M instructions at 1 000 articles)
        var runFirst = 0  // the run's first member
        var runCount = 0
        var afterQuote = false
        for index in tokens.indices {  // by index: a token taken out of the array is a copy, retained and released
            let isWord = tokens[index].isWord
            let isCapitalised = isWord && tokens[index].isCapitalized
            if isCapitalised, !sentenceStarts[index], !afterQuote {
                let form = Int(forms[index])
                if !noted[form] {
                    noted[form] = true
                    capitalisedMidSentence[Int(strings[form].text)] = true  // the word as written, possessive or not
                }
            }
            afterQuote = tokens[index].quoteIndex != nil
            let classes = tokens[index].facts.classes
            if isCapitalised, !classes.contains(.notName), !classes.contains(.determiner), !classes.contains(.titleStart) {
                runCount += 1
                if runCount == 1 {
                    runFirst = index
                    continue
                }
                if runCount == 2 { nameParts[Int(strings[Int(forms[runFirst])].base)] = true }
                nameParts[Int(strings[Int(forms[index])].base)] = true
            } else if !(isWord && classes.contains(.nameParticle)) {
                runCount = 0
            }
        }
        self.lowerCase = lowerCase
        self.capitalisedMidSentence = capitalisedMidSentence
        self.nameParts = nameParts
    }

    /// The lower case of token `j` is written somewhere as a word without a capital. Asked of a capitalised
    /// word that opens a sentence (other words' lower cases are not numbered: false).
    func isWrittenLowerCase(_ j: Int) -> Bool {
        let number = strings[Int(forms[j])].lower
        assert(number >= 0, "the lower case of a mark")
        return number >= 0 && lowerCase[Int(number)]
    }

    /// The base of token `j` is written capitalised somewhere not at a sentence start nor right after a
    /// quote. Asked of a capitalised word.
    func isCapitalisedMidSentence(baseOf j: Int) -> Bool {
        let number = strings[Int(forms[j])].base
        assert(number >= 0, "the base of a mark")
        return number >= 0 && capitalisedMidSentence[Int(number)]
    }

    /// The base of token `j` stands in a run of two or more capitalised words. Asked of a capitalised word.
    func isNamePart(baseOf j: Int) -> Bool {
        let number = strings[Int(forms[j])].base
        assert(number >= 0, "the base of a mark")
        return number >= 0 && nameParts[Int(number)]
    }
}
