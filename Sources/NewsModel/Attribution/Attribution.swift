/// What the attributor decided for one quote: its kind, its speaker (an entity of the article) and why.
struct Attribution: Sendable, Equatable {
    var kind: Quote.Kind
    var entity: Int?
    /// The mention that names the speaker (index into the article's mention list).
    var mention: Int?
    var cue: Quote.Cue
}
