import Foundation
import TOMLKit

/// Countries with their names, capitals and demonym stems, from the embedded `Lexicon/places.toml`.
public struct Places: Sendable {
    /// A country name or capital, as written → country code.
    public let countryNames: [String: String]
    public let capitals: [String: String]
    /// `countryNames` and `capitals` as one index by bytes (`WordIndex`): a capitalised word new to a thread is
    /// looked up once, not in two dictionaries hashed with SipHash.
    let placeNames: WordIndex<PlaceName>
    /// For the names of several words among `placeNames`, by first byte and length in bytes (byte × 64 +
    /// length, 63 for longer): whether one begins with that byte and is that long. Nil when a name is not
    /// byte-comparable, so that a name equal to it could be other bytes.
    let multiWordShapes: [Bool]?
    /// Every name and capital begins with a capital (`Lexicon.allCapitalised`): a word in lower case is none.
    let namesCapitalised: Bool
    /// Stems by their first character, longest first, so a word is checked only against its own letter.
    let demonymStems: [Character: [(stem: String, code: String)]]
    /// The ASCII stems of `demonymStems` as bytes, by their first byte, in the same order: an ASCII word
    /// (which no other stem can begin) is checked without reading characters.
    let asciiDemonymStems: [[(stem: [UInt8], code: String)]]
    /// The first two bytes of every ASCII stem (byte × 128 + byte), and the first bytes of one-byte stems:
    /// most words begin as no stem does and are turned away before their letter's stems are read.
    let asciiStemBeginnings: [Bool]
    /// Every stem as bytes, by its first byte, in the order of `demonymStems`; nil when a stem is not
    /// byte-comparable (`StringNumbers.isByteComparable`), which a word's bytes could not be compared with.
    let byteDemonymStems: [[(stem: [UInt8], code: String)]]?

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
        var both = names.mapValues { PlaceName(country: $0, capital: nil) }
        for (capital, code) in capitals { both[capital, default: PlaceName(country: nil, capital: nil)].capital = code }
        placeNames = WordIndex(both)
        var shapes: [Bool]? = Array(repeating: false, count: 0x100 * 64)
        for var name in both.keys {
            name.withUTF8 { bytes in
                guard StringNumbers.isByteComparable(bytes) else { shapes = nil; return }
                if let first = bytes.first, bytes.contains(0x20) { shapes?[Int(first) * 64 + min(bytes.count, 63)] = true }
            }
        }
        multiWordShapes = shapes
        namesCapitalised = Lexicon.allCapitalised(names.keys) && Lexicon.allCapitalised(capitals.keys)
        var byFirst: [Character: [(stem: String, code: String)]] = [:]
        for (stem, code) in stems.sorted(by: { $0.0.count > $1.0.count }) {
            if let first = stem.first { byFirst[first, default: []].append((stem, code)) }
        }
        demonymStems = byFirst
        var ascii = Array(repeating: [(stem: [UInt8], code: String)](), count: 0x80)
        for (first, stems) in byFirst where first.isASCII {
            for (stem, code) in stems where ASCIIBytes.isASCII(stem) {
                ascii[Int(first.asciiValue ?? 0)].append((Array(stem.utf8), code))
            }
        }
        asciiDemonymStems = ascii
        var beginnings = Array(repeating: false, count: 0x80 * 0x80 + 0x80)
        for stems in ascii {
            for (stem, _) in stems {
                if stem.count >= 2 { beginnings[Int(stem[0]) * 0x80 + Int(stem[1])] = true }
                if stem.count == 1 { beginnings[0x80 * 0x80 + Int(stem[0])] = true }
            }
        }
        asciiStemBeginnings = beginnings
        var byByte: [[(stem: [UInt8], code: String)]]? = Array(repeating: [], count: 0x100)
        for (_, stems) in byFirst {
            for (stem, code) in stems {
                var stem = stem
                let bytes = stem.withUTF8 { StringNumbers.isByteComparable($0) ? Array($0) : nil }
                guard let bytes, let first = bytes.first else { byByte = nil; break }
                byByte?[Int(first)].append((bytes, code))
            }
        }
        byteDemonymStems = byByte
        self.institutions = institutions
    }

    /// The country an institution stands for ("Kremlin" → RU), folded name → code.
    let institutions: [String: String]

    public func country(ofInstitution name: String) -> String? { institutions[TextFolding.fold(name)] }

    /// The country a demonym adjective or noun belongs to ("Russische" → RU), if any.
    public func country(ofDemonym word: String) -> String? {
        // a closure, not the method itself: a method taken as a function value captured a copy of `self`
        if let ascii = word.utf8.withContiguousStorageIfAvailable({ asciiCountry(ofDemonym: $0) }), let answer = ascii { return answer }
        // a word beyond ASCII that is already in lower case (every word the facts ask of): compared by bytes,
        // where lower-casing it, reading its first character, hashing that and `hasPrefix` cost 4 000
        // instructions (on 1 000 articles country(ofDemonym:) 7.3 → 2.1 M)
        if let byBytes = word.utf8.withContiguousStorageIfAvailable({ lowerCaseCountry(ofDemonym: $0) }), let answer = byBytes { return answer }
        let lower = word.lowercased()
        guard let first = lower.first, let candidates = demonymStems[first] else { return nil }
        return candidates.first { lower.hasPrefix($0.stem) }?.code
    }

    /// `country(ofDemonym:)` of an ASCII word's bytes; the outer nil when the word is not ASCII. In ASCII a
    /// character is a byte and lower-casing sets one bit, so a stem is a prefix byte for byte.
    private func asciiCountry(ofDemonym bytes: UnsafeBufferPointer<UInt8>) -> String?? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        let lowered = ASCIIBytes.lowered
        guard let first = bytes.first else { return .some(nil) }
        if bytes.count >= 2, !asciiStemBeginnings[0x80 * 0x80 + Int(lowered(first))],
           !asciiStemBeginnings[Int(lowered(first)) * 0x80 + Int(lowered(bytes[1]))] {
            return .some(nil)
        }
        for (stem, code) in asciiDemonymStems[Int(lowered(first))] where stem.count <= bytes.count {
            if zip(stem, bytes).allSatisfy({ $0 == lowered($1) }) { return code }
        }
        return .some(nil)
    }

    /// Whether a byte-comparable name of several words, `length` bytes long and beginning with the byte
    /// `first`, may be one of `placeNames`: a name of other bytes can be none of them.
    func mayNameMultiWordPlace(first: UInt8, length: Int) -> Bool {
        guard let multiWordShapes else { return true }
        return multiWordShapes[Int(first) * 64 + min(length, 63)]
    }

    /// `country(ofDemonym:)` of a word whose `bytes` are byte-comparable and all lower case; the outer nil for
    /// any other word. Both the word and the stems are then their own normal form, and each scalar below
    /// U+0300 is a character of its own, so a stem is a prefix of the word's characters exactly when its bytes
    /// are of the word's bytes; and lower-casing the word changes none of its scalars.
    private func lowerCaseCountry(ofDemonym bytes: UnsafeBufferPointer<UInt8>) -> String?? {
        guard let byteDemonymStems, StringNumbers.isByteComparable(bytes), Self.isLowerCase(bytes) else { return nil }
        guard let first = bytes.first else { return .some(nil) }
        for (stem, code) in byteDemonymStems[Int(first)] where stem.count <= bytes.count {
            var index = 0
            while index < stem.count, stem[index] == bytes[index] { index += 1 }
            if index == stem.count { return code }
        }
        return .some(nil)
    }

    /// Whether `String.lowercased()` keeps every scalar of the byte-comparable `bytes`: a scalar below U+0300
    /// whose lower-case mapping is itself (`keepsCase`), or a mark of U+2010...U+2027 (three bytes, no case).
    static func isLowerCase(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                guard keepsCase[Int(byte)] else { return false }
                index += 1
            } else if byte & 0xE0 == 0xC0, index + 1 < bytes.count {
                guard keepsCase[Int(byte & 0x1F) << 6 | Int(bytes[index + 1] & 0x3F)] else { return false }
                index += 2
            } else if byte == 0xE2 {
                index += 3
            } else {
                return false
            }
        }
        return true
    }

    /// For each scalar below U+0300, whether its lower-case mapping (what `lowercased()` puts for it) is itself.
    static let keepsCase: [Bool] = (0..<0x300).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return false }
        return scalar.properties.lowercaseMapping.unicodeScalars.elementsEqual([scalar])
    }

    public static var shared: Places { LexiconStore.places }
}

/// What a name as written is in the places list: the country it names, the country whose capital it is.
struct PlaceName: Sendable {
    var country: String?
    var capital: String?
}
