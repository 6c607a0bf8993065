/// What reading one file's text produced: its articles in order and the problems met on the way.
struct ReadOutcome: Sendable, Equatable {
    var documents: [ArticleDocument] = []
    var problems: [LoadProblem] = []

    /// An outcome holding only one problem.
    static func problem(_ error: LoadError, path: String, line: Int? = nil, severity: LoadProblem.Severity = .skipped) -> ReadOutcome {
        ReadOutcome(problems: [LoadProblem(path: path, line: line, error: error, severity: severity)])
    }
}
