import Foundation

/// One-line messages on standard error, each starting with `attache:`; a path or detail holding escape
/// sequences is shown, not obeyed (see `PrintableText`).
enum Diagnostics {
    static func error(_ message: String) { write("attache: error: \(message)") }
    static func warning(_ message: String) { write("attache: \(message)") }
    static func note(_ message: String) { write("attache: \(message)") }

    static func write(_ line: String) {
        FileHandle.standardError.write(Data((PrintableText.neutralised(line) + "\n").utf8))
    }
}
