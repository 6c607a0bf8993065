import ArgumentParser
import NewsModel

@main
struct Attache: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "A terminal reader for diplomatic news.")
    func run() throws {}
}
