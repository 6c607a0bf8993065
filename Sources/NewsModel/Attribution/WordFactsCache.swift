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
        /// The entries of forms of at most fifteen bytes, by their `FormKey`: open addressing, per bucket the
        /// entry's number + 1 (0 for an empty bucket); the count is a power of two, at least twice the entries.
        private var buckets: [Int32]
        /// The forms of more than fifteen bytes ("ontwikkelingssamenwerking", under one look-up in a hundred), by their bytes,
        /// and the entry of each by its number there.
        private var longForms = ByteKeyTable(minimumCapacity: 64)
        private var longEntries: [Int32] = []
        /// The key of the form `lookUp` has just met for the first time, for `keep` to store in its entry.
        private var newKey = FormKey.long
        /// What is kept of a form, in one place, so a look-up reads one more cache line, not three.
        private struct Entry {
            /// The form's bytes (`FormKey.long` for a longer form), compared with a look-up's in the entry the
            /// bucket points to: the entry is read anyway, for its facts.
            var key: FormKey
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
        /// an article then compares them by number, without hashing a string at each of its forms. Articles are
        /// given these numbers, shared by all the cache serves until it starts again (renumbering them from 0 for
        /// each article, at each form's first use there, cost 30 instructions a form: 4 M on 1 000 articles).
        private var strings = StringNumbers(minimumCapacity: 1_024)

        init(capacity: Int) {
            self.capacity = capacity
            buckets = Array(repeating: 0, count: 2_048)
        }

        /// Starts a new article: forms met from now on are new to it until met once.
        mutating func beginArticle() {
            article += 1
            formsInArticle = 0
            if entries.count >= capacity {
                for index in buckets.indices { buckets[index] = 0 }
                longForms.removeAll()
                longEntries.removeAll(keepingCapacity: true)
                entries.removeAll(keepingCapacity: true)
                strings = StringNumbers(minimumCapacity: 1_024)
            }
        }

        /// The facts of the form written `text` if met before, with the form's number in this article (the
        /// forms of an article are numbered from 0 as met since `beginArticle`) and whether this is its
        /// first use there; else nil, and `keep` must be given the new form's facts next.
        mutating func lookUp(_ text: String) -> (facts: WordFacts, form: Int, firstInArticle: FormStrings?)? {
            guard let slot = slot(of: text) else { return nil }
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
            return (facts, form, strings)
        }

        /// What `lookUp` gives each token from `start` on, while its form is one met before and its text a small
        /// string (at most fifteen bytes): the token is given the form's facts, `forms[index]` the form and, at the
        /// form's first token in the article, `firsts[form]` the token's index and `strings[form]` the numbers of
        /// its strings. Returns the index of the first token it leaves to `lookUp` (a new form or a longer one), or
        /// `tokens.count`. (One loop over the arrays held open, written in place: `lookUp` at each token checked
        /// that the arrays it wrote were unique and retained and released the text, a hundred and fifty
        /// instructions a token; appending to them checked each array's uniqueness, 25 more.)
        mutating func annotateKnown(_ tokens: UnsafeMutableBufferPointer<Token>, from start: Int, forms: UnsafeMutableBufferPointer<Int32>,
                                    firsts: UnsafeMutableBufferPointer<Int>, strings: UnsafeMutableBufferPointer<FormStrings>) -> Int {
            var count = formsInArticle
            let article = article
            let stopped = entries.withUnsafeMutableBufferPointer { entries in
                buckets.withUnsafeBufferPointer { buckets in
                    Self.annotateKnown(tokens, from: start, forms: forms, firsts: firsts, strings: strings, article: article,
                                       entries: entries, buckets: buckets, count: &count)
                }
            }
            formsInArticle = count
            return stopped
        }

        /// `annotateKnown` on the cache's arrays held open, the article having met `count` forms. (Kept in a
        /// local while the loop runs, the count stays in a register: counted through the closures' captures, it
        /// was loaded and stored at every first use of a form.)
        @inline(never)  // a few times an article: kept out of `annotate`, so that its cost is seen in a profile
        private static func annotateKnown(_ tokens: UnsafeMutableBufferPointer<Token>, from start: Int, forms: UnsafeMutableBufferPointer<Int32>,
                                          firsts: UnsafeMutableBufferPointer<Int>, strings: UnsafeMutableBufferPointer<FormStrings>,
                                          article: Int, entries: UnsafeMutableBufferPointer<Entry>, buckets: UnsafeBufferPointer<Int32>,
                                          count: inout Int) -> Int {
            var formsInArticle = count
            defer { count = formsInArticle }
            let shift = FormKey.bucketShift(of: buckets.count)
            // no entries (a new cache), no form known, or strings not laid out as `FormKey` reads them: every token
            // is left to `lookUp`
            guard let entryBase = entries.baseAddress, !entries.isEmpty, PackedASCII.stringsFromBits else { return start }
            for index in start..<tokens.count {
                // a text that is no small string is left to `lookUp` (a form of more than fifteen bytes, one token in a
                // hundred): the loop reads no other key, and keeps fewer values in registers (with the other keys'
                // path inside it, seven were reloaded at every token)
                guard let key = withUnsafePointer(to: &tokens[index].text, { FormKey(smallStringAt: $0) }),
                      let number = Self.probe(key, shift: shift, buckets, UnsafeBufferPointer(entries)) else {
                    return index
                }
                // through a pointer: the entry read as `entries[number]` was copied whole, its facts retained
                let entry = entryBase + number
                if entry.pointee.lastArticle != article {
                    entry.pointee.lastArticle = article
                    entry.pointee.numberInArticle = formsInArticle
                    firsts[formsInArticle] = index
                    strings[formsInArticle] = entry.pointee.strings
                    formsInArticle &+= 1
                }
                forms[index] = Int32(truncatingIfNeeded: entry.pointee.numberInArticle)
                tokens[index].facts.take(entry.pointee.facts)
            }
            return tokens.count
        }

        /// Keeps the facts found for the form `lookUp` has just met for the first time, a token written so
        /// (`isWord`, `text`, `lower` of it: the token itself is not copied); returns its number in the article
        /// and the numbers of its strings.
        mutating func keep(_ found: WordFacts, isWord: Bool, text: String, lower: String) -> (form: Int, strings: FormStrings) {
            var numbers = FormStrings.none
            if isWord {
                numbers.text = Int32(strings.number(of: text))
                // most words are written in lower case: their lower case is their text, numbered once (numbering it
                // again hashed and compared its bytes, 440 instructions a form)
                numbers.lower = lower == text ? numbers.text : Int32(strings.number(of: lower))
                numbers.base = found.possessor.map { Int32(strings.number(of: $0)) } ?? numbers.text
            }
            entries.append(Entry(key: newKey, facts: found, lastArticle: article, numberInArticle: formsInArticle, strings: numbers))
            if entries.count * 2 > buckets.count { growBuckets() }
            formsInArticle += 1
            return (formsInArticle - 1, numbers)
        }

        /// How many strings have numbers: the numbers an article is given are below this.
        var stringCount: Int { strings.count }

        /// How many forms the current article has met.
        var formCount: Int { formsInArticle }

        /// The entry of the form written `text`; else nil, the form taken as the next entry's (`keep` makes it).
        /// A text of at most fifteen bytes (all but a few words in a hundred) is found by its `FormKey`: two
        /// integers (its bytes and count) hashed and compared at once, where hashing and comparing its bytes as a byte
        /// key cost two hundred instructions a token.
        private mutating func slot(of text: String) -> Int? {
            let key = FormKey(text)
            guard key != .long else {
                newKey = .long
                let (number, isNew) = longForms.number(of: text)
                if isNew { longEntries.append(Int32(entries.count)) }
                return isNew ? nil : Int(longEntries[number])
            }
            let next = Int32(entries.count)
            let found = buckets.withUnsafeMutableBufferPointer { buckets in
                entries.withUnsafeBufferPointer { entries -> Int? in
                    let (bucket, entry) = Self.probe(key, UnsafeBufferPointer(buckets), entries)
                    if entry == nil { buckets[bucket] = next + 1 }  // the bucket of the entry `keep` makes
                    return entry
                }
            }
            if found == nil { newKey = key }
            return found
        }

        /// Where the form of `key` is filed: the bucket the probe stopped at, and the form's entry, or nil when
        /// that bucket is empty (the form is new, and would be filed there).
        @inline(__always)
        private static func probe(_ key: FormKey, _ buckets: UnsafeBufferPointer<Int32>,
                                  _ entries: UnsafeBufferPointer<Entry>) -> (bucket: Int, entry: Int?) {
            let mask = buckets.count - 1
            var bucket = key.bucket(of: buckets.count)
            while true {
                let number = Int(buckets[bucket]) - 1
                if number < 0 { return (bucket, nil) }
                if entries[number].key == key { return (bucket, number) }
                bucket = (bucket + 1) & mask
            }
        }

        /// `probe`'s entry, the first bucket picked by `shift` (`FormKey.bucketShift`): where a form met before
        /// is looked for at every token, with the shift found once an article.
        @inline(__always)
        private static func probe(_ key: FormKey, shift: Int, _ buckets: UnsafeBufferPointer<Int32>,
                                  _ entries: UnsafeBufferPointer<Entry>) -> Int? {
            let mask = buckets.count &- 1
            var bucket = key.bucket(shift: shift)
            while true {
                let number = Int(buckets[bucket]) &- 1
                if number < 0 { return nil }
                if entries[number].key == key { return number }
                bucket = (bucket &+ 1) & mask
            }
        }

        /// Doubles the buckets and puts every short form's entry back.
        private mutating func growBuckets() {
            buckets = Array(repeating: 0, count: buckets.count * 2)
            let mask = buckets.count - 1
            for (number, entry) in entries.enumerated() where entry.key != .long {
                var bucket = entry.key.bucket(of: buckets.count)
                while buckets[bucket] != 0 { bucket = (bucket + 1) & mask }
                buckets[bucket] = Int32(number + 1)
            }
        }
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
