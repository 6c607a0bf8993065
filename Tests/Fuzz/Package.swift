// swift-tools-version: 6.1
import PackageDescription

/// The libFuzzer target, in a package of its own: it links libFuzzer's runtime, which only the fuzz build
/// passes (see README "Fuzzing"), so the root package's `swift build` and `swift test` never see it.
let package = Package(
    name: "AttacheFuzz",
    dependencies: [
        .package(name: "attache", path: "../.."),
    ],
    targets: [
        /// Loads each input in one of the five formats, analyses it and traps on a broken corpus invariant.
        .executableTarget(
            name: "AttacheFuzz",
            dependencies: [.product(name: "NewsModel", package: "attache")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
