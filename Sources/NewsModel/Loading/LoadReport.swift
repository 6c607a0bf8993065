/// What a load produced: the articles in input order, and an account of every file read or skipped.
public struct LoadReport: Sendable, Equatable {
    public var documents: [ArticleDocument]
    public var problems: [LoadProblem]
    /// Files that were opened and read (whether or not they held an article).
    public var filesRead: Int
    /// Files that were not read at all, or read to no article (see `problems` for why).
    public var filesSkipped: Int

    public init(documents: [ArticleDocument] = [], problems: [LoadProblem] = [], filesRead: Int = 0, filesSkipped: Int = 0) {
        self.documents = documents
        self.problems = problems
        self.filesRead = filesRead
        self.filesSkipped = filesSkipped
    }

    /// True when any input was skipped or read with damage: the CLI exits 1.
    public var hasProblems: Bool { !problems.isEmpty }
}
