extension Attributor {
    /// What the attributor notes at each token position, from the first token to just past the last: the mention
    /// that starts there, the one that ends just before it, where the clause before the token starts, and the
    /// subject of the clause that starts there. One array of them, where three `TokenMap`s and an array of clause
    /// starts were four allocations an article, each filled and freed (5 M instructions on 1 000 articles).
    struct Positions {
        struct Entry {
            var mentionStarting: Int32 = -1
            var mentionEnding: Int32 = -1
            var clauseStart: Int32 = 0
            var clauseSubject: Int32 = -1
        }

        var entries: [Entry]

        /// Positions `0..<count`, every one without a mention or a subject, each clause starting at 0.
        init(count: Int) {
            entries = Array(repeating: Entry(), count: max(0, count))
        }

        /// The mention whose first token is at `position`; nil for none, also outside the positions.
        @inline(__always)
        func mention(startingAt position: Int) -> Int? {
            guard position >= 0, position < entries.count, entries[position].mentionStarting >= 0 else { return nil }
            return Int(entries[position].mentionStarting)
        }

        /// The mention whose last token is just before `position`; nil for none, also outside the positions.
        @inline(__always)
        func mention(endingAt position: Int) -> Int? {
            guard position >= 0, position < entries.count, entries[position].mentionEnding >= 0 else { return nil }
            return Int(entries[position].mentionEnding)
        }

        /// Where the clause before the token at `position` starts (a position of a token).
        @inline(__always)
        func clauseStart(_ position: Int) -> Int {
            Int(entries[position].clauseStart)
        }

        /// The subject of the clause that starts at `position`; nil for none.
        @inline(__always)
        func clauseSubject(_ position: Int) -> Int? {
            guard position >= 0, position < entries.count, entries[position].clauseSubject >= 0 else { return nil }
            return Int(entries[position].clauseSubject)
        }
    }
}
