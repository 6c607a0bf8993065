import Foundation
import TOMLKit

/// The attribution vocabulary of one language, read once from the embedded `Lexicon/<code>.toml`.
///
/// Every word is stored lower-cased. Multi-word entries ("liet weten") are kept as word lists whose
/// first word is looked up and whose other words must follow later in the same clause.
public struct Lexicon: Sendable {
    public let language: Language
    /// First word of a reporting verb → the words that must follow it (empty for one-word verbs).
    public let reportingVerbs: [String: [[String]]]
    /// Markers followed by the source: "volgens", "according to" (first word → rest).
    public let sourceMarkers: [String: [[String]]]
    public let auxiliaries: Set<String>
    /// First word of a title → the words that follow it ("secretary" → [["of", "state"], []]).
    public let titles: [String: [[String]]]
    public let titleModifiers: Set<String>
    public let organisationNouns: [String: [[String]]]
    /// Organisation names as their word lists, indexed by first word as written (case kept).
    public let organisationNames: [String: [[String]]]
    public let singularPronouns: Set<String>
    public let pluralPronouns: Set<String>
    public let conjunctions: Set<String>
    public let subordinators: Set<String>
    public let determiners: Set<String>
    public let prepositions: Set<String>
    public let termCues: Set<String>
    public let notNames: Set<String>
    /// Words of a department's name after "van" / "of" ("Buitenlandse Zaken", "State").
    public let departmentWords: Set<String>
    /// True for a language that capitalises every noun (German): a capitalised noun is no name there.
    public let capitalisesNouns: Bool
    /// Titles of address ("mr", "mevrouw", "frau", "m"), stored without a full stop: a capitalised word after
    /// one is a name even when it is also a title ("Mr. King").
    public let honorifics: Set<String>
    /// Words that mark a woman or a man: pronouns, honorifics, gendered titles, gendered articles ("la").
    public let feminineWords: Set<String>
    public let masculineWords: Set<String>
    /// Endings that make a title feminine when what stands before them is a title too ("Minister-in").
    public let feminineTitleSuffixes: [String]
    public let indefiniteDeterminers: Set<String>
    /// Role nouns that fit any office holder: "the politician" can be the minister named before.
    public let genericRoles: Set<String>
    /// Roles of someone who speaks for another ("spokesman", "aide"): never the principal named before.
    public let subordinateRoles: Set<String>
    /// Titles that name a relation, not an office ("counterpart", "ambtgenoot"): they group people but are
    /// nobody's role.
    public let relationalRoles: Set<String>
    /// Every word of the lists above and every first word of the phrase indexes → the lists it is in
    /// (`classes(of:)`); set last in each initialiser, from the lists.
    private(set) var wordClasses: [String: WordClass] = [:]
    /// `wordClasses` with the gender lists, looked up by bytes (`WordIndex`): one look-up answers what a word
    /// form new to a thread asks of the lexicon, where that was a dictionary and two sets hashed with SipHash.
    private(set) var words = WordIndex<LexiconWord>([:])
    /// The first words of `organisationNames`, looked up by bytes.
    private(set) var organisationNameStarts = WordIndex<Bool>([:])
    /// Every organisation name begins with a capital, so a word in lower case begins none.
    private(set) var organisationNamesCapitalised = true
    /// `titles`, `organisationNouns` and `organisationNames` looked up by bytes (`WordIndex`): the mention
    /// parser asks them at every word that begins a phrase, where a dictionary hashed with SipHash cost 400
    /// of the 650 instructions of a look-up.
    private(set) var titlePhrases = WordIndex<[[String]]>([:])
    private(set) var organisationNounPhrases = WordIndex<[[String]]>([:])
    private(set) var organisationNamePhrases = WordIndex<[[String]]>([:])
    /// Some feminine or masculine word is a phrase of several words ("première ministre", "de heer").
    private(set) var hasGenderedPhrases = false

    /// The lexicon for a language; `unknown` reads with the English and Dutch lists merged.
    public static func forLanguage(_ language: Language) -> Lexicon {
        switch language {
        case .nl: LexiconStore.dutch
        case .en: LexiconStore.english
        case .de: LexiconStore.german
        case .fr: LexiconStore.french
        case .unknown: LexiconStore.fallback
        }
    }

