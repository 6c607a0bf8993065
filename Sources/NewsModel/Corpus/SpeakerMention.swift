/// Words in an article that name a quoted speaker, including `hij` or `het departement` once resolved.
public struct SpeakerMention: Sendable, Equatable {
    /// Scalar offsets in `Article.text`.
    public var range: Range<Int>
    public var speaker: Int
    public var text: String

    public init(range: Range<Int>, speaker: Int, text: String) {
        self.range = range
        self.speaker = speaker
        self.text = text
    }
}
