/// What the attributor decided for one quote: its kind, its speaker (an entity of the article) and why.
struct Attribution: Sendable, Equatable {
    var kind: Quote.Kind
    var entity: Int?
    /// The mention that names the speaker (index into the article's mention list).
    var mention: Int?
    var cue: Quote.Cue
    /// A speaker named only by a common noun phrase ("the organizer", "a senior adviser"), as token range.
    var descriptive: Range<Int>? = nil
    /// The phrase's text and scalar range once the analyzer has made it a speaker.
    var descriptiveText: (text: String, range: Range<Int>)? = nil

    static func == (a: Attribution, b: Attribution) -> Bool {
        a.kind == b.kind && a.entity == b.entity && a.mention == b.mention && a.cue == b.cue && a.descriptive == b.descriptive
    }
}