    init(language: Language, file: LexiconFile) {
        self.language = language
        reportingVerbs = Lexicon.phraseIndex(file.reporting_verbs)
        sourceMarkers = Lexicon.phraseIndex(file.source_markers)
        auxiliaries = Set(file.auxiliaries.map { $0.lowercased() })
        titles = Lexicon.phraseIndex(file.titles)
        titleModifiers = Set(file.title_modifiers.map { $0.lowercased() })
        organisationNouns = Lexicon.phraseIndex(file.organisation_nouns)
        organisationNames = Lexicon.phraseIndex(file.organisation_names, lowercase: false)
        singularPronouns = Set(file.pronouns_singular)
        pluralPronouns = Set(file.pronouns_plural)
        conjunctions = Set(file.conjunctions)
        subordinators = Set(file.subordinators)
        determiners = Set(file.determiners)
        prepositions = Set(file.prepositions)
        termCues = Set(file.term_cues.map { $0.lowercased() })
        notNames = Set(file.not_names.map { $0.lowercased() })
        departmentWords = Set((file.department_words ?? []).map { $0.lowercased() })
        capitalisesNouns = file.capitalises_nouns ?? false
        honorifics = Set((file.honorifics ?? []).map { $0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".")) })
        feminineWords = Set((file.feminine_words ?? []).map { $0.lowercased() })
        masculineWords = Set((file.masculine_words ?? []).map { $0.lowercased() })
        feminineTitleSuffixes = file.feminine_title_suffixes ?? []
        indefiniteDeterminers = Set(file.indefinite_determiners ?? [])
        genericRoles = Set((file.generic_roles ?? []).map { $0.lowercased() })
        subordinateRoles = Set((file.subordinate_roles ?? []).map { $0.lowercased() })
        relationalRoles = Set((file.relational_roles ?? []).map { $0.lowercased() })
        wordClasses = Lexicon.classIndex(of: self)
        words = Lexicon.wordIndex(of: self)
        organisationNameStarts = WordIndex(organisationNames.mapValues { _ in true })
        organisationNamesCapitalised = Lexicon.allCapitalised(organisationNames.keys)
        indexPhrases()
    }

    /// Two lexicons read as one: every list is the union of both.
    init(merging a: Lexicon, _ b: Lexicon) {
        func merge(_ x: [String: [[String]]], _ y: [String: [[String]]]) -> [String: [[String]]] {
            x.merging(y) { Array(Set($0 + $1)) }
        }
        language = .unknown
        reportingVerbs = merge(a.reportingVerbs, b.reportingVerbs)
        sourceMarkers = merge(a.sourceMarkers, b.sourceMarkers)
        auxiliaries = a.auxiliaries.union(b.auxiliaries)
        titles = merge(a.titles, b.titles)
        titleModifiers = a.titleModifiers.union(b.titleModifiers)
        organisationNouns = merge(a.organisationNouns, b.organisationNouns)
        organisationNames = merge(a.organisationNames, b.organisationNames)
        singularPronouns = a.singularPronouns.union(b.singularPronouns)
        pluralPronouns = a.pluralPronouns.union(b.pluralPronouns)
        conjunctions = a.conjunctions.union(b.conjunctions)
        subordinators = a.subordinators.union(b.subordinators)
        determiners = a.determiners.union(b.determiners)
        prepositions = a.prepositions.union(b.prepositions)
        termCues = a.termCues.union(b.termCues)
        notNames = a.notNames.union(b.notNames)
        departmentWords = a.departmentWords.union(b.departmentWords)
        capitalisesNouns = a.capitalisesNouns && b.capitalisesNouns
        honorifics = a.honorifics.union(b.honorifics)
        feminineWords = a.feminineWords.union(b.feminineWords)
        masculineWords = a.masculineWords.union(b.masculineWords)
        feminineTitleSuffixes = Array(Set(a.feminineTitleSuffixes + b.feminineTitleSuffixes))
        indefiniteDeterminers = a.indefiniteDeterminers.union(b.indefiniteDeterminers)
        genericRoles = a.genericRoles.union(b.genericRoles)
        subordinateRoles = a.subordinateRoles.union(b.subordinateRoles)
        relationalRoles = a.relationalRoles.union(b.relationalRoles)
        wordClasses = Lexicon.classIndex(of: self)
        words = Lexicon.wordIndex(of: self)
        organisationNameStarts = WordIndex(organisationNames.mapValues { _ in true })
        organisationNamesCapitalised = Lexicon.allCapitalised(organisationNames.keys)
        indexPhrases()
    }

    /// Sets the indexes by bytes of the phrase lists, and `hasGenderedPhrases`, from the lists.
    private mutating func indexPhrases() {
        titlePhrases = WordIndex(titles)
        organisationNounPhrases = WordIndex(organisationNouns)
        organisationNamePhrases = WordIndex(organisationNames)
        hasGenderedPhrases = feminineWords.union(masculineWords).contains { $0.contains(" ") }
    }

    /// Splits each phrase into words and indexes it by its first word; longest phrases first.
    static func phraseIndex(_ phrases: [String], lowercase: Bool = true) -> [String: [[String]]] {
        var index: [String: [[String]]] = [:]
        for phrase in phrases {
            let words = (lowercase ? phrase.lowercased() : phrase).split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            index[first, default: []].append(Array(words.dropFirst()))
        }
        return index.mapValues { $0.sorted { $0.count > $1.count } }
    }
}

/// The shape of a `Lexicon/<code>.toml` file, field for field.
struct LexiconFile: Decodable {
    var reporting_verbs: [String]
    var source_markers: [String]
    var auxiliaries: [String]
    var titles: [String]
    var title_modifiers: [String]
    var organisation_nouns: [String]
    var organisation_names: [String]
    var pronouns_singular: [String]
    var pronouns_plural: [String]
    var conjunctions: [String]
    var subordinators: [String]
    var determiners: [String]
    var prepositions: [String]
    var term_cues: [String]
    var not_names: [String]
    var department_words: [String]?
    var capitalises_nouns: Bool?
    var honorifics: [String]?
    var feminine_words: [String]?
    var masculine_words: [String]?
    var feminine_title_suffixes: [String]?
    var indefinite_determiners: [String]?
    var generic_roles: [String]?
    var subordinate_roles: [String]?
    var relational_roles: [String]?
}
