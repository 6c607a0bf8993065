/// Words in an article that name a quoted speaker, including `hij` or `het departement` once resolved.
///
/// The words themselves are `Article.text` at `range`; they are not copied here.
public struct SpeakerMention: Sendable, Equatable {
    /// Scalar offsets in `Article.text`.
    public var range: Range<Int>
    public var speaker: Int

    public init(range: Range<Int>, speaker: Int) {
        self.range = range
        self.speaker = speaker
    }
}
