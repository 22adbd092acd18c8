import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Loaded banks kept between runs, keyed by the exact bytes of every file they came from.
///
/// Parsing YAML costs about 0.1 s per 1,000 questions; reading a cached result back costs a
/// few milliseconds. The key is a 128-bit digest of the program build, the paths asked for,
/// the base domains, and every bank file's path, length and bytes, so an edited, added or
/// removed file (or a new build of the parser) simply misses: a stale entry cannot be read.
/// An entry holds the whole load result, diagnostics included, so a cached load reports
/// exactly what a fresh one would. Loads whose files could not all be read are not cached.
public struct BankCache: Sendable {
    /// The folder holding the entries (created on the first save).
    public let directory: String
    /// Mixed into every key: the entry format and the build of the program that wrote it.
    let salt: String
    /// How many entries (bank sets) to keep; older ones are removed when a new one is saved.
    static let keptEntries = 4

    /// A cache in `directory`; `build` identifies the parser, by default this executable.
    public init(directory: String, build: String = BankCache.currentBuild()) {
        self.directory = directory
        salt = "mmprep-bank-cache-5|" + build
    }

    /// The digest that names an entry, built from everything a load depends on.
    public struct Key: Sendable {
        var digest = Digest128()

        /// Adds one file exactly as it was read.
        mutating func add(file: String, data: Data) {
            add(file: file, content: Self.content(data))
        }

        /// Adds one file by its path and the digest of its bytes (``content(_:)``).
        mutating func add(file: String, content: [UInt8]) {
            digest.combine(file)
            content.withUnsafeBytes { digest.combine($0) }
        }

        /// A file's bytes as a digest followed by their length; files are digested separately
        /// so that a lookup can read them on every core.
        static func content(_ data: Data) -> [UInt8] {
            var fileDigest = Digest128()
            data.withUnsafeBytes { fileDigest.combine($0) }
            fileDigest.combineLength(data.count)
            return fileDigest.bytes
        }

        var bytes: [UInt8] { digest.bytes }
        var name: String { "banks-" + bytes.map { String(format: "%02x", $0) }.joined() + ".bin" }
    }

    /// A key holding the build, the requested paths and the base domains; files are added as read.
    func key(paths: [String], baseDomains: [Domain]) -> Key {
        var key = Key()
        key.digest.combine(salt)
        key.digest.combineLength(paths.count)
        for path in paths { key.digest.combine(path) }
        key.digest.combineLength(baseDomains.count)
        for domain in baseDomains {
            key.digest.combine(domain.id)
            key.digest.combine(domain.name)
            for (outline, names) in domain.outlines.sorted(by: { $0.key < $1.key }) {
                key.digest.combine(outline)
                for name in names { key.digest.combine(name) }
                key.digest.combineLength(names.count)
            }
            key.digest.combine(domain.location?.description ?? "")
        }
        return key
    }

    /// The cached result for these paths, if their files are all readable and unchanged.
    ///
    /// Its questions are decoded on another thread (see ``Bank``); the rest is ready at once.
    func lookup(paths: [String], baseDomains: [Domain], fileManager: FileManager) -> BankLoadResult? {
        var key = key(paths: paths, baseDomains: baseDomains)
        var problems: [Diagnostic] = []
        let files = paths.flatMap { BankLoader.bankFiles(at: $0, fileManager: fileManager, diagnostics: &problems) }
        guard problems.isEmpty else { return nil }
        // Reading and digesting 10,000 questions' YAML is most of a cached load: both cores share it.
        let contents = ParallelMap.map(files.count) { index in Self.mapped(files[index]).map(Key.content) }
        for (file, content) in zip(files, contents) {
            guard let content else { return nil }
            key.add(file: file, content: content)
        }
        guard let data = Self.mappedEntry(directory + "/" + key.name),
              let (head, found) = BankCacheCoding.decodeHead(data, key: key.bytes) else { return nil }
        var section = found
        section.isMapped = true
        let questionsSection = section, questionCount = head.questionCount
        let bank = Bank(
            domains: head.domains, blueprints: head.blueprints, contentHash: ContentHash(value: head.hash),
            topicCounts: head.topicCounts, questionCount: head.questionCount
        ) {
            // A questions section that fails its digest (a damaged disk) is never used: the
            // files are parsed again, which gives what the entry was made from.
            if let questions = BankCacheCoding.decodeQuestions(questionsSection), questions.count == questionCount { return questions }
            return BankLoader.load(paths: paths, baseDomains: baseDomains).bank.questions
        }
        return BankLoadResult(bank: bank, diagnostics: head.diagnostics)
    }

    /// A file's bytes mapped rather than copied: reading 10,000 questions' YAML and their entry
    /// into fresh memory cost more than hashing and decoding them.
    static func mapped(_ path: String) -> Data? {
        try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
    }

