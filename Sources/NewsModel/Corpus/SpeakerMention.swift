/// Words in an article that name a quoted speaker, including `hij` or `het departement` once resolved.
///
/// The words themselves are `Article.text` at `range`; they are not copied here.
public struct SpeakerMention: Sendable, Equatable {
    /// Scalar offsets in `Article.text`.
    public var range: Range<Int> {
        get { Range(stored: storedRange) }
        set { storedRange = Range(storing: newValue) }
    }
    // In 32 bits (see `TextOffset`; there are fewer speakers than mentions): 12 bytes a mention instead of 24.
    @Compact<UInt32> public var speaker: Int
    private var storedRange: Range<TextOffset>

    public init(range: Range<Int>, speaker: Int) {
        self.storedRange = Range(storing: range)
        self.speaker = speaker
    }
}
