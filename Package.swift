// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "attache",
    products: [
        .executable(name: "attache", targets: ["attache"]),
        .library(name: "NewsModel", targets: ["NewsModel"]),
        .library(name: "ReaderUI", targets: ["ReaderUI"]),
        .library(name: "CursesTerminal", targets: ["CursesTerminal"]),
        .executable(name: "attache-bench", targets: ["attache-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
    ],
    targets: [
        /// Articles, quotes, speakers: pure Swift, no terminal code.
        .target(
            name: "NewsModel",
            dependencies: ["Yams", "SwiftCSV", "TOMLKit"],
            resources: [
                .embedInCode("Lexicon/nl.toml"),
                .embedInCode("Lexicon/en.toml"),
                .embedInCode("Lexicon/de.toml"),
                .embedInCode("Lexicon/fr.toml"),
                .embedInCode("Lexicon/places.toml"),
                .embedInCode("Lexicon/stopwords.toml"),
            ]
        ),
        /// The reader's state, actions, keymap, panes and the canvas they draw on: pure Swift, no terminal.
        .target(
            name: "ReaderUI",
            dependencies: ["NewsModel"]
        ),
        /// ncursesw as Swift sees it: a module map and a shim for the macros that do not import.
        .systemLibrary(
            name: "CNCursesW",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        /// The only code that touches ncurses: paints canvases, decodes keys, restores the terminal.
        .target(
            name: "CursesTerminal",
            dependencies: ["ReaderUI", "CNCursesW"]
        ),
        /// The command line: the reader and the scriptable subcommands.
        .executableTarget(
            name: "attache",
            dependencies: [
                "NewsModel",
                "ReaderUI",
                "CursesTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        /// The benchmark of issue 5: generates large corpora, times loading, frames and filters, prints a table.
        .executableTarget(
            name: "attache-bench",
            dependencies: [
                "NewsModel",
                "ReaderUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/attache-bench"
        ),
        /// What the test targets share: golden-file comparison and a seeded random generator.
        .target(
            name: "TestSupport",
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "NewsModelTests",
            dependencies: ["NewsModel", "TestSupport", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Snapshots"],
            resources: [.copy("Gold")]
        ),
        .testTarget(
            name: "ReaderUITests",
            dependencies: [
                "ReaderUI", "NewsModel", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "CursesTerminalTests",
            dependencies: ["CursesTerminal", "ReaderUI"]
        ),
        .testTarget(
            name: "attacheTests",
            dependencies: ["attache"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
