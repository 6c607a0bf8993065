import Testing
@testable import NewsModel

@Suite("NewsDateParser")
struct NewsDateParserTests {
    @Test("a year, a month and a day keep the precision they were written at", arguments: [
        ("2022", "2022", NewsDate.Precision.year),
        ("2022-01", "2022-01", .month),
        ("2022-01-10", "2022-01-10", .day),
        ("2022/01/10", "2022-01-10", .day),
        ("  2022-1-5 ", "2022-01-05", .day),
    ])
    func isoShortenings(text: String, expected: String, precision: NewsDate.Precision) throws {
        let date = try #require(NewsDate(parsing: text))
        #expect(date.description == expected)
        #expect(date.precision == precision)
    }

    @Test("ISO 8601 date-times read with T or space, Z, offsets and fractions, shown in UTC", arguments: [
        ("2022-01-10T12:00:00Z", "2022-01-10T12:00:00Z"),
        ("2022-01-10 12:00:00Z", "2022-01-10T12:00:00Z"),
        ("2022-01-10T12:00Z", "2022-01-10T12:00:00Z"),
        ("2022-01-10T12:00:00.123456Z", "2022-01-10T12:00:00Z"),
        ("2022-01-10T13:30:00+01:00", "2022-01-10T12:30:00Z"),
        ("2022-01-10T13:30:00+0100", "2022-01-10T12:30:00Z"),
        ("2022-01-10T07:00:00-05", "2022-01-10T12:00:00Z"),
        ("2022-01-10T00:30:00+01:00", "2022-01-09T23:30:00Z"),
        ("2021-12-31T23:30:00-01:00", "2022-01-01T00:30:00Z"),
        ("2022-01-10T12:00:00", "2022-01-10T12:00:00"),
    ])
    func isoDateTimes(text: String, expected: String) throws {
        let date = try #require(NewsDate(parsing: text))
        #expect(date.description == expected)
        #expect(date.precision == .time)
    }

    @Test("RFC 2822 dates read with GMT, zone names and numeric offsets", arguments: [
        ("Mon, 10 Jan 2022 12:00:00 GMT", "2022-01-10T12:00:00Z"),
        ("Mon, 10 Jan 2022 13:00:00 +0100", "2022-01-10T12:00:00Z"),
        ("10 Jan 2022 07:00 EST", "2022-01-10T12:00:00Z"),
        ("Monday, 10 January 2022 12:00", "2022-01-10T12:00:00"),
    ])
    func rfc2822(text: String, expected: String) throws {
        #expect(try #require(NewsDate(parsing: text)).description == expected)
    }

    @Test("written-out dates read in English, Dutch, German and French", arguments: [
        ("January 10, 2022", "2022-01-10"),
        ("Jan. 10, 2022", "2022-01-10"),
        ("10 January 2022", "2022-01-10"),
        ("10th January 2022", "2022-01-10"),
        ("10 januari 2022", "2022-01-10"),
        ("maandag 10 januari 2022", "2022-01-10"),
        ("10. Januar 2022", "2022-01-10"),
        ("3. März 2022", "2022-03-03"),
        ("10 janvier 2022", "2022-01-10"),
        ("1er février 2022", "2022-02-01"),
        ("17 août 2022", "2022-08-17"),
        ("10 januari 2022 14:05", "2022-01-10T14:05:00"),
        ("January 10, 2022 2:05 pm", "2022-01-10T14:05:00"),
    ])
    func writtenOut(text: String, expected: String) throws {
        #expect(try #require(NewsDate(parsing: text)).description == expected)
    }

    @Test("a month name with a year is a month", arguments: ["januari 2022", "January 2022", "Januar 2022", "janvier 2022"])
    func monthAndYear(text: String) throws {
        let date = try #require(NewsDate(parsing: text))
        #expect(date.description == "2022-01")
        #expect(date.precision == .month)
    }

    @Test("impossible values and ambiguous or foreign forms are not dates", arguments: [
        "", "   ", "hello", "2022-13", "2022-00", "2022-01-32", "2022-02-29", "2022-04-31",
        "10/01/2022", "01/10/2022", "2022/01", "32 januari 2022", "10 smarch 2022", "22", "20220",
        "2022-01-10T25:00:00Z", "2022-01-10T12:60:00Z", "2022-01-10T12:00:00+25:00",
        "2022-01-10 twelve o'clock", "10 januari 2022 and then some",
    ])
    func rejects(text: String) {
        #expect(NewsDate(parsing: text) == nil)
    }

    @Test("29 February exists only in leap years")
    func leapDay() {
        #expect(NewsDate(parsing: "2024-02-29")?.description == "2024-02-29")
        #expect(NewsDate(parsing: "2000-02-29") != nil)
        #expect(NewsDate(parsing: "1900-02-29") == nil)
    }

    @Test("the source's offset is remembered after the time moves to UTC")
    func offsetIsKept() throws {
        let date = try #require(NewsDate(parsing: "2022-01-10T13:00:00+01:00"))
        #expect(date.utcOffset == 3600)
        #expect(date.time == NewsDate.TimeOfDay(hour: 12, minute: 0, second: 0))
        #expect(try #require(NewsDate(parsing: "2022-01-10T12:00:00")).utcOffset == nil)
    }
}
