/// PLACEHOLDER until the loading work lands: guesses nothing.
public enum LanguageGuesser {
    public static func guess(_ paragraphs: [String]) -> Language { .unknown }
}

public func fallbackTitle(from paragraphs: [String], limit: Int = 80) -> String? {
    guard let first = paragraphs.first else { return nil }
    return String(first.prefix(limit))
}
