import Foundation
import Yams

/// The outcome of loading banks: everything that parsed, and every problem found on the way.
public struct BankLoadResult: Sendable {
    public var bank: Bank
    public var diagnostics: [Diagnostic]

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

/// Loads bank folders (or single files) into a `Bank`, never stopping at the first broken file.
public enum BankLoader {
    /// Loads every path: a folder laid out as `domains.yaml`, `banks/`, `blueprints/`
    /// (or any folder of YAML files), or a single file. Later folders replace domains and
    /// blueprints with the same id; questions accumulate.
    ///
    /// - Parameter baseDomains: domains that files may refer to without declaring them
    ///   (used when validating a single bank file against the shipped `domains.yaml`).
    /// - Parameter cache: where to reuse (and save) results keyed by the files' exact content.
    /// - Parameter progress: updated as the load goes, for a progress line on another thread.
    public static func load(paths: [String], baseDomains: [Domain] = [], cache: BankCache? = nil, fileManager: FileManager = .default,
                            progress: BankLoadProgress? = nil) -> BankLoadResult {
        defer { progress?.enter(.done) }
        if let cached = cache?.lookup(paths: paths, baseDomains: baseDomains, fileManager: fileManager) { return cached }
        var key = cache?.key(paths: paths, baseDomains: baseDomains)
        var diagnostics: [Diagnostic] = []
        var files: [(path: String, text: String)] = []
        var hash = ContentHash()
        for path in paths {
            for file in bankFiles(at: path, fileManager: fileManager, diagnostics: &diagnostics) {
                guard let data = fileManager.contents(atPath: file) else {
                    diagnostics.append(.error(SourceLocation(file: file, line: 1, column: 1), "cannot read file"))
                    continue
                }
                key?.add(file: file, data: data)
                guard let text = String(data: data, encoding: .utf8) else {
                    let location = firstInvalidUTF8(in: data, file: file)
                    diagnostics.append(.error(location, "file is not valid UTF-8 text"))
                    continue
                }
                hash.combine(file.split(separator: "/").last.map(String.init) ?? file)
                // Through the raw bytes: iterating `Data` byte by byte cost more than hashing them.
                data.withUnsafeBytes { hash.combine(bytes: $0) }
                files.append((file, text))
            }
        }
        let result = parse(files: files, baseDomains: baseDomains, hash: hash, diagnostics: diagnostics, progress: progress)
        // The key holds the bytes just parsed, so a file edited meanwhile cannot be cached stale.
        if let cache, let key, diagnostics.isEmpty {
            progress?.enter(.caching)
            cache.store(result, key: key)
        }
        return result
    }

    /// Parses already-read files; the entry point for tests and the in-memory importers.
    public static func parse(files: [(path: String, text: String)], baseDomains: [Domain] = [], hash: ContentHash? = nil,
                             diagnostics initial: [Diagnostic] = [], progress: BankLoadProgress? = nil) -> BankLoadResult {
        var diagnostics = initial
        progress?.startParsing(files: files.count)
        // Composing YAML and reading the questions out of it is most of the work, and each file
        // is independent: both run on every core, each file's tree freed by the thread that
        // read it, and the files are then merged in their given order.
        let composed = ParallelMap.map(files.count) { index in
            defer { progress?.fileParsed() }
            return ComposedFile(path: files[index].path, text: files[index].text)
        }
        var roots: [ComposedFile] = []
        for file in composed {
            if file.kind != nil {
                roots.append(file)
            } else {
                diagnostics += file.parser.diagnostics
            }
        }

        var domains = baseDomains
        // Ids declared by the files of this load, to catch a domain declared twice in one file;
        // a later folder may replace a domain from an earlier one or from `baseDomains`.
        var declared: [String: SourceLocation] = [:]
        for file in roots where file.kind == .domains {
            guard let root = file.root else { continue }
            for domain in file.parser.domains(root) {
                if let previous = declared[domain.id], previous.file == domain.location?.file {
                    diagnostics.append(.error(domain.location ?? previous, "domain '\(domain.id)' is declared twice (first at \(previous))"))
                }
                if let location = domain.location { declared[domain.id] = location }
                if let existing = domains.firstIndex(where: { $0.id == domain.id }) {
                    domains[existing] = domain
                } else {
                    domains.append(domain)
                }
            }
        }
        // Question files were read before the domains were known: their domains are checked now.
        let known = Set(domains.map(\.id))
        var questions: [Question] = []
        questions.reserveCapacity(roots.reduce(0) { $0 + $1.questions.questions.count })
        var blueprints: [Blueprint] = []
        for file in roots {
            switch file.kind {
            case .domains, nil:
                diagnostics += file.parser.diagnostics
            case .questions:
                let (read, problems) = file.questions.checked(knownDomains: known)
                questions += read
                diagnostics += file.parser.diagnostics + problems
            case .blueprint:
                if let root = file.root, let blueprint = file.parser.blueprint(root) {
                    if let existing = blueprints.firstIndex(where: { $0.id == blueprint.id }) {
                        blueprints[existing] = blueprint
                    } else {
                        blueprints.append(blueprint)
                    }
                }
                diagnostics += file.parser.diagnostics
            }
        }

        var contentHash = hash ?? ContentHash()
        if hash == nil {
            for (path, text) in files {
                contentHash.combine(path.split(separator: "/").last.map(String.init) ?? path)
                contentHash.combine(text)
            }
        }
        progress?.enter(.checking)
        var bank = Bank(domains: domains, questions: questions, blueprints: blueprints, contentHash: contentHash)
        let checks = BankValidator.check(&bank)
        diagnostics += checks
        return BankLoadResult(bank: bank, diagnostics: diagnostics.sortedForReport())
    }

    /// The YAML files a path stands for, in a stable order.
    static func bankFiles(at path: String, fileManager: FileManager, diagnostics: inout [Diagnostic]) -> [String] {
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            diagnostics.append(.error(SourceLocation(file: path, line: 1, column: 1), "no such file or folder"))
            return []
        }
        guard isDirectory.boolValue else { return [path] }
        let base = path.hasSuffix("/") ? String(path.dropLast()) : path
        guard let enumerator = fileManager.enumerator(atPath: base) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") else { continue }
            found.append(base + "/" + relative)
        }
        // domains.yaml first so that bank files can refer to the domains it declares.
        return found.sorted { a, b in
            let ad = a.hasSuffix("/domains.yaml"), bd = b.hasSuffix("/domains.yaml")
            return ad != bd ? ad : a < b
        }
    }

    /// Line and column of the first byte that breaks UTF-8, for a precise error.
    static func firstInvalidUTF8(in data: Data, file: String) -> SourceLocation {
        var line = 1, column = 1
        let bytes = [UInt8](data)
        var offset = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            let length = byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
            if length == 0 || offset + length > bytes.count
                || bytes[(offset + 1)..<(offset + length)].contains(where: { $0 >> 6 != 0b10 }) {
                return SourceLocation(file: file, line: line, column: column)
            }
            if byte == 0x0A { line += 1; column = 1 } else { column += 1 }
            offset += length
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}

extension Array where Element == Diagnostic {
    /// Errors and warnings ordered by file, line and column, as a compiler prints them.
    func sortedForReport() -> [Diagnostic] {
        enumerated().sorted { a, b in
            let l = a.element.location, r = b.element.location
            if l.file != r.file { return l.file < r.file }
            if l.line != r.line { return l.line < r.line }
            if l.column != r.column { return l.column < r.column }
            return a.offset < b.offset
        }.map(\.element)
    }
}
