import Testing
@testable import NewsModel
@Test func languageHeader() { #expect(Language(header: "nl-BE") == .nl) }
