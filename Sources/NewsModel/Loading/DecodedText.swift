import Foundation

/// The characters of one file or of standard input: decoded, byte order mark removed, line endings
/// turned into `\n`, together with the damage found in the bytes.
struct DecodedText: Sendable, Equatable {
    var text: String
    /// `.invalidUTF8` or `.invalidUTF16` when undecodable bytes were replaced with U+FFFD.
    var warning: LoadError?
    /// The 1-based line of the first undecodable UTF-8 sequence, when `warning` is `.invalidUTF8`.
    var warningLine: Int?

    /// Bytes sampled for the control-character test; enough to judge, cheap for huge files.
    static let sampleSize = 64 * 1024
    /// A text whose sample has more than this share of C0 controls (other than tab, CR, LF) is binary.
    static let maximumControlShare = 0.10

    /// Decodes UTF-8 (with or without a BOM) or UTF-16 with a BOM; throws `.binary` for NUL bytes outside
    /// UTF-16 or a high share of control characters.
    static func decode(_ bytes: [UInt8]) throws(LoadError) -> DecodedText {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return try decodeUTF16(bytes, littleEndian: bytes[0] == 0xFF)
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        if looksBinary(body) { throw .binary }
        // Validated in one pass (decoding with repair and comparing the result with the bytes took two more),
        // by `UTF8Check` rather than `String(validating:)`; bytes with no carriage return are validated and
        // copied into the string where they lie, not first copied into an array of their own.
        let normalised = containsCarriageReturn(body) ? normalisingLineEndings(body)[...] : body
        if let text = UTF8Check.string(validating: normalised) { return DecodedText(text: text) }
        return DecodedText(text: String(decoding: normalised, as: UTF8.self), warning: .invalidUTF8,
                           warningLine: firstInvalidLine(Array(normalised)))
    }

    private static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) throws(LoadError) -> DecodedText {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let (low, high) = littleEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            units.append(UInt16(high) << 8 | UInt16(low))
            index += 2
        }
        let damaged = bytes.count % 2 != 0 || hasUnpairedSurrogate(units)
        let decoded = String(decoding: units, as: UTF16.self)
        let utf8 = Array(decoded.utf8)
        if looksBinary(utf8[...]) { throw .binary }
        let normalised = normalisingLineEndings(utf8[...])
        return DecodedText(text: String(decoding: normalised, as: UTF8.self), warning: damaged ? .invalidUTF16 : nil)
    }

    /// NUL anywhere, or more than `maximumControlShare` of C0 controls in the first `sampleSize` bytes.
    static func looksBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
        let hasNUL = bytes.withContiguousStorageIfAvailable { buffer -> Bool in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return false }
            return memchr(base, 0, buffer.count) != nil
        } ?? bytes.contains(0)
        if hasNUL { return true }
        let sample = bytes.prefix(sampleSize)
        guard !sample.isEmpty else { return false }
        let controls = sample.withContiguousStorageIfAvailable(controlCount)
            ?? sample.reduce(0) { $0 + (isControl($1) ? 1 : 0) }
        return Double(controls) > Double(sample.count) * maximumControlShare
    }

    /// A C0 control other than tab, line feed and carriage return.
    @inline(__always)
    private static func isControl(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D
    }

    /// How many of `bytes` are controls (`isControl`). Eight bytes at a time are first asked whether any is
    /// below 0x20 at all, which in text few are (byte by byte, the count was a thirteenth of reading a file).
    private static func controlCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let raw = UnsafeRawBufferPointer(bytes)
        let spaces: UInt64 = 0x2020_2020_2020_2020
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var controls = 0
        var i = 0
        while i + 8 <= raw.count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            // a high bit set where a byte is below 0x20 (and perhaps above one that is: then all are asked)
            if (word &- spaces) & ~word & highBits != 0 {
                for k in i..<i + 8 where isControl(bytes[k]) { controls += 1 }
            }
            i += 8
        }
        for k in i..<raw.count where isControl(bytes[k]) { controls += 1 }
        return controls
    }

    /// CRLF and lone CR become LF, in one pass.
    static func normalisingLineEndings(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        guard containsCarriageReturn(bytes) else { return Array(bytes) }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var previousWasCR = false
        for byte in bytes {
            if byte == 0x0D {
                result.append(0x0A)
                previousWasCR = true
                continue
            }
            if byte == 0x0A && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            result.append(byte)
        }
        return result
    }

    /// Whether any byte is a carriage return, looked for with `memchr`: testing each byte in a loop was most of
    /// a fifteenth of reading a file.
    private static func containsCarriageReturn(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withContiguousStorageIfAvailable { buffer -> Bool in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return false }
            return memchr(base, 0x0D, buffer.count) != nil
        } ?? bytes.contains(0x0D)
    }

    /// The line of the first byte sequence that is not UTF-8 (1 when there is none, which callers avoid).
    static func firstInvalidLine(_ bytes: [UInt8]) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var line = 1
        while case .valid(let scalar) = parser.parseScalar(from: &iterator) {
            if scalar.count == 1 && scalar.first == 0x0A { line += 1 }
        }
        return line
    }

    private static func hasUnpairedSurrogate(_ units: [UInt16]) -> Bool {
        var index = 0
        while index < units.count {
            let unit = units[index]
            if UTF16.isLeadSurrogate(unit) {
                guard index + 1 < units.count, UTF16.isTrailSurrogate(units[index + 1]) else { return true }
                index += 2
                continue
            }
            if UTF16.isTrailSurrogate(unit) { return true }
            index += 1
        }
        return false
    }
}
