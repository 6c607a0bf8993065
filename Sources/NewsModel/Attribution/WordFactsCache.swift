import Foundation

/// The facts of the written forms one thread has met, kept from article to article of a load.
///
/// Finding a form's facts takes a dozen hashed look-ups and scans (a ninth of the analysis when each
/// article found those of its own forms); most forms of an article ("the", "said", "Blinken") were met in
/// an earlier one. Facts depend only on the form, its language's lexicon and the places list, so a form
/// met again is given what was found the first time. Used by one thread at a time (`WordFactsCaches`
/// lends it out); holds at most `capacity` forms, and starts again empty when full.
final class WordFactsCache {
    /// The language whose (built-in) lexicon the facts come from.
    let language: Language
    /// Taken out for an article (`takeForms`) and put back after: every access to a class's stored
    /// property is checked for exclusivity at run time, which was over a quarter of annotating at two per word.
    private var forms: Forms?

    init(language: Language, capacity: Int = 16_384) {
        self.language = language
        forms = Forms(capacity: capacity)
    }

    /// The forms met so far, for one article's look-ups; `putBack` must follow.
    func takeForms() -> Forms {
        guard let taken = forms.take() else { preconditionFailure("the forms of a word facts cache taken twice") }
        return taken
    }

    func putBack(_ taken: consuming Forms) {
        forms = taken
    }

    /// The forms met so far and their facts.
    struct Forms {
        private let capacity: Int
        private var slots = ByteKeyTable(minimumCapacity: 1_024)
        /// What is kept of a form, in one place, so a look-up reads one more cache line, not three.
        private struct Entry {
            var facts: WordFacts
            /// The last article (`article`) that met the form, to tell an article's first use of a form,
            /// and the form's number in that article.
            var lastArticle: Int
            var numberInArticle: Int
            /// The numbers in `strings` of what the form is compared by (`FormStrings.none` for a mark).
            var strings: FormStrings
        }
        private var entries: [Entry] = []
        private var article = 0
        /// Forms the current article has met.
        private var formsInArticle = 0
        /// Numbers every string a word form is compared by (its text, lower case and base), once per form met:
        /// an article then compares them by number, without hashing a string at each of its forms.
        private var strings = StringNumbers(minimumCapacity: 1_024)
        /// By number in `strings`: the last article that numbered the string for itself, and its number there.
        private var articleOfString: [Int] = []
        private var numberInArticle: [Int32] = []
        /// Strings the current article has numbered.
        private var stringsInArticle: Int32 = 0

        init(capacity: Int) {
            self.capacity = capacity
        }

        /// Starts a new article: forms met from now on are new to it until met once.
        mutating func beginArticle() {
            article += 1
            formsInArticle = 0
            stringsInArticle = 0
            if entries.count >= capacity {
                slots.removeAll()
                entries.removeAll(keepingCapacity: true)
                strings = StringNumbers(minimumCapacity: 1_024)
                articleOfString.removeAll(keepingCapacity: true)
                numberInArticle.removeAll(keepingCapacity: true)
            }
        }

        /// The facts of the form written `text` if met before, with the form's number in this article (the
        /// forms of an article are numbered from 0 as met since `beginArticle`) and whether this is its
        /// first use there; else nil, and `keep` must be given the new form's facts next.
        mutating func lookUp(_ text: String) -> (facts: WordFacts, form: Int, firstInArticle: FormStrings?)? {
            let (slot, isNew) = slots.number(of: text)
            guard !isNew else { return nil }
            let article = article
            let next = formsInArticle
            let (facts, form, strings) = entries.withUnsafeMutableBufferPointer { entries -> (WordFacts, Int, FormStrings?) in
                guard entries[slot].lastArticle != article else { return (entries[slot].facts, entries[slot].numberInArticle, nil) }
                entries[slot].lastArticle = article
                entries[slot].numberInArticle = next
                return (entries[slot].facts, next, entries[slot].strings)
            }
            guard let strings else { return (facts, form, nil) }
            formsInArticle += 1
            return (facts, form, inArticle(strings))
        }

        /// Keeps the facts found for the form `lookUp` has just met for the first time, a token written so
        /// (`isWord`, `text`, `lower` of it: the token itself is not copied); returns its number in the article
        /// and the article's numbers of its strings.
        mutating func keep(_ found: WordFacts, isWord: Bool, text: String, lower: String) -> (form: Int, strings: FormStrings) {
            var numbers = FormStrings.none
            if isWord {
                numbers.text = Int32(strings.number(of: text))
                numbers.lower = Int32(strings.number(of: lower))
                numbers.base = found.possessor.map { Int32(strings.number(of: $0)) } ?? numbers.text
            }
            articleOfString.append(contentsOf: repeatElement(0, count: strings.count - articleOfString.count))
            numberInArticle.append(contentsOf: repeatElement(0, count: strings.count - numberInArticle.count))
            entries.append(Entry(facts: found, lastArticle: article, numberInArticle: formsInArticle, strings: numbers))
            formsInArticle += 1
            return (formsInArticle - 1, inArticle(numbers))
        }

        /// `numbers` (in `strings`) as numbers of the current article: from 0 in the order first met there.
        private mutating func inArticle(_ numbers: FormStrings) -> FormStrings {
            guard numbers.text >= 0 else { return numbers }
            // most forms are written in lower case and are no possessives: one string, numbered once
            let text = inArticle(numbers.text)
            let lower = numbers.lower == numbers.text ? text : inArticle(numbers.lower)
            let base = numbers.base == numbers.text ? text : inArticle(numbers.base)
            return FormStrings(text: text, lower: lower, base: base)
        }

        private mutating func inArticle(_ number: Int32) -> Int32 {
            let index = Int(number)
            if articleOfString[index] == article { return numberInArticle[index] }
            articleOfString[index] = article
            numberInArticle[index] = stringsInArticle
            stringsInArticle += 1
            return stringsInArticle - 1
        }

        /// How many strings the current article has numbered.
        var stringCount: Int { Int(stringsInArticle) }
    }
}

/// The caches of one load, lent to the threads that analyse its articles: a thread borrows one for
/// an article and gives it back, so no two threads use a cache at once. (An `NSLock`, not a `Mutex`:
/// ThreadSanitizer sees its locking, and so the hand-over of a cache from one thread to the next.)
final class WordFactsCaches: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [WordFactsCache] = []

    init() {}

    /// An idle cache for `language`, or a new one.
    func borrow(_ language: Language) -> WordFactsCache {
        lock.withLock {
            if let index = idle.lastIndex(where: { $0.language == language }) { return idle.remove(at: index) }
            return WordFactsCache(language: language)
        }
    }

    func giveBack(_ cache: WordFactsCache) {
        lock.withLock { idle.append(cache) }
    }
}
