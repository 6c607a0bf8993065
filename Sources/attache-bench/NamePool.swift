/// Generated people to stand in for the bundled speakers: syllable names, drawn so that a few are
/// quoted often and most rarely, as in a real archive.
struct NamePool {
    /// A generated person: a given name and a family name, both capitalised words.
    struct Person: Hashable {
        var first: String
        var last: String
    }

    private static let firstSyllables = [
        "An", "Be", "Ca", "Da", "E", "Fe", "Ga", "He", "I", "Jo", "Ka", "Le", "Ma", "Ni", "O", "Pa",
        "Ra", "Sa", "Te", "U", "Va", "Wi", "Ya", "Zo",
    ]
    private static let firstEndings = [
        "na", "ric", "lia", "mon", "ta", "ver", "rin", "sa", "tor", "lene", "dan", "mir", "ko", "line",
        "bert", "ra", "nus", "la", "vin", "da",
    ]
    private static let lastSyllables = [
        "Bar", "Cor", "Dal", "Fen", "Gor", "Hal", "Kas", "Lor", "Mar", "Nor", "Ost", "Pel", "Quin",
        "Ros", "Sel", "Tam", "Var", "Wen", "Zer", "Brak", "Dres", "Hol", "Mik", "Stav",
    ]
    private static let lastMiddles = [
        "a", "e", "i", "o", "u", "an", "el", "in", "or", "ov", "ar", "en", "is", "ul", "ey", "ad",
    ]
    private static let lastEndings = [
        "ski", "son", "berg", "ov", "enko", "ez", "ini", "sen", "ard", "ley", "mann", "escu", "ovic",
        "dottir", "awa", "ani", "ette", "holm", "ic", "ström",
    ]

    /// Distinct people in the pool: 24 × 20 given names × 24 × 16 × 20 family names, cut to `size`.
    let people: [Person]

    init(size: Int, seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        var seen = Set<Person>()
        var people: [Person] = []
        people.reserveCapacity(size)
        while people.count < size {
            let first = Self.pick(Self.firstSyllables, &generator) + Self.pick(Self.firstEndings, &generator)
            let last = Self.pick(Self.lastSyllables, &generator) + Self.pick(Self.lastMiddles, &generator)
                + Self.pick(Self.lastEndings, &generator)
            let person = Person(first: first, last: last)
            if seen.insert(person).inserted { people.append(person) }
        }
        self.people = people
    }

    private static func pick(_ parts: [String], _ generator: inout SplitMix64) -> String {
        parts[Int.random(in: parts.indices, using: &generator)]
    }

    /// A person drawn with a skewed (power-law) weight: low indexes, the "ministers", come up often.
    func draw(using generator: inout some RandomNumberGenerator) -> Person {
        let u = Double.random(in: 0..<1, using: &generator)
        let index = Int(Double(people.count) * u * u * u)
        return people[min(people.count - 1, index)]
    }
}
