import Testing
import TestSupport
@testable import NewsModel

@Suite("PackedDate")
struct PackedDateTests {
    /// Every stored part of a date, so "the same date" means the same in each field, not only `==`.
    static func parts(_ date: NewsDate?) -> [Int?]? {
        date.map { [$0.year, $0.month, $0.day, $0.time?.hour, $0.time?.minute, $0.time?.second, $0.utcOffset] }
    }

    @Test("a date stored in the metadata reads back with every part as it was, packed or boxed")
    func roundTrip() {
        var random = SplitMix64(seed: 5)
        func maybe(_ range: ClosedRange<Int>) -> Int? { Bool.random(using: &random) ? nil : Int.random(in: range, using: &random) }
        var dates: [NewsDate?] = [nil, NewsDate(year: 2022), NewsDate(year: 2022, month: 1), NewsDate(year: 0, month: 0, day: 0),
                                  NewsDate(year: -1_048_576), NewsDate(year: 1_048_575), NewsDate(year: 1_048_576), NewsDate(year: .min),
                                  NewsDate(year: 2022, month: 16), NewsDate(year: 2022, month: 12, day: 32),
                                  NewsDate(parsing: "2022-01-10T12:30:05+05:45"), NewsDate(parsing: "2022-01-10T23:59:60-11:00"),
                                  NewsDate(parsing: "Mon, 10 Jan 2022 12:00:00 GMT"), NewsDate(parsing: "10. Januar 2022")]
        for _ in 0..<2_000 {
            var date = NewsDate(year: Int.random(in: -1_100_000...1_100_000, using: &random), month: maybe(-1...17), day: maybe(-1...33))
            if Bool.random(using: &random) {
                date.time = NewsDate.TimeOfDay(hour: Int.random(in: -1...33, using: &random), minute: Int.random(in: -1...65, using: &random),
                                               second: Int.random(in: -1...65, using: &random))
            }
            date.utcOffset = Bool.random(using: &random) ? maybe(-130_000...130_000) : maybe(-2_100...2_100).map { $0 * 60 }
            dates.append(date)
        }
        for date in dates {
            let metadata = ArticleMetadata(title: "t", date: date, source: "s")
            #expect(Self.parts(metadata.date) == Self.parts(date), "\(String(describing: date))")
            var changed = metadata
            changed.date = date.map { NewsDate(year: $0.year + 1) }
            #expect(Self.parts(changed.date) == Self.parts(date.map { NewsDate(year: $0.year + 1) }))
            #expect((changed == metadata) == (changed.date == metadata.date))
        }
    }

    @Test("metadata with a date are 80 bytes, not 160")
    func size() {
        #expect(MemoryLayout<ArticleMetadata>.stride == 80)
    }
}
