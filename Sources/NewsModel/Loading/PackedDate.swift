/// A `NewsDate` as the metadata of an article stores it: its parts packed into one 64-bit number when
/// they fit (every date the parser reads), else the date itself in a box of its own.
///
/// A `NewsDate` takes 88 bytes (an `Int` and four optionals); every article and every document before its
/// analysis holds one, so at 100 000 articles the dates alone were 9 MB, twice over while a load ran. Packed,
/// the stored date is nine bytes. The parts come back exactly as they went in, so the date read back is
/// the same value in every field, not only equal.
enum PackedDate: Sendable {
    case packed(UInt64)
    case boxed(Box)

    /// A date whose parts do not fit the packing (a part the unchecked initialiser took out of range).
    final class Box: Sendable {
        let date: NewsDate

        init(_ date: NewsDate) { self.date = date }
    }

    // From the low bits: year + 2²⁰ (21 bits); month, 0 for none (4 bits: 1...15); day, 0 for none (5 bits:
    // 1...31); a time flag, hour, minute, second (1 + 5 + 6 + 6 bits); an offset flag and the offset in
    // minutes + 2¹¹ (1 + 12 bits: whole minutes, under 34 hours either way). 61 bits.
    private static let yearBias = 1 << 20

    init(_ date: NewsDate) {
        self = Self.packing(date).map(Self.packed) ?? .boxed(Box(date))
    }

    /// The packed parts of `date`, or nil when one does not fit.
    private static func packing(_ date: NewsDate) -> UInt64? {
        func fits(_ value: Int?, in range: ClosedRange<Int>) -> Bool { value.map(range.contains) ?? true }
        let offsetMinutes = date.utcOffset.map { $0 / 60 }
        guard (-yearBias...(yearBias - 1)).contains(date.year), fits(date.month, in: 1...15), fits(date.day, in: 1...31),
              fits(date.time?.hour, in: 0...31), fits(date.time?.minute, in: 0...63), fits(date.time?.second, in: 0...63),
              date.utcOffset.map({ $0 % 60 == 0 }) ?? true, fits(offsetMinutes, in: -2048...2047)
        else { return nil }
        var bits = UInt64(date.year + yearBias)
        bits |= UInt64(date.month ?? 0) << 21
        bits |= UInt64(date.day ?? 0) << 25
        if let time = date.time {
            bits |= 1 << 30 | UInt64(time.hour) << 31 | UInt64(time.minute) << 36 | UInt64(time.second) << 42
        }
        if let offsetMinutes { bits |= 1 << 48 | UInt64(offsetMinutes + 2048) << 49 }
        return bits
    }

    /// The date as it was stored.
    var date: NewsDate {
        switch self {
        case let .boxed(box): return box.date
        case let .packed(bits):
            func part(_ shift: UInt64, _ width: UInt64) -> Int { Int(truncatingIfNeeded: bits >> shift & (1 << width - 1)) }
            let month = part(21, 4), day = part(25, 5)
            var date = NewsDate(year: part(0, 21) - Self.yearBias, month: month == 0 ? nil : month, day: day == 0 ? nil : day)
            if part(30, 1) == 1 { date.time = NewsDate.TimeOfDay(hour: part(31, 5), minute: part(36, 6), second: part(42, 6)) }
            if part(48, 1) == 1 { date.utcOffset = (part(49, 12) - 2048) * 60 }
            return date
        }
    }
}
