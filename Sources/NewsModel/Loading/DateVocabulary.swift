/// The words dates are written with in English, Dutch, German and French: month names, weekdays, zones.
///
/// Keys are lower case without a trailing full stop; the parser folds case and strips the stop first.
enum DateVocabulary {
    /// Month names and their usual abbreviations, to the month number.
    static let months: [String: Int] = {
        let names: [(Int, [String])] = [
            (1, ["january", "jan", "januari", "januar", "jänner", "janvier", "janv"]),
            (2, ["february", "feb", "febr", "februari", "februar", "février", "fevrier", "févr", "fevr", "fév", "fev"]),
            (3, ["march", "mar", "maart", "mrt", "märz", "maerz", "mär", "mrz", "mars"]),
            (4, ["april", "apr", "avril", "avr"]),
            (5, ["may", "mei", "mai"]),
            (6, ["june", "jun", "juni", "juin"]),
            (7, ["july", "jul", "juli", "juillet", "juil"]),
            (8, ["august", "aug", "augustus", "août", "aout"]),
            (9, ["september", "sep", "sept", "septembre"]),
            (10, ["october", "oct", "oktober", "okt", "octobre"]),
            (11, ["november", "nov", "novembre"]),
            (12, ["december", "dec", "dezember", "dez", "décembre", "decembre", "déc"]),
        ]
        var table: [String: Int] = [:]
        for (number, words) in names {
            for word in words { table[word] = number }
        }
        return table
    }()

    /// Weekday names and abbreviations, which a date may start with and which carry no information.
    static let weekdays: Set<String> = [
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "ma", "di", "wo", "do", "vr", "za", "zo",
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
        "mo", "mi", "fr", "sa", "so",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
        "lun", "mer", "jeu", "ven", "sam", "dim",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ]

    /// Zone abbreviations seen in RFC 2822 and European feeds, to seconds east of UTC.
    static let zones: [String: Int] = [
        "z": 0, "ut": 0, "utc": 0, "gmt": 0, "wet": 0,
        "bst": 3600, "cet": 3600, "met": 3600, "mez": 3600, "west": 3600,
        "cest": 7200, "mest": 7200, "mesz": 7200, "eet": 7200, "eest": 10_800,
        "est": -5 * 3600, "edt": -4 * 3600, "cst": -6 * 3600, "cdt": -5 * 3600,
        "mst": -7 * 3600, "mdt": -6 * 3600, "pst": -8 * 3600, "pdt": -7 * 3600,
    ]

    /// Ordinal endings a day number may carry: `1st`, `2nd`, `1er` (French), `1e` (Dutch).
    static let dayOrdinalSuffixes = ["st", "nd", "rd", "th", "er", "e", "ste", "de"]
}
