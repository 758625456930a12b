extension Array {
    /// `sorted(by:)`, returning the array itself when it is in order already: most households
    /// hold one enrollment and one or two members, and a sort copies every element (each a
    /// struct of strings and sets, so a retain and a release per field) even when nothing moves.
    /// The same result as `sorted(by:)`, which is stable.
    func sortedIfNeeded(by areInIncreasingOrder: (Element, Element) -> Bool) -> [Element] {
        for index in indices.dropFirst() where areInIncreasingOrder(self[index], self[index - 1]) {
            return sorted(by: areInIncreasingOrder)
        }
        return self
    }
}
