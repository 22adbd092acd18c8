import Yams

/// Composes YAML text into Yams nodes exactly as the bool-or-string resolver would, but cheaply.
///
/// Yams resolves the tag of every mapping key with regular expressions while it checks for
/// duplicate keys, a third of the composing time. Composing with no resolver rules gives the same
/// tree whenever no key can resolve to a boolean: then every plain key is a string under both
/// resolvers, so the same keys count as duplicates and the same keys are found later. A text with
/// a key that could (a plain `yes`, `off`, ... or a key that is itself a mapping or list), or one
/// that fails to compose at all, is composed again with the exact resolver, so its tree and its
/// error are the same as before.
enum YAMLComposer {
    /// Tags plain scalars as bool or str only: reading numbers never looks at tags, and
    /// `true`/`false` still resolve as booleans.
    static let exactResolver = Resolver.basic.appending(.bool)

    /// No rules: every plain scalar is a string, and no regular expression ever runs.
    static let fastResolver = Resolver.basic

    /// The root node of `text`, or nil for an empty text; throws Yams' error for invalid YAML.
    static func compose(_ text: String) throws -> Node? {
        if let node = try? Yams.compose(yaml: text, fastResolver), !hasKeyResolvingDifferently(node) {
            return node
        }
        return try Yams.compose(yaml: text, exactResolver)
    }

    /// True when some mapping key could get another tag under the exact resolver than under the
    /// fast one, which could change duplicate-key errors and key lookups.
    static func hasKeyResolvingDifferently(_ node: Node) -> Bool {
        switch node {
        case .scalar:
            return false
        case .sequence(let sequence):
            for index in sequence.indices where hasKeyResolvingDifferently(sequence[index]) { return true }
            return false
        case .mapping(let mapping):
            for index in mapping.indices {
                let pair = mapping[index]
                guard case .scalar(let key) = pair.key else { return true }
                if key.style == .plain || key.style == .any, couldBeBoolean(key.string) { return true }
                if hasKeyResolvingDifferently(pair.value) { return true }
            }
            return false
        case .alias:
            return true
        }
    }

    /// The words Yams' bool rule matches (the whole scalar, in three spellings each).
    static let booleanWords: Set<String> = [
        "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF",
    ]

    /// Whether the bool rule matches `string`; longer strings are ruled out before hashing.
    static func couldBeBoolean(_ string: String) -> Bool {
        (2...5).contains(string.utf8.count) && booleanWords.contains(string)
    }
}
