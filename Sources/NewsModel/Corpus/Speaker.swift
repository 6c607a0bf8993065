/// Someone quoted in the corpus: one entity however the articles name it.
public struct Speaker: Sendable, Equatable, Identifiable {
    /// What kind of entity speaks.
    public enum Kind: String, Sendable, Equatable, Codable {
        case person, organisation, group
    }

    /// The canonical name: a person's full name without titles, an organisation's full noun phrase
    /// without its article, a group's members joined with ` & `.
    public var name: String
    /// The title written with the name ("minister", "president"), if any.
    public var role: String?
    /// Every form the articles used for this speaker, in order of first appearance.
    public var mentions: [String]
    /// For a group: its members' ids.
    public var members: [Int]
    // The numbers in 32 bits (see `Compact`: there are fewer speakers, quotes and articles than 2³²) and the
    // kind after them: 64 bytes a speaker where `Int`s took 80, for the 100 000 speakers of a large corpus.
    @Compact<UInt32> public var id: Int
    /// Quotes attributed to this speaker (repeats not counted) and articles they appear in.
    @Compact<UInt32> public var quoteCount: Int
    @Compact<UInt32> public var articleCount: Int
    public var kind: Kind

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
