import ReaderUI

/// Text for people on standard output or standard error, with nothing in it a terminal would obey.
///
/// Article text, titles, speaker names and file names can hold escape sequences (colours, cursor moves,
/// `ESC ] 0 ;` window titles, `ESC ] 52 ;` clipboard writes) and bidi overrides: each such scalar is shown
/// as the reader shows it (`SafeText`: ESC as ␛, C1 controls and overrides as �), so printing an
/// article is never an instruction to the terminal. JSON Lines and CSV output keep the text as it is.
enum PrintableText {
    static func neutralised(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { SafeText.replacement(for: $0) != nil }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(SafeText.replacement(for: scalar) ?? scalar)
        }
        return String(scalars)
    }
}
