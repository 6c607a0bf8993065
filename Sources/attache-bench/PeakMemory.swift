import Foundation

/// The process's peak resident set size, as Linux records it (`VmHWM` in `/proc/self/status`).
enum PeakMemory {
    /// Peak resident bytes of this process so far, or nil where `/proc` does not say.
    static func bytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kilobytes = line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
            return kilobytes.map { $0 * 1024 }
        }
        return nil
    }
}
