import Foundation
import Glibc
import NewsModel

// libFuzzer's driver, from the no-main runtime linked by the fuzz build (see README "Fuzzing").
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

/// The file names an input may be read as: the first byte picks one (modulo their count), so every
/// reader gets exercised; `-` (standard input) makes the loader detect the format from the content.
let fileNames = ["fuzz.txt", "fuzz.md", "fuzz.json", "fuzz.jsonl", "fuzz.csv", "-"]

/// Loads one input, analyses it, and traps when the report or the corpus breaks an invariant.
func fuzzOne(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let selector = bytes.first else { return }
    let path = fileNames[Int(selector) % fileNames.count]
    let report = ArticleLoader().load(data: Data(bytes.dropFirst()), path: path)
    var violations: [String] = []
    if report.filesRead != 1 { violations.append("filesRead \(report.filesRead), expected 1") }
    if report.filesSkipped != (report.documents.isEmpty ? 1 : 0) {
        violations.append("filesSkipped \(report.filesSkipped) with \(report.documents.count) documents")
    }
    for problem in report.problems where problem.path != path {
        violations.append("problem names \(problem.path), not \(path)")
    }
    if report.documents.isEmpty && !report.problems.contains(where: { $0.severity == .skipped }) {
        violations.append("no article and no problem saying why")
    }
    let corpus = Corpus(documents: report.documents, problems: report.problems,
                        filesRead: report.filesRead, filesSkipped: report.filesSkipped)
    violations += corpus.invariantViolations()
    guard violations.isEmpty else {
        FileHandle.standardError.write(Data(("corpus invariant broken (\(path)):\n  "
            + violations.prefix(20).joined(separator: "\n  ") + "\n").utf8))
        abort()
    }
}

// The lexicons load once, on first use, through TOMLKit, which leaks a few C strings doing so: load them
// before fuzzing starts so LeakSanitizer's per-input check sees only leaks an input causes.
for seed in ["0\u{201C}Ja\u{201D}, zei hij.", "0\u{201C}Yes,\u{201D} he said.", "0\u{201E}Ja\u{201C}, sagte er.", "0\u{00AB} Oui \u{00BB}, dit-il."] {
    let bytes = Array(seed.utf8)
    bytes.withUnsafeBufferPointer(fuzzOne)
}

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    fuzzOne(UnsafeBufferPointer(start: data, count: size))
    return 0
})
