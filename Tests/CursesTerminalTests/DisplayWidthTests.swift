#if canImport(Glibc)
import Glibc
#endif
import ReaderUI
import Testing
@testable import CursesTerminal

@Suite("Display width agrees with the C library")
struct DisplayWidthTests {
    @Test("DisplayWidth equals glibc's wcwidth for every assigned printable scalar up to U+3FFFF")
    func matchesWcwidth() throws {
        // C.UTF-8 character classes for this thread only (uselocale; LC_CTYPE_MASK is 1 << LC_CTYPE), so the suites painting through ncurses, which set
        // the process locale, can run at the same time.
        let utf8 = try #require(newlocale(1 << LC_CTYPE, "C.UTF-8", nil))
        let previous = uselocale(utf8)
        defer {
            uselocale(previous)
            freelocale(utf8)
        }
        #expect(UTF8Locale.isActive)
        // Runs of neighbouring scalars on which the two disagree the same way, to keep the report short.
        var mismatches: [(first: UInt32, last: UInt32, expected: Int, actual: Int)] = []
        var checked = 0
        for value in UInt32(0x20)...0x3FFFF {
            guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .unassigned else { continue }
            let expected = CellCharacters.systemWidth(scalar)
            guard expected >= 0 else { continue }
            checked += 1
            let actual = DisplayWidth.of(scalar)
            guard actual != expected else { continue }
            if let run = mismatches.last, run.last + 1 == value, run.expected == expected, run.actual == actual {
                mismatches[mismatches.count - 1].last = value
            } else {
                mismatches.append((value, value, expected, actual))
            }
        }
        #expect(checked > 100_000)
        let report = mismatches.prefix(30).map { run in
            "U+\(String(run.first, radix: 16, uppercase: true))…U+\(String(run.last, radix: 16, uppercase: true)): wcwidth \(run.expected), DisplayWidth \(run.actual)"
        }
        #expect(mismatches.count == 0, "first mismatches:\n\(report.joined(separator: "\n"))")
    }
}