    /// An entry's file mapped read-only with `mmap` (never copied, so its pages may be given
    /// back as they are read; see ``MappedPages``); unmapped when the last copy of the data goes.
    static func mappedEntry(_ path: String) -> Data? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_size > 0,
              let address = mmap(nil, Int(info.st_size), PROT_READ, MAP_PRIVATE, descriptor, 0),
              address != MAP_FAILED else { return nil }
        let length = Int(info.st_size)
        return Data(bytesNoCopy: address, count: length, deallocator: .custom { pointer, _ in _ = munmap(pointer, length) })
    }

    /// Saves `result` under `key`; failures (a read-only folder, a full disk) are ignored.
    func store(_ result: BankLoadResult, key: Key) {
        let fileManager = FileManager.default
        guard (try? fileManager.createDirectory(atPath: directory, withIntermediateDirectories: true)) != nil else { return }
        let final = directory + "/" + key.name
        // Written beside the final name and renamed, so a reader never sees half an entry.
        let temporary = final + ".\(getpid()).tmp"
        guard BankCacheCoding.write(result, key: key.bytes, to: temporary), rename(temporary, final) == 0 else {
            try? fileManager.removeItem(atPath: temporary)
            return
        }
        prune(keeping: key.name)
    }

    /// Removes the oldest entries beyond ``keptEntries``.
    func prune(keeping current: String) {
        let fileManager = FileManager.default
        guard let names = try? fileManager.contentsOfDirectory(atPath: directory) else { return }
        let entries = names.filter { $0.hasPrefix("banks-") && $0.hasSuffix(".bin") && $0 != current }
        guard entries.count >= Self.keptEntries else { return }
        let dated = entries.map { name -> (String, Date) in
            let attributes = try? fileManager.attributesOfItem(atPath: directory + "/" + name)
            return (name, attributes?[.modificationDate] as? Date ?? .distantPast)
        }
        for (name, _) in dated.sorted(by: { $0.1 > $1.1 }).dropFirst(Self.keptEntries - 1) {
            try? fileManager.removeItem(atPath: directory + "/" + name)
        }
    }

    /// Identifies the running executable by size, modification time and inode, so that entries
    /// written by another build of the parser are never read.
    public static func currentBuild() -> String {
        #if os(Linux)
        var info = stat()
        if stat("/proc/self/exe", &info) == 0 {
            return "\(info.st_size)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)-\(info.st_ino)"
        }
        #endif
        let path = Bundle.main.executablePath ?? CommandLine.arguments.first ?? ""
        let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
        let size = attributes[.size] as? Int ?? 0
        let date = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(path)-\(size)-\(date)"
    }
}

/// A 128-bit digest for cache keys: two independent multiply-rotate lanes over 8-byte words.
///
/// Each step is a bijection of a lane's state for a given word, and every word goes through at
/// least one lane, so two inputs of the same length that differ in one word always give
/// different digests. Whole 16-byte blocks feed one word to each lane (about 6 GB/s, twice the
/// speed of feeding every word to both); the rest goes to both lanes. Not a security measure.
struct Digest128: Sendable {
    var a: UInt64 = 0x9E37_79B9_7F4A_7C15
    var b: UInt64 = 0xC2B2_AE3D_27D4_EB4F

    mutating func combine(_ raw: UnsafeRawBufferPointer) {
        let count = raw.count
        var offset = 0
        var a = self.a, b = self.b
        // Two words a step, one to each lane: the lanes' multiplications run side by side.
        while offset + 16 <= count {
            let first = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            let second = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
            a = Self.rotate((a ^ first) &* 0x9FB2_1C65_1E98_DF25, 29)
            b = Self.rotate((b ^ second) &* 0xD6E8_FEB8_6659_FD93, 31)
            offset += 16
        }
        while offset + 8 <= count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            a = Self.rotate((a ^ word) &* 0x9FB2_1C65_1E98_DF25, 29)
            b = Self.rotate((b ^ word) &* 0xD6E8_FEB8_6659_FD93, 31)
            offset += 8
        }
        if offset < count {
            var word: UInt64 = 0
            for index in offset..<count { word |= UInt64(raw[index]) << (UInt64(index - offset) * 8) }
            a = Self.rotate((a ^ word) &* 0x9FB2_1C65_1E98_DF25, 29)
            b = Self.rotate((b ^ word) &* 0xD6E8_FEB8_6659_FD93, 31)
        }
        self.a = a
        self.b = b
    }

    /// Adds a string followed by its length, so field boundaries count.
    mutating func combine(_ string: String) {
        var copy = string
        copy.withUTF8 { combine(UnsafeRawBufferPointer($0)) }
        combineLength(copy.utf8.count)
    }

    mutating func combineLength(_ length: Int) {
        withUnsafeBytes(of: UInt64(length).littleEndian) { combine($0) }
    }

    static func rotate(_ x: UInt64, _ r: UInt64) -> UInt64 { (x << r) | (x >> (64 - r)) }

    /// The murmur3 finaliser (a bijection), so every input bit reaches every output bit.
    static func finish(_ x: UInt64) -> UInt64 {
        var x = x
        x ^= x >> 33
        x = x &* 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x = x &* 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }

    var bytes: [UInt8] {
        var out: [UInt8] = []
        withUnsafeBytes(of: Self.finish(a).littleEndian) { out += $0 }
        withUnsafeBytes(of: Self.finish(b).littleEndian) { out += $0 }
        return out
    }
}
