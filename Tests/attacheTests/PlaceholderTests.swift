import Testing
@Test func nothingYet() { #expect(1 + 1 == 2) }
