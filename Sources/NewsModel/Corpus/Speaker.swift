/// Someone quoted in the corpus: one entity however the articles name it.
public struct Speaker: Sendable, Equatable, Identifiable {
    /// What kind of entity speaks.
    public enum Kind: String, Sendable, Equatable, Codable {
        case person, organisation, group
    }

    public var id: Int
    /// The canonical name: a person's full name without titles, an organisation's full noun phrase
    /// without its article, a group's members joined with ` & `.
    public var name: String
    public var kind: Kind
    /// The title written with the name ("minister", "president"), if any.
    public var role: String?
    /// Every form the articles used for this speaker, in order of first appearance.
    public var mentions: [String]
    /// For a group: its members' ids.
    public var members: [Int]
    /// Quotes attributed to this speaker (repeats not counted) and articles they appear in.
    public var quoteCount: Int
    public var articleCount: Int

    public init(id: Int, name: String, kind: Kind, role: String? = nil, mentions: [String] = [], members: [Int] = [],
                quoteCount: Int = 0, articleCount: Int = 0) {
        self.id = id
        self.name = name
        self.kind = kind
        self.role = role
        self.mentions = mentions
        self.members = members
        self.quoteCount = quoteCount
        self.articleCount = articleCount
    }

    /// True when `query` matches the name or a mention on whole words, ignoring case and accents.
    public func matches(_ query: String) -> Bool {
        TextFolding.containsWords(name, query) || mentions.contains { TextFolding.containsWords($0, query) }
    }
}
