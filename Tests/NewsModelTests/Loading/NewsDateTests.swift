import Testing
import TestSupport
@testable import NewsModel

@Suite("NewsDate")
struct NewsDateTests {
    private func date(_ text: String) throws -> NewsDate {
        try #require(NewsDate(parsing: text))
    }

    @Test("description prints the precision the source gave")
    func descriptionAtPrecision() {
        #expect(NewsDate(year: 2022).description == "2022")
        #expect(NewsDate(year: 2022, month: 1).description == "2022-01")
        #expect(NewsDate(year: 2022, month: 1, day: 10).description == "2022-01-10")
        #expect(NewsDate(year: 2022, month: 1, day: 10, hour: 12, minute: 0, utcOffset: 0)?.description == "2022-01-10T12:00:00Z")
    }

    @Test("a month sorts before every day inside it, and a year before its months")
    func coarserFirst() throws {
        #expect(try date("2022") < date("2022-01"))
        #expect(try date("2022-01") < date("2022-01-01"))
        #expect(try date("2022-01") < date("2022-01-31"))
        #expect(try date("2022-01-31") < date("2022-02"))
        #expect(try date("2022-01-10") < date("2022-01-10T00:00:00Z"))
        #expect(try date("2021-12-31T23:59:59Z") < date("2022"))
    }

    @Test("moments compare as instants whatever offset they were written with")
    func instants() throws {
        #expect(try date("2022-01-10T12:00:00+01:00") < date("2022-01-10T11:30:00Z"))
        #expect(try date("2022-01-10T00:30:00+02:00") < date("2022-01-10"))
    }

    @Test("the same instant written with different offsets is ordered, not equal")
    func sameInstantDifferentOffsets() throws {
        let utc = try date("2022-01-10T12:00:00Z")
        let paris = try date("2022-01-10T13:00:00+01:00")
        #expect(utc != paris)
        #expect((utc < paris) != (paris < utc))
        #expect(try date("2022-01-10T12:00:00") < utc)
    }

    @Test("equal dates hash alike, and parts beyond the precision do not count")
    func equalityIgnoresHiddenParts() {
        var yearOnly = NewsDate(year: 2022)
        yearOnly.day = 5
        #expect(yearOnly == NewsDate(year: 2022))
        #expect(Set([yearOnly, NewsDate(year: 2022)]).count == 1)
    }

    @Test("sorting a mixed list is a total order: one of <, ==, > for every pair, transitive, and stable")
    func totalOrderProperty() {
        var generator = SplitMix64(seed: 20_220_110)
        let dates = (0..<300).map { _ in NewsDate.random(using: &generator) }
        for a in dates {
            for b in dates {
                let relations = [a < b, a == b, b < a].filter { $0 }.count
                #expect(relations == 1, "\(a) vs \(b)")
            }
        }
        for _ in 0..<2000 {
            let (a, b, c) = (dates.randomElement(using: &generator)!, dates.randomElement(using: &generator)!, dates.randomElement(using: &generator)!)
            if a < b && b < c { #expect(a < c, "\(a) < \(b) < \(c)") }
        }
        let sorted = dates.sorted()
        #expect(dates.shuffled(using: &generator).sorted() == sorted)
        #expect(zip(sorted, sorted.dropFirst()).allSatisfy { !($1 < $0) })
    }
}


extension NewsDate {
    /// A date near 2022 at a random precision, with a random offset for moments; many collide on purpose.
    static func random(using generator: inout SplitMix64) -> NewsDate {
        let year = Int.random(in: 2021...2022, using: &generator)
        let month = Int.random(in: 1...2, using: &generator)
        let day = Int.random(in: 1...2, using: &generator)
        switch Int.random(in: 0...3, using: &generator) {
        case 0: return NewsDate(year: year)
        case 1: return NewsDate(year: year, month: month)
        case 2: return NewsDate(year: year, month: month, day: day)
        default:
            let offset = [nil, 0, 3600, -3600].randomElement(using: &generator) ?? nil
            return NewsDate(year: year, month: month, day: day, hour: Int.random(in: 0...1, using: &generator),
                            minute: 0, utcOffset: offset) ?? NewsDate(year: year)
        }
    }
}
