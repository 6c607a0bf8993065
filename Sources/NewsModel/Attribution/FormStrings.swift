/// The strings a written word form is compared by, as numbers: its text, its lower case, and its base (the
/// possessor of a possessive, "Hoekstra’s" → "Hoekstra", else the text). Equal strings (canonical
/// equivalence, as `==` has it) have one number, wherever they come from.
///
/// Numbered once per form a thread meets (`WordFactsCache`), the numbers shared by the articles the cache
/// serves until it starts again: an article's marks (`ArticleWords`) are arrays as long as the cache's
/// strings (a few thousand bytes), asked by number.
struct FormStrings: Equatable {
    var text: Int32
    var lower: Int32
    var base: Int32

    /// What a punctuation mark, a quote or a break has: no strings compared.
    static let none = FormStrings(text: -1, lower: -1, base: -1)
}
