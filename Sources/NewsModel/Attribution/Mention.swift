/// A noun phrase in the narration that can name a speaker: a person, an organisation, a place acting
/// as its government, a pronoun, a role, or a group of these.
struct Mention: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// A named person; `role` holds the title words written with the name ("minister").
        case person(name: [String], role: [String])
        /// A named organisation ("Russische ministerie van Buitenlandse Zaken"); `head` is its organisation noun.
        case organisation(name: [String], head: String?, country: String?)
        /// A determiner and an organisation noun that names an organisation again ("het departement").
        case anaphor(head: String)
        /// A country or its capital, which news uses for its government ("Moskou reageerde").
        case place(name: String, country: String)
        case pronoun(lower: String)
        /// A role without a name ("de premier", "the spokesman").
        case role(words: [String], country: String?)
        case group([Mention])
    }

    var kind: Kind
    /// Token indices.
    var tokens: Range<Int>
    /// Scalar offsets in the article text.
    var range: Range<Int>
    /// The words as they stand in the text.
    var text: String
    /// An abbreviation the text introduces in brackets after the name: "(IAEA)".
    var alias: String?
    /// The gender the words of a person or role mention give ("la ministre", "Frau Amherd", "spokeswoman").
    var gender: Gender?
    /// Introduced by an indefinite article ("a diplomat", "een woordvoerder"): someone new, not a reference back.
    var isIndefinite = false

    /// A named person (not a group): read where the mention lies, without copying its kind out.
    var isPerson: Bool {
        if case .person = kind { return true }
        return false
    }

    var isPlace: Bool {
        if case .place = kind { return true }
        return false
    }
}
