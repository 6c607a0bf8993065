/// One thing that went wrong while loading, with where it happened; the rest of the input is still read.
public struct LoadProblem: Sendable, Equatable, CustomStringConvertible {
    /// Whether the input was dropped or read anyway (for example with replaced bytes).
    public enum Severity: String, Sendable, Equatable {
        case skipped, warning
    }

    public var path: String
    /// 1-based line (JSON Lines, CSV record start) where known.
    public var line: Int?
    public var error: LoadError
    public var severity: Severity

    public init(path: String, line: Int? = nil, error: LoadError, severity: Severity = .skipped) {
        self.path = path
        self.line = line
        self.error = error
        self.severity = severity
    }

    /// `path:line: message`, the shape compilers use so editors can jump to it.
    public var description: String {
        let place = line.map { "\(path):\($0)" } ?? path
        return "\(place): \(error.message)"
    }
}
