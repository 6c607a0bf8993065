import Foundation
import TOMLKit

/// Countries with their names, capitals and demonym stems, from the embedded `Lexicon/places.toml`.
public struct Places: Sendable {
    /// A country name or capital, as written → country code.
    public let countryNames: [String: String]
    public let capitals: [String: String]
    /// Stems by their first character, longest first, so a word is checked only against its own letter.
    let demonymStems: [Character: [(stem: String, code: String)]]

    init(toml: String) {
        struct Country: Decodable {
            var code: String
            var names: [String]
            var capitals: [String]
            var demonym_stems: [String]
            var institutions: [String]?
        }
        struct File: Decodable { var country: [Country] }
        let countries = (try? TOMLDecoder().decode(File.self, from: toml).country) ?? []
        var names: [String: String] = [:]
        var capitals: [String: String] = [:]
        var stems: [(String, String)] = []
        var institutions: [String: String] = [:]
        for country in countries {
            for name in country.institutions ?? [] { institutions[TextFolding.fold(name)] = country.code }
            for name in country.names { names[name] = country.code }
            for capital in country.capitals where capitals[capital] == nil { capitals[capital] = country.code }
            for stem in country.demonym_stems { stems.append((stem, country.code)) }
        }
        countryNames = names
        self.capitals = capitals
        var byFirst: [Character: [(stem: String, code: String)]] = [:]
        for (stem, code) in stems.sorted(by: { $0.0.count > $1.0.count }) {
            if let first = stem.first { byFirst[first, default: []].append((stem, code)) }
        }
        demonymStems = byFirst
        self.institutions = institutions
    }

    /// The country an institution stands for ("Kremlin" → RU), folded name → code.
    let institutions: [String: String]

    public func country(ofInstitution name: String) -> String? { institutions[TextFolding.fold(name)] }

    /// The country a demonym adjective or noun belongs to ("Russische" → RU), if any.
    public func country(ofDemonym word: String) -> String? {
        let lower = word.lowercased()
        guard let first = lower.first, let candidates = demonymStems[first] else { return nil }
        return candidates.first { lower.hasPrefix($0.stem) }?.code
    }

    public static var shared: Places { LexiconStore.places }
}
