/// Why the benchmark could not run.
enum BenchError: Error, CustomStringConvertible {
    case cannotWrite(String)
    case noBundledArticles(String)
    case childFailed(command: String, status: Int32, output: String)
    case missingProgram(String)

    var description: String {
        switch self {
        case let .cannotWrite(path): "cannot write \(path)"
        case let .noBundledArticles(searched): "no bundled articles found (looked in \(searched))"
        case let .childFailed(command, status, output): "\(command) exited with \(status): \(output)"
        case let .missingProgram(name): "\(name) is not on PATH"
        }
    }
}
