/// The grammatical gender a text gives a person: by a pronoun (she, zij, sie, elle), an honorific
/// (Mrs., mevrouw, Frau, Mme), a gendered title (spokeswoman, Ministerin, ambassadrice) or, in French,
/// the article before a role (la ministre).
enum Gender: Sendable, Equatable {
    case feminine
    case masculine

    /// False only when both genders are known and differ.
    static func agree(_ a: Gender?, _ b: Gender?) -> Bool {
        guard let a, let b else { return true }
        return a == b
    }
}
