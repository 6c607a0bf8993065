import Foundation

/// Finds the bundled articles (`assets/articles`) from the working directory or from this source file.
enum BundledArticles {
    static func directory(sourceFile: String = #filePath) throws -> String {
        let fromSource = URL(fileURLWithPath: sourceFile)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("assets/articles").path
        let candidates = [FileManager.default.currentDirectoryPath + "/assets/articles", fromSource]
        for candidate in candidates {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), isDirectory.boolValue {
                return candidate
            }
        }
        throw BenchError.noBundledArticles(candidates.joined(separator: ", "))
    }
}
