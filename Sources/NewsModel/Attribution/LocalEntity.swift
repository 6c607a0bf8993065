/// A speaker as one article knows it, before the corpus merges it with the same speaker elsewhere.
struct LocalEntity: Sendable, Equatable {
    var kind: Speaker.Kind
    /// The canonical name's words ("Antony", "Blinken"; "Russische", "ministerie", "van", …).
    var words: [String] {
        didSet { (foldedWords, foldedName) = Self.folded(words) }
    }
    /// `words` folded one by one, and `name` folded: kept with the words because the table and the merger
    /// match on them again and again, and folding each time was a tenth of resolving a mention.
    private(set) var foldedWords: [String]
    private(set) var foldedName: String
    var role: String?
    var country: String?
    /// The organisation noun for organisations ("ministerie").
    var head: String?
    /// Surface forms seen in the text, in order of first appearance.
    var mentions: [String] = []
    /// Member entities of a group.
    var members: [Int] = []
    /// A place standing in for its government, with no organisation named before it.
    var isPlace = false
    /// A role with no name ("de woordvoerder").
    var isUnnamed = false
    /// A person's gender where the text gives one.
    var gender: Gender?

    /// `folded`: the words folded one by one and the name folded, where the caller has folded them already.
    init(kind: Speaker.Kind, words: [String], folded: (words: [String], name: String)? = nil, role: String? = nil, country: String? = nil,
         head: String? = nil, members: [Int] = []) {
        self.kind = kind
        self.words = words
        (foldedWords, foldedName) = folded ?? Self.folded(words)
        self.role = role
        self.country = country
        self.head = head
        self.members = members
    }

    var name: String { words.joined(separator: " ") }

    /// The folded words, and the folded name (`TextFolding.fold(name)`).
    private static func folded(_ words: [String]) -> ([String], String) {
        (words.map(TextFolding.fold), TextFolding.foldJoined(words))
    }

    mutating func addMention(_ text: String) {
        if !mentions.contains(text) { mentions.append(text) }
    }
}
