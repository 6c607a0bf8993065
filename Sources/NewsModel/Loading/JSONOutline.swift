/// A cheap single pass over JSON bytes that finds what `JSONSerialization` does not tell: whether the
/// nesting is too deep, and on which line each article of an array starts.
///
/// Foundation on Linux already rejects nesting deeper than 512 with an error (it does not crash); the
/// outline checks first anyway so the limit and its message do not depend on the Foundation version.
/// Lines are 1-based and count `\n` bytes.
struct JSONOutline: Sendable, Equatable {
    /// The deepest nesting of arrays and objects that is read.
    static let maximumDepth = 512

    /// The line where nesting went past `maximumDepth`, or `nil` when it never did.
    var tooDeepAtLine: Int?
    /// The start line of each element when the top level is an array.
    var elementLines: [Int] = []
    /// For a top-level object, the start line of each element of every member that is an array, by the
    /// member's lower-case key (`articles`, `items`…).
    var memberElementLines: [String: [Int]] = [:]

    private static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
    private static let openArray = UInt8(ascii: "["), closeArray = UInt8(ascii: "]")
    private static let openObject = UInt8(ascii: "{"), closeObject = UInt8(ascii: "}")
    private static let comma = UInt8(ascii: ",")

    init(scanning bytes: UnsafeBufferPointer<UInt8>) {
        var stack: [UInt8] = []
        var line = 1
        var inString = false, escaped = false
        var expectingElement = false, expectingKey = false, capturingKey = false
        var keyBytes: [UInt8] = []
        var lastKey = "", arrayKey = ""

        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == 0x0A { line += 1 }
            if inString {
                if escaped {
                    escaped = false
                } else if byte == Self.backslash {
                    escaped = true
                } else if byte == Self.quote {
                    inString = false
                    if capturingKey {
                        lastKey = String(decoding: keyBytes, as: UTF8.self).lowercased()
                        capturingKey = false
                    }
                    continue
                }
                if capturingKey {
                    if keyBytes.count < 256 { keyBytes.append(byte) }
                } else if !escaped {
                    // a value's text, most of an article's bytes: passed over up to the next byte that matters
                    // here, eight bytes a step (every byte through the tests above was a fiftieth of loading a
                    // JSON Lines feed)
                    let raw = UnsafeRawBufferPointer(bytes)
                    while index + 8 <= bytes.count {
                        let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                        if ASCIIBytes.contains(Self.quote, in: word) || ASCIIBytes.contains(Self.backslash, in: word)
                            || ASCIIBytes.contains(0x0A, in: word) { break }
                        index += 8
                    }
                    while index < bytes.count, bytes[index] != Self.quote, bytes[index] != Self.backslash, bytes[index] != 0x0A {
                        index += 1
                    }
                }
                continue
            }
            if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { continue }
            if expectingElement && byte != Self.closeArray {
                expectingElement = false
                if stack.count == 1 { elementLines.append(line) } else { memberElementLines[arrayKey, default: []].append(line) }
            }
            switch byte {
            case Self.quote:
                inString = true
                if expectingKey {
                    capturingKey = true
                    keyBytes.removeAll(keepingCapacity: true)
                    expectingKey = false
                }
            case Self.openArray, Self.openObject:
                guard stack.count < Self.maximumDepth else {
                    tooDeepAtLine = line
                    return
                }
                stack.append(byte)
                if byte == Self.openObject {
                    expectingKey = stack.count == 1
                } else if stack.count == 1 {
                    expectingElement = true
                } else if stack.count == 2 && stack[0] == Self.openObject {
                    expectingElement = true
                    arrayKey = lastKey
                    memberElementLines[arrayKey] = []
                }
            case Self.closeArray, Self.closeObject:
                _ = stack.popLast()
                expectingElement = false
                expectingKey = false
            case Self.comma:
                let tracked = stack.count == 1 || (stack.count == 2 && stack[0] == Self.openObject)
                if tracked && stack.last == Self.openArray { expectingElement = true }
                if stack.count == 1 && stack[0] == Self.openObject { expectingKey = true }
            default:
                break
            }
        }
    }

    /// The 1-based line of a 0-based byte offset (as in Foundation's "around character N").
    static func line(ofByteOffset offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        1 + bytes.prefix(max(0, offset)).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }
}
