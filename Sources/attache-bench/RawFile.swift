import Foundation

/// Writes whole files with plain `open`/`write`/`close`: Foundation's `Data.write(to:)` calls `fsync`
/// on Linux, which made writing 100 000 small articles take over a minute of disk flushes.
enum RawFile {
    static func write(_ text: String, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw BenchError.cannotWrite(path) }
        defer { close(descriptor) }
        var text = text
        let complete = text.withUTF8 { bytes -> Bool in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
                guard written > 0 else { return false }
                offset += written
            }
            return true
        }
        guard complete else { throw BenchError.cannotWrite(path) }
    }
}
