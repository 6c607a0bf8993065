import ArgumentParser
import NewsModel

/// How `quotes` and `speakers` print: for people, or for scripts.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, jsonl, csv
}

extension Language: ExpressibleByArgument {
    public init?(argument: String) {
        if argument.lowercased() == "unknown" {
            self = .unknown
        } else {
            guard let language = Language(header: argument) else { return nil }
            self = language
        }
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
