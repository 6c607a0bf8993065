/// What the mention parser asks of an article's words as a whole: whether a word is written in lower case
/// somewhere, written capitalised other than at a sentence start, or stands in a run of capitalised words.
///
/// Asked of a token, answered by its form (`WordFacts.annotate`) and the number (`FormStrings`) of
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
    /// By number: what the article's words say of the string (as many as the word facts cache has numbered).
    private let marks: [Marks]

    /// What is noted of one string, in one byte: three arrays of flags were three allocations an article.
    private struct Marks: OptionSet {
        let rawValue: UInt8

        /// A word without a capital has this lower case.
        static let lowerCase = Marks(rawValue: 1 << 0)
        /// A capitalised word is written so, not at a sentence start nor right after a quote.
        static let capitalisedMidSentence = Marks(rawValue: 1 << 1)
        /// The base of a word in a run of two or more capitalised words ("Antony Blinken").
        static let namePart = Marks(rawValue: 1 << 2)
    }

    /// `firsts`, `forms`, `strings` and `stringCount` as `WordFacts.annotate` gives them (`firsts[f]` is the
    /// first token of form `f`).
    @inline(never)  // once an article: kept out of the analyzer, so that its cost is seen in a profile
    init(tokens: [Token], forms: [Int32], firsts: [Int], strings: [FormStrings], stringCount: Int, sentenceStarts: [Bool]) {
        self.forms = forms
        self.strings = strings
        precondition(forms.count == tokens.count && sentenceStarts.count == tokens.count && firsts.count <= strings.count,
                     "a form and a sentence flag for every token, the strings of every form")
        // through buffers: each token read through the array was checked against its bounds, the forms and strings
        // too (ArticleWords cost 30 instructions a token)
        marks = [Marks](unsafeUninitializedCapacity: stringCount) { marks, initialized in
            tokens.withUnsafeBufferPointer { tokens in
                forms.withUnsafeBufferPointer { forms in
                    strings.withUnsafeBufferPointer { strings in
                        sentenceStarts.withUnsafeBufferPointer { sentenceStarts in
                            Self.clear(marks, strings: strings)
                            Self.mark(marks, tokens: tokens, forms: forms, strings: strings, sentenceStarts: sentenceStarts)
                        }
                    }
                }
            }
            initialized = stringCount
        }
    }

    /// Clears the marks of the forms' strings: the only ones asked. (The numbers are the word facts cache's, for
    /// all the articles it serves, thousands: clearing all of them as the array was made, a memset, cost about as
    /// much at 1 000 articles, 1 600 instructions an article, but grows with the cache; this, with the forms.)
    private static func clear(_ marks: UnsafeMutableBufferPointer<Marks>, strings: UnsafeBufferPointer<FormStrings>) {
        for numbers in strings where numbers.text >= 0 {
            marks[Int(numbers.text)] = []
            marks[Int(numbers.lower)] = []
            marks[Int(numbers.base)] = []
        }
    }

    /// Notes in `marks` what the tokens say of their strings.
    private static func mark(_ marks: UnsafeMutableBufferPointer<Marks>, tokens: UnsafeBufferPointer<Token>, forms: UnsafeBufferPointer<Int32>,
                             strings: UnsafeBufferPointer<FormStrings>, sentenceStarts: UnsafeBufferPointer<Bool>) {
        // one pass over the tokens for every mark (marking a string again is no change: its form is not checked
        // first; a word in lower case is marked at each token, where a loop of its own over the forms' first
        // tokens cost 1.8 M on 1 000 articles)
        // a run: capitalised words that are no function words, with name particles inside ("Ursula von der Leyen");
        // its members are marked as they come from the second on, the first then too (collecting them in an
        // array, emptied at the end of every run, cost 4 M instructions at 1 000 articles)
        var runFirst = 0  // the run's first member
        var runCount = 0
        var afterQuote = false
        for index in tokens.indices {  // by index: a token taken out of the array is a copy, retained and released
            let isWord = tokens[index].isWord
            let isCapitalised = isWord && tokens[index].isCapitalized
            if isWord, !isCapitalised, case let lower = strings[Int(forms[index])].lower, lower >= 0 { marks[Int(lower)].insert(.lowerCase) }
            if isCapitalised, !sentenceStarts[index], !afterQuote {
                marks[Int(strings[Int(forms[index])].text)].insert(.capitalisedMidSentence)  // the word as written, possessive or not
            }
            afterQuote = tokens[index].quoteIndex != nil
            let classes = tokens[index].facts.classes
            if isCapitalised, !classes.contains(.notName), !classes.contains(.determiner), !classes.contains(.titleStart) {
                runCount += 1
                if runCount == 1 {
                    runFirst = index
                    continue
                }
                if runCount == 2 { marks[Int(strings[Int(forms[runFirst])].base)].insert(.namePart) }
                marks[Int(strings[Int(forms[index])].base)].insert(.namePart)
            } else if !(isWord && classes.contains(.nameParticle)) {
                runCount = 0
            }
        }
    }

    /// The lower case of token `j` is written somewhere as a word without a capital. Asked of a capitalised
    /// word that opens a sentence (other words' lower cases are not numbered: false).
    func isWrittenLowerCase(_ j: Int) -> Bool {
        let number = strings[Int(forms[j])].lower
        assert(number >= 0, "the lower case of a mark")
        return number >= 0 && marks[Int(number)].contains(.lowerCase)
    }

    /// The base of token `j` is written capitalised somewhere not at a sentence start nor right after a
    /// quote. Asked of a capitalised word.
    func isCapitalisedMidSentence(baseOf j: Int) -> Bool {
        let number = strings[Int(forms[j])].base
        assert(number >= 0, "the base of a mark")
        return number >= 0 && marks[Int(number)].contains(.capitalisedMidSentence)
    }

    /// The base of token `j` stands in a run of two or more capitalised words. Asked of a capitalised word.
    func isNamePart(baseOf j: Int) -> Bool {
        let number = strings[Int(forms[j])].base
        assert(number >= 0, "the base of a mark")
        return number >= 0 && marks[Int(number)].contains(.namePart)
    }
}
