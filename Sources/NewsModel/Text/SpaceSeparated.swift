/// The words of a name or role written with single spaces ("foreign minister"), as `split(separator: " ")`
/// gives them.
enum SpaceSeparated {
    /// The pieces of `text` between spaces, empty ones left out. ASCII text is split on its bytes: a
    /// `Character` of ASCII is one byte (or CR LF, no space either), and stepping through `Character`s
    /// was most of the cost of filing a role.
    static func words(_ text: String) -> [Substring] {
        guard ASCIIBytes.isASCII(text) else { return text.split(separator: " ") }
        return text.utf8.split(separator: 0x20).map { Substring($0) }
    }
}
