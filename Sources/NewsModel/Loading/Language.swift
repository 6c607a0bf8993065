import Foundation

/// The languages attache reads; `unknown` when neither the header nor the words say.
public enum Language: String, Sendable, Equatable, Hashable, CaseIterable, Codable {
    case nl, en, de, fr, unknown

    /// The language's place in `allCases`, for tables indexed by language.
    var ordinal: Int {
        switch self {
        case .nl: 0
        case .en: 1
        case .de: 2
        case .fr: 3
        case .unknown: 4
        }
    }

    /// Reads a header value such as `nl`, `NL`, `nl-BE`, `Dutch`, `Nederlands`, `english`.
    public init?(header: String) {
        let value = header.trimmingCharacters(in: .whitespaces).lowercased()
        let code = value.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? value
        switch code {
        case "nl", "nld", "dut", "dutch", "nederlands", "vlaams": self = .nl
        case "en", "eng", "english", "engels": self = .en
        case "de", "deu", "ger", "german", "deutsch", "duits": self = .de
        case "fr", "fra", "fre", "french", "français", "francais", "frans": self = .fr
        default: return nil
        }
    }
}
