import Foundation
import Glibc
import NewsModel

// libFuzzer's driver, from the no-main runtime linked by the fuzz build (see README "Fuzzing").
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

/// Loads one input, analyses it, and traps when the report or the corpus breaks an invariant.
func fuzzOne(_ bytes: UnsafeBufferPointer<UInt8>) {
    let (path, violations) = FuzzCheck.violations(bytes)
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
