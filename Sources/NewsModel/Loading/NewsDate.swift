/// A publication date at the precision the source gave: a year, a month, a day, or a moment in time.
///
/// A moment whose source named a time zone (`Z`, `+01:00`, `GMT`…) is stored in UTC, and `utcOffset`
/// remembers the offset the source wrote; a moment without a zone is kept as written ("floating") and
/// is compared as if it were UTC. Use `init?(parsing:)` to read the forms news feeds use.
///
/// Ordering treats a missing part as the start of its period (`2022-01` starts on `2022-01-01T00:00:00`)
/// and breaks ties by precision (year, then month, day, time) and then by zone, so `<` is a strict total
/// order that agrees with `==`: a month sorts just before the first day inside it.
public struct NewsDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How much of a date the source gave.
    public enum Precision: Int, Sendable, Comparable, CaseIterable {
        case year, month, day, time

        public static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
    }

    /// A time of day to the second (fractions of a second are dropped when parsing).
    public struct TimeOfDay: Sendable, Hashable {
        public var hour: Int
        public var minute: Int
        public var second: Int

        public init(hour: Int, minute: Int, second: Int = 0) {
            self.hour = hour
            self.minute = minute
            self.second = second
        }
    }

    public var year: Int
    /// 1...12, or `nil` when the source gave only a year.
    public var month: Int?
    /// 1...31, or `nil` when the source gave no day (ignored while `month` is `nil`).
    public var day: Int?
    /// The time of day, in UTC when `utcOffset` is set; ignored while `day` is `nil`.
    public var time: TimeOfDay?
    /// Seconds east of UTC that the source wrote (`+01:00` is 3600, `Z` is 0); `nil` for a floating time.
    public var utcOffset: Int?

    /// A year, month or day as given; the parts are not checked (use `init?(parsing:)` for input).
    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// A moment, checked for range and moved to UTC when `utcOffset` is given; `nil` for impossible values
    /// (and for years beyond ±999 999). A `second` of 60 (a leap second) is read as 59.
    public init?(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int = 0, utcOffset: Int? = nil) {
        guard abs(year) <= 999_999, CivilCalendar.isValid(year: year, month: month, day: day),
              (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second)
        else { return nil }
        let second = min(second, 59)
        guard let utcOffset else {
            self.init(year: year, month: month, day: day)
            self.time = TimeOfDay(hour: hour, minute: minute, second: second)
            return
        }
        guard abs(utcOffset) < 24 * 3600 else { return nil }
        let local = CivilCalendar.dayNumber(year: year, month: month, day: day) * 86_400
            + hour * 3600 + minute * 60 + second
        let utc = local - utcOffset
        let dayNumber = utc >= 0 ? utc / 86_400 : (utc - 86_399) / 86_400
        let secondOfDay = utc - dayNumber * 86_400
        let date = CivilCalendar.civilDate(dayNumber: dayNumber)
        self.init(year: date.year, month: date.month, day: date.day)
        self.time = TimeOfDay(hour: secondOfDay / 3600, minute: secondOfDay % 3600 / 60, second: secondOfDay % 60)
        self.utcOffset = utcOffset
    }

    /// Reads `2022`, `2022-01`, `2022-01-10`, `2022/01/10`, ISO 8601 date-times (`T` or space, `Z`,
    /// offsets, fractions), RFC 2822 (`Mon, 10 Jan 2022 12:00:00 GMT`), `January 10, 2022`,
    /// `10 January 2022` and the Dutch, German and French month names (`10 januari 2022`,
    /// `10. Januar 2022`, `1er janvier 2022`, `januari 2022`). Day-first or month-first numeric forms such
    /// as `10/01/2022` are ambiguous and give `nil`, as do impossible values (month 13, 31 February).
    public init?(parsing text: String) {
        guard let date = NewsDateParser.parse(text) else { return nil }
        self = date
    }

    /// How much of the date is known.
    public var precision: Precision {
        guard month != nil else { return .year }
        guard day != nil else { return .month }
        return time == nil ? .day : .time
    }

    /// `2022`, `2022-01`, `2022-01-10`, `2022-01-10T12:00:00Z` (UTC) or `2022-01-10T12:00:00` (floating).
    public var description: String {
        let start = startOfPeriod
        var text = Self.padded(start.year, 4)
        let precision = precision
        if precision >= .month { text += "-" + Self.padded(start.month, 2) }
        if precision >= .day { text += "-" + Self.padded(start.day, 2) }
        if precision == .time {
            text += "T" + Self.padded(start.hour, 2) + ":" + Self.padded(start.minute, 2) + ":" + Self.padded(start.second, 2)
            if utcOffset != nil { text += "Z" }
        }
        return text
    }

    public static func < (a: NewsDate, b: NewsDate) -> Bool {
        let (startA, startB) = (a.startOfPeriod, b.startOfPeriod)
        if startA != startB { return startA < startB }
        return a.tieBreaker < b.tieBreaker
    }

    public static func == (a: NewsDate, b: NewsDate) -> Bool {
        a.startOfPeriod == b.startOfPeriod && a.tieBreaker == b.tieBreaker
    }

    public func hash(into hasher: inout Hasher) {
        let start = startOfPeriod
        for part in [start.year, start.month, start.day, start.hour, start.minute, start.second] {
            hasher.combine(part)
        }
        let tie = tieBreaker
        hasher.combine(tie.precision)
        hasher.combine(tie.zoned)
        hasher.combine(tie.offset)
    }

    /// The first instant of the period, reading only the parts `precision` says are known.
    private var startOfPeriod: (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        let precision = precision
        let month = precision >= .month ? month ?? 1 : 1
        let day = precision >= .day ? day ?? 1 : 1
        let time = precision == .time ? time : nil
        return (year, month, day, time?.hour ?? 0, time?.minute ?? 0, time?.second ?? 0)
    }

    /// Orders dates that start at the same instant: coarser first, then floating before zoned, then by offset.
    private var tieBreaker: (precision: Int, zoned: Int, offset: Int) {
        let precision = precision
        let offset = precision == .time ? utcOffset : nil
        return (precision.rawValue, offset == nil ? 0 : 1, offset ?? 0)
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value.magnitude)
        let padding = String(repeating: "0", count: max(0, width - digits.count))
        return (value < 0 ? "-" : "") + padding + digits
    }
}
