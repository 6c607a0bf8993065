/// Reads the date forms news feeds use into a `NewsDate`: ISO 8601 and its shortenings, RFC 2822, and
/// written-out dates with English, Dutch, German or French month names.
///
/// Works on the text's Unicode scalars; input longer than 64 characters is not a date.
struct NewsDateParser {
    private var scalars: [Unicode.Scalar]
    private var position = 0

    static func parse(_ text: String) -> NewsDate? {
        let trimmed = text.trimmingWhitespace
        guard !trimmed.isEmpty, let scalars = Self.scalars(trimmed) else { return nil }
        var iso = NewsDateParser(scalars: scalars)
        if let date = iso.parseISO() { return date }
        return parseWords(String(trimmed))
    }

    /// The scalars of `text`, or `nil` when there are more than 64. Those of ASCII are read a byte a scalar:
    /// counting and collecting them through the scalar view cost 1 400 instructions a header's date.
    private static func scalars(_ text: Substring) -> [Unicode.Scalar]? {
        let utf8 = text.utf8
        if utf8.count <= 64, let found = utf8.withContiguousStorageIfAvailable({ bytes -> [Unicode.Scalar]? in
            bytes.allSatisfy { $0 < 0x80 } ? bytes.map { Unicode.Scalar($0) } : nil
        }), let ascii = found {
            return ascii
        }
        guard text.unicodeScalars.count <= 64 else { return nil }
        return Array(text.unicodeScalars)
    }

    private init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    // MARK: ISO 8601 and YYYY/MM/DD

