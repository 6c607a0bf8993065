import Foundation
@testable import NewsModel

/// A fresh directory under the system's temporary directory for one test's files; `remove()` deletes it.
struct TemporaryDirectory {
    let path: String

    init() throws {
        let base = FileManager.default.temporaryDirectory.path
        path = base + "/attache-loading-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `bytes` to `name` (a relative path; parent folders are created) and returns the full path.
    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let full = path + "/" + name
        let parent = (full as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: full))
        return full
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    func makeDirectory(_ name: String) throws -> String {
        let full = path + "/" + name
        try FileManager.default.createDirectory(atPath: full, withIntermediateDirectories: true)
        return full
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// The repository's root, found from this file's place in `Tests/NewsModelTests/Loading/`.
let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }
    return url.path
}()

/// The seed article shipped in `assets/articles/`.
let seedArticlePath = repositoryRoot + "/assets/articles/nl-2022-01-blinken-kazachstan.txt"

/// Reads `text` as the file `name` would be read (its extension decides the format, else the content).
func load(_ text: String, as name: String = "-") -> LoadReport {
    ArticleLoader().load(data: Data(text.utf8), path: name)
}

/// `text` as UTF-16 bytes behind a byte order mark.
func utf16Bytes(_ text: String, littleEndian: Bool = true) -> [UInt8] {
    var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
    for unit in text.utf16 {
        let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
        bytes += littleEndian ? [low, high] : [high, low]
    }
    return bytes
}
