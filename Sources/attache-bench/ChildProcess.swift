import Foundation

/// Runs another program to its end and times it: the bench itself as a child, `taskset`, `grep`.
enum ChildProcess {
    /// What a finished program printed and how long it ran (wall clock, start to exit).
    struct Outcome {
        var output: String
        var seconds: Double
    }

    /// Runs `executable` with `arguments`; its standard output is captured, or discarded when
    /// `captureOutput` is false. Throws when it exits with a status other than those in `accepted`.
    static func run(_ executable: String, _ arguments: [String], captureOutput: Bool = true,
                    accepted: Set<Int32> = [0]) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = captureOutput ? pipe : FileHandle.nullDevice
        let clock = ContinuousClock()
        let start = clock.now
        try process.run()
        let data = captureOutput ? pipe.fileHandleForReading.readDataToEndOfFile() : Data()
        process.waitUntilExit()
        let seconds = (clock.now - start).seconds
        let output = String(decoding: data, as: UTF8.self)
        guard accepted.contains(process.terminationStatus) else {
            throw BenchError.childFailed(command: ([executable] + arguments).prefix(4).joined(separator: " "),
                                         status: process.terminationStatus, output: String(output.prefix(500)))
        }
        return Outcome(output: output, seconds: seconds)
    }

    /// The path of a program on `PATH`, or nil.
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// This program's own executable, to start it again as a child.
    static var currentExecutable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? Bundle.main.executablePath ?? CommandLine.arguments[0]
    }
}
