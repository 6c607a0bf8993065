import Testing
@testable import NewsModel

/// The places list's fast paths answer what its plain look-ups answer.
@Suite("Places")
struct PlacesTests {
    /// `country(ofDemonym:)` the slow way: the lower-cased word's first character, and its stems in order.
    func demonymCountryByCharacters(_ word: String, in places: Places) -> String? {
        let lower = word.lowercased()
        guard let first = lower.first, let candidates = places.demonymStems[first] else { return nil }
        return candidates.first { lower.hasPrefix($0.stem) }?.code
    }

    @Test("a demonym beyond ASCII is found by bytes as by characters: accents composed or not, capitals, curly apostrophes")
    func demonymsByBytes() {
        let places = Places.shared
        let stems = places.demonymStems.values.flatMap { $0.map(\.stem) }
        let endings = ["", "e", "en", "isch", "ische", "’s", "ais", "é", "e\u{301}", "Ä", "-", "ñ"]
        var words: [String] = []
        for stem in stems {
            for ending in endings {
                words.append(stem + ending)
                words.append(stem.capitalized + ending)
                words.append(String(stem.dropLast()) + ending)
            }
            words.append(stem.decomposedStringWithCanonicalMapping)
        }
        words += ["", "é", "ä", "İstanbul", "ſ", "ǅ", "ÿ", "français", "française", "néerlandaise", "oekraïense"]
        for word in words {
            #expect(places.country(ofDemonym: word) == demonymCountryByCharacters(word, in: places), "\(word.debugDescription)")
        }
    }

    @Test("every place name of several words passes the test of its first byte and length")
    func multiWordNames() {
        let places = Places.shared
        let names = Array(places.countryNames.keys) + Array(places.capitals.keys)
        for name in names where name.contains(" ") {
            #expect(places.mayNameMultiWordPlace(first: name.utf8.first ?? 0, length: name.utf8.count), "\(name)")
        }
    }
}
