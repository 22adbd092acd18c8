import Yams

extension YAMLDocument {
    /// The node as a whole number, exactly as Yams' `Node.int` reads it, without its string work
    /// for the usual case.
    ///
    /// Yams strips `_`, then reads a sign, `0x`/`0b`/`0o`/`0` (octal) prefixes and `a:b` sexagesimal
    /// forms through Foundation string searches. A plain scalar of one to 18 decimal digits with
    /// no leading zero means the same number under every one of those rules, so it is read
    /// directly; anything else goes through Yams.
    static func wholeNumber(_ node: Node) -> Int? {
        guard case .scalar(let scalar) = node else { return nil }
        if scalar.style == .plain || scalar.style == .any {
            let digits = scalar.string.utf8
            if (1...18).contains(digits.count), digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
               digits.first != UInt8(ascii: "0") || digits.count == 1 {
                return Int(scalar.string)
            }
        }
        return node.int
    }
}
