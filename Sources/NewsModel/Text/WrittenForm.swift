/// A text that equals another only byte for byte, and hashes its bytes: hashing a string as a string
/// normalises it first, and what is copied from a text (a word's possessor) differs with its bytes.
struct WrittenForm: Hashable, Sendable {
    let text: String

    static func == (a: WrittenForm, b: WrittenForm) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }

    func hash(into hasher: inout Hasher) {
        let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if hashed == nil {
            for byte in text.utf8 { hasher.combine(byte) }
        }
    }
}
