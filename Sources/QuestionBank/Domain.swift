/// A bank domain (such as "Coding"), declared once in `domains.yaml`.
public struct Domain: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    /// Outline key (e.g. "cmom") to the outline domains this bank domain feeds.
    public var outlines: [String: [String]]
    public var location: SourceLocation?

    public init(id: String, name: String, outlines: [String: [String]] = [:], location: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.outlines = outlines
        self.location = location
    }
}
