#if canImport(Glibc)
import Glibc
#endif
import CNCursesW

/// Makes the process locale UTF-8 capable, which ncursesw needs to show anything beyond ASCII.
enum UTF8Locale {
    /// Takes the user's locale (`setlocale(LC_ALL, "")`); when it is not UTF-8, falls back to
    /// `C.UTF-8`. Throws when neither is.
    static func activate() throws(TerminalError) {
        let chosen = setlocale(LC_ALL, "").map { String(cString: $0) } ?? "C"
        if isActive { return }
        if setlocale(LC_ALL, "C.UTF-8") != nil, isActive { return }
        throw .noUTF8Locale(chosen)
    }

    /// Whether the current locale encodes characters as UTF-8.
    static var isActive: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
