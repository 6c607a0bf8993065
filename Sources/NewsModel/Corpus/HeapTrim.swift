import Foundation

/// Hands the heap that a finished load freed back to the system.
///
/// The analysis allocates and frees per article on every core, and glibc keeps what was freed in each
/// thread's arena; the reader's state is built next, on top of it. Returned first, the freed pages no
/// longer count in the resident size at its peak (32 MB of a 100 000-article load's 650).
public enum HeapTrim {
    /// glibc's `malloc_trim(0)`, looked up at run time (the Glibc module does not import it); nothing
    /// where there is no such function.
    public static func returnFreedMemory() {
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(nil, "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
    }
}
