/// Where an article's arrays lie in memory.
extension Article {
    /// Puts the paragraphs, quotes and speaker mentions in new storage of their size, allocated by the
    /// calling thread, and lets the old storage go: the corpus's merge (`ChunkMerge`) gathers the arrays
    /// it keeps away from the short-lived allocations of the threads that analysed them.
    mutating func moveArraysHere() {
        paragraphs = paragraphs.copiedExactly()
        quotes = quotes.copiedExactly()
        speakerMentions = speakerMentions.copiedExactly()
    }
}
