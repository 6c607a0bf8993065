import Testing
@testable import NewsModel

@Suite("CivilCalendar")
struct CivilCalendarTests {
    @Test("day numbers count from 1970-01-01 and convert back")
    func roundTrip() {
        #expect(CivilCalendar.dayNumber(year: 1970, month: 1, day: 1) == 0)
        #expect(CivilCalendar.dayNumber(year: 2022, month: 1, day: 10) == 19_002)
        for day in stride(from: -800_000, through: 800_000, by: 997) {
            let date = CivilCalendar.civilDate(dayNumber: day)
            #expect(CivilCalendar.dayNumber(year: date.year, month: date.month, day: date.day) == day)
        }
    }

    @Test("month lengths follow the Gregorian leap rules")
    func monthLengths() {
        #expect(CivilCalendar.daysInMonth(year: 2022, month: 2) == 28)
        #expect(CivilCalendar.daysInMonth(year: 2024, month: 2) == 29)
        #expect(CivilCalendar.daysInMonth(year: 1900, month: 2) == 28)
        #expect(CivilCalendar.daysInMonth(year: 2000, month: 2) == 29)
        #expect(CivilCalendar.daysInMonth(year: 2022, month: 13) == 0)
    }
}
