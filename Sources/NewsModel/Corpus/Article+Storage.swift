/// Where an article's arrays and strings lie in memory.
extension Article {
    /// Puts the paragraphs, quotes and speaker mentions in new storage of their size, allocated by the
    /// calling thread, and lets the old storage go: the corpus's merge (`ChunkMerge`) gathers the arrays
    /// it keeps away from the short-lived allocations of the threads that analysed them.
    mutating func moveArraysHere() {
        paragraphs = paragraphs.copiedExactly()
        quotes = quotes.copiedExactly()
        speakerMentions = speakerMentions.copiedExactly()
    }

    /// Makes the source and author the string `seen` holds for the same words, and adds them to `seen`
    /// when new: a feed names a few sources and authors again and again, and each article read its own
    /// copy (one source of 20 bytes took 64 in each of 100 000 articles). Strings short enough to live
    /// inside their value (15 UTF-8 bytes) take no storage of their own and are left as they are.
    mutating func shareRepeatedMetadata(_ seen: inout [String: String]) {
        func shared(_ text: String?) -> String? {
            guard let text, text.utf8.count > 15 else { return text }
            if let known = seen[text], ScalarText.sameBytes(Substring(known), Substring(text)) { return known }
            seen[text] = text
            return text
        }
        metadata.source = shared(metadata.source)
        metadata.author = shared(metadata.author)
    }
}
