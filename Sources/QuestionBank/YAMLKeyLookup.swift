import Yams

extension Node.Mapping {
    /// The value of the text key `key`, found as `mapping[key]` finds it but without its cost.
    ///
    /// Yams' subscript builds a key node with a fresh tag and resolves that tag with a regular
    /// expression on every lookup. The keys the bank format looks up are never boolean words, so
    /// the subscript matches exactly the scalar keys spelled `key` whose tag resolves to a string:
    /// no tag, the non-specific `!`, or `!!str`. As in Yams, the last such key wins.
    func value(forKey key: String) -> Node? {
        var index = endIndex
        while index > startIndex {
            index -= 1
            let pair = self[index]
            guard case .scalar(let scalar) = pair.key, scalar.string == key else { continue }
            let tag = scalar.tag.rawValue
            if tag.isEmpty || tag == Tag.Name.nonSpecific.rawValue || tag == Tag.Name.str.rawValue {
                return pair.value
            }
        }
        return nil
    }
}
