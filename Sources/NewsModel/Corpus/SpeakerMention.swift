/// Words in an article that name a quoted speaker, including `hij` or `het departement` once resolved.
///
/// The words themselves are `Article.text` at `range`; they are not copied here.
public struct SpeakerMention: Sendable, Equatable {
    /// Scalar offsets in `Article.text`.
    public var range: Range<Int> {
        get { Range(stored: storedRange) }
        set { storedRange = Range(storing: newValue) }
    }
    public var speaker: Int {
        get { Int(storedSpeaker) }
        set { storedSpeaker = UInt32(truncatingIfNeeded: newValue) }
    }
    // In 32 bits (see `TextOffset`; there are fewer speakers than mentions): 12 bytes a mention instead of 24.
    private var storedRange: Range<TextOffset>
    private var storedSpeaker: UInt32

    public init(range: Range<Int>, speaker: Int) {
        self.storedRange = Range(storing: range)
        self.storedSpeaker = UInt32(truncatingIfNeeded: speaker)
    }
}
