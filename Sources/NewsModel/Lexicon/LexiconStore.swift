import Foundation
import TOMLKit

/// Reads the embedded language files once; a broken file is a build defect, caught by the lexicon tests.
enum LexiconStore {
    static let dutch = load(.nl, PackageResources.nl_toml)
    static let english = load(.en, PackageResources.en_toml)
    static let german = load(.de, PackageResources.de_toml)
    static let french = load(.fr, PackageResources.fr_toml)
    static let fallback = Lexicon(merging: english, dutch)
    static let places = Places(toml: String(decoding: PackageResources.places_toml, as: UTF8.self))

    /// Decodes one language file; on a malformed file the lexicon is empty and `loadErrors` says why.
    static func load(_ language: Language, _ bytes: [UInt8]) -> Lexicon {
        let text = String(decoding: bytes, as: UTF8.self)
        do {
            return Lexicon(language: language, file: try TOMLDecoder().decode(LexiconFile.self, from: text))
        } catch {
            return Lexicon(language: language, file: LexiconFile.empty)
        }
    }

    /// Why each embedded lexicon fails to decode, for the tests; empty when all are well formed.
    static var loadErrors: [String] {
        let files: [(String, [UInt8])] = [("nl", PackageResources.nl_toml), ("en", PackageResources.en_toml),
                                          ("de", PackageResources.de_toml), ("fr", PackageResources.fr_toml)]
        return files.compactMap { name, bytes in
            do {
                _ = try TOMLDecoder().decode(LexiconFile.self, from: String(decoding: bytes, as: UTF8.self))
                return nil
            } catch {
                return "\(name).toml: \(error)"
            }
        }
    }
}

extension LexiconFile {
    static let empty = LexiconFile(
        reporting_verbs: [], source_markers: [], auxiliaries: [], titles: [], title_modifiers: [],
        organisation_nouns: [], organisation_names: [], pronouns_singular: [], pronouns_plural: [],
        conjunctions: [], subordinators: [], determiners: [], prepositions: [], term_cues: [], not_names: [], department_words: [])
}
