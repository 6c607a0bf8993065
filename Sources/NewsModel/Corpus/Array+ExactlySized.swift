extension Array {
    /// The same elements in storage of their count, for arrays kept as long as the corpus: an array grown
    /// by appending has up to twice the room it needs.
    func exactlySized() -> [Element] {
        capacity > count ? copiedExactly() : self
    }

    /// The same elements in new storage of their count, allocated by the calling thread.
    func copiedExactly() -> [Element] {
        var exact: [Element] = []
        exact.reserveCapacity(count)
        exact.append(contentsOf: self)
        return exact
    }
}