    /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY/MM/DD`, then optionally `T` or spaces and a time with zone.
    private mutating func parseISO() -> NewsDate? {
        guard let year = digits(exactly: 4) else { return nil }
        if atEnd { return NewsDate(year: year) }
        guard let separator = take(anyOf: "-/") else { return nil }
        guard let month = digits(from: 1, to: 2), (1...12).contains(month) else { return nil }
        if atEnd { return separator == "-" ? NewsDate(year: year, month: month) : nil }
        guard take(separator) != nil, let day = digits(from: 1, to: 2),
              CivilCalendar.isValid(year: year, month: month, day: day)
        else { return nil }
        if atEnd { return NewsDate(year: year, month: month, day: day) }
        guard take(anyOf: "Tt") != nil || skipSpaces() else { return nil }
        skipSpaces()
        guard let time = parseTime() else { return nil }
        return moment(year: year, month: month, day: day, time: time)
    }

    /// `HH:MM`, `HH:MM:SS`, `HH:MM:SS.fff` (fraction dropped), optionally followed by `am`/`pm`.
    private mutating func parseTime() -> NewsDate.TimeOfDay? {
        guard var hour = digits(from: 1, to: 2), take(":") != nil, let minute = digits(exactly: 2) else { return nil }
        var second = 0
        if take(":") != nil {
            guard let seconds = digits(exactly: 2) else { return nil }
            second = seconds
            if take(anyOf: ".,") != nil {
                guard digits(from: 1, to: 9) != nil else { return nil }
            }
        }
        let save = position
        skipSpaces()
        if let meridiem = letters(), ["am", "pm"].contains(meridiem.lowercased()) {
            guard (1...12).contains(hour) else { return nil }
            hour = hour % 12 + (meridiem.lowercased() == "pm" ? 12 : 0)
        } else {
            position = save
        }
        return NewsDate.TimeOfDay(hour: hour, minute: minute, second: second)
    }

    /// What follows a time: nothing (a floating time), a zone's offset in seconds, or something invalid.
    private enum Zone {
        case none, offset(Int), invalid
    }

    /// `Z`, `+01:00`, `+0100`, `+01`, `GMT`, `UTC`, `CET`…, or nothing.
    private mutating func parseZone() -> Zone {
        if let sign = take(anyOf: "+-") {
            guard let hours = leadingDigits(2), hours < 24 else { return .invalid }
            _ = take(":")
            let minutes = leadingDigits(2) ?? 0
            guard minutes < 60, atEnd || Self.digitValue(scalars[position]) == nil else { return .invalid }
            let offset = hours * 3600 + minutes * 60
            return .offset(sign == "-" ? -offset : offset)
        }
        let save = position
        if let name = letters() {
            guard let offset = DateVocabulary.zones[name.lowercased()] else { return .invalid }
            return .offset(offset)
        }
        position = save
        return .none
    }

    /// The moment, when the zone is valid and nothing follows it.
    private mutating func moment(year: Int, month: Int, day: Int, time: NewsDate.TimeOfDay) -> NewsDate? {
        skipSpaces()
        let offset: Int?
        switch parseZone() {
        case .none: offset = nil
        case .offset(let seconds): offset = seconds
        case .invalid: return nil
        }
        guard atEnd else { return nil }
        return NewsDate(year: year, month: month, day: day, hour: time.hour, minute: time.minute,
                        second: time.second, utcOffset: offset)
    }

    // MARK: Written-out dates

    /// `[weekday] D month YYYY [time [zone]]`, `[weekday] month D YYYY [time [zone]]` and `month YYYY`.
    private static func parseWords(_ text: String) -> NewsDate? {
        var words = text.lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" })
            .map { $0.hasSuffix(".") ? String($0.dropLast()) : String($0) }
            .filter { !$0.isEmpty }
        if let first = words.first, DateVocabulary.weekdays.contains(first) { words.removeFirst() }
        guard words.count >= 2 else { return nil }

        let year: Int, month: Int, day: Int
        if let m = DateVocabulary.months[words[0]] {
            if words.count == 2 {
                guard let y = yearNumber(words[1]) else { return nil }
                return NewsDate(year: y, month: m)
            }
            guard let d = dayNumber(words[1]), let y = yearNumber(words[2]) else { return nil }
            (year, month, day) = (y, m, d)
        } else {
            guard words.count >= 3, let d = dayNumber(words[0]), let m = DateVocabulary.months[words[1]],
                  let y = yearNumber(words[2])
            else { return nil }
            (year, month, day) = (y, m, d)
        }
        guard CivilCalendar.isValid(year: year, month: month, day: day) else { return nil }
        let rest = words.dropFirst(3).joined(separator: " ")
        if rest.isEmpty { return NewsDate(year: year, month: month, day: day) }
        var parser = NewsDateParser(scalars: Array(rest.unicodeScalars))
        guard let time = parser.parseTime() else { return nil }
        return parser.moment(year: year, month: month, day: day, time: time)
    }

    private static func yearNumber(_ word: String) -> Int? {
        guard word.utf8.count == 4, word.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Int(word)
    }

    /// `10`, `1st`, `1er`, `1e`; 1...31 (the month decides later whether the day exists).
    private static func dayNumber(_ word: String) -> Int? {
        var digits = Substring(word)
        if let suffix = DateVocabulary.dayOrdinalSuffixes.first(where: { word.hasSuffix($0) && word.count > $0.count }) {
            digits = digits.dropLast(suffix.count)
        }
        guard (1...2).contains(digits.utf8.count), digits.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
              let day = Int(digits), (1...31).contains(day)
        else { return nil }
        return day
    }

    // MARK: Scanning

    private var atEnd: Bool { position >= scalars.count }

    private mutating func take(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        guard !atEnd, scalars[position] == scalar else { return nil }
        position += 1
        return scalar
    }

    private mutating func take(anyOf set: String) -> Unicode.Scalar? {
        guard !atEnd, set.unicodeScalars.contains(scalars[position]) else { return nil }
        defer { position += 1 }
        return scalars[position]
    }

    @discardableResult
    private mutating func skipSpaces() -> Bool {
        let start = position
        while !atEnd, scalars[position] == " " || scalars[position] == "\t" { position += 1 }
        return position > start
    }

    private mutating func digits(exactly count: Int) -> Int? {
        digits(from: count, to: count)
    }

    /// Between `least` and `most` ASCII digits, and not followed by another digit.
    private mutating func digits(from least: Int, to most: Int) -> Int? {
        var value = 0
        var count = 0
        while !atEnd, count < most, let digit = Self.digitValue(scalars[position]) {
            value = value * 10 + digit
            count += 1
            position += 1
        }
        guard count >= least, atEnd || Self.digitValue(scalars[position]) == nil else { return nil }
        return value
    }

    /// Exactly `count` ASCII digits, whatever follows them; the position moves only when they are there.
    private mutating func leadingDigits(_ count: Int) -> Int? {
        guard position + count <= scalars.count else { return nil }
        var value = 0
        for scalar in scalars[position..<(position + count)] {
            guard let digit = Self.digitValue(scalar) else { return nil }
            value = value * 10 + digit
        }
        position += count
        return value
    }

    private mutating func letters() -> String? {
        var word = String.UnicodeScalarView()
        while !atEnd, scalars[position].properties.isAlphabetic {
            word.append(scalars[position])
            position += 1
        }
        return word.isEmpty ? nil : String(word)
    }

    private static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        (48...57).contains(scalar.value) ? Int(scalar.value) - 48 : nil
    }
}
