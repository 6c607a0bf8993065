/// What the attributor decided for one quote: its kind, its speaker (an entity of the article) and why.
struct Attribution: Sendable, Equatable {
    var kind: Quote.Kind
    var entity: Int?
    /// The mention that names the speaker (index into the article's mention list).
    var mention: Int?
    var cue: Quote.Cue
    /// A speaker named only by a common noun phrase ("the organizer", "a senior adviser"), as token range.
    /// (The phrase's text is made by the analyzer as it makes the quote: held here, a string made every
    /// attribution a value with a reference in it, copied and destroyed field by field, 8 M instructions
    /// on 1 000 articles.)
    var descriptive: Range<Int>? = nil
}
