/// A stable 64-bit FNV-1a digest of bank content.
///
/// Used to make exams reproducible from a seed and the exact bank text, and to key the
/// parsed-bank cache; it is not a security measure.
public struct ContentHash: Sendable, Hashable, CustomStringConvertible {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    /// A digest computed earlier (the bank cache stores it with the banks it describes).
    init(value: UInt64) { self.value = value }

    public mutating func combine<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
    }

    public mutating func combine(_ string: String) {
        combine(bytes: string.utf8)
        combine(bytes: [0])
    }

    public var description: String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
