extension EntityTable {
    /// The word lists of the article's language that the table reads: these six kept on their own, not the
    /// whole `Lexicon`, whose thirty sets, tables and indexes were each retained with every table made (twice, the
    /// table being copied out of its `init`) and released with every table freed.
    struct Words {
        let honorifics: Set<String>
        /// The lexicon's words by bytes (`Lexicon.words`), asked whether a title word is `notOffice`: one look-up
        /// where asking `honorifics` and `relationalRoles` hashed the word twice with SipHash.
        let classes: WordIndex<LexiconWord>
        let determiners: Set<String>
        let genericRoles: Set<String>
        let subordinateRoles: Set<String>
        let organisationNouns: [String: [[String]]]

        init(_ lexicon: borrowing Lexicon) {  // borrowed: see the table's `init`
            honorifics = lexicon.honorifics
            classes = lexicon.words
            determiners = lexicon.determiners
            genericRoles = lexicon.genericRoles
            subordinateRoles = lexicon.subordinateRoles
            organisationNouns = lexicon.organisationNouns
        }
    }
}
