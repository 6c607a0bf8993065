/// The speaker the corpus is narrowed to, with the speaker ids whose quotes count as theirs
/// (the speaker and every group they belong to).
public struct SpeakerFilter: Sendable, Equatable {
    public var speaker: Int
    public var ids: Set<Int>

    public init(speaker: Int, ids: Set<Int>) {
        self.speaker = speaker
        self.ids = ids
    }
}
