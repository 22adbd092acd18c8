import Dispatch
import Foundation
import QuestionBank

/// Loads the banks for a command through the parsed-bank cache, with a notice when it is slow.
enum BankStartup {
    /// A load that takes longer than this prints a line on a terminal's stderr, before the
    /// screen is taken, so a first start with a large bank set does not look hung.
    static let noticeDelay = 0.3

    static func load(paths: [String], cacheDirectory: String) -> BankLoadResult {
        let notice = SlowLoadNotice(after: noticeDelay, message: "mmprep: reading question banks…")
        let start = DispatchTime.now()
        let result = BankLoader.load(paths: paths, cache: BankCache(directory: cacheDirectory))
        notice.finish {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            return "mmprep: read \(grouped(result.bank.questionCount)) questions in \(String(format: "%.1f", seconds)) s; the next start reuses them"
        }
        return result
    }

    /// 10640 as "10,640".
    static func grouped(_ n: Int) -> String {
        var out: [Character] = []
        for (index, digit) in String(n).reversed().enumerated() {
            if index > 0, index % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return String(out.reversed())
    }
}

extension GlobalOptions {
    /// Where parsed banks are cached: `DIR/cache` when a data folder is given (`--data-dir` or
    /// `MMPREP_DATA_DIR`), else `$XDG_CACHE_HOME/mmprep`, else `~/.cache/mmprep`.
    func cacheDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if dataDir != nil || !(environment["MMPREP_DATA_DIR"] ?? "").isEmpty { return dataDirectory(environment: environment) + "/cache" }
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty { return xdg + "/mmprep" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.cache/mmprep"
    }
}

/// Prints `message` to stderr if still unfinished after a delay, and only when stderr is a terminal.
final class SlowLoadNotice: @unchecked Sendable {
    private let lock = NSLock()
    private var finished = false
    private var shown = false

    init(after delay: Double, message: String) {
        guard isatty(2) != 0 else { return }
        DispatchQueue.global().asyncAfter(deadline: .now() + delay) { [self] in
            lock.lock()
            defer { lock.unlock() }
            guard !finished else { return }
            shown = true
            printError(message)
        }
    }

    /// Marks the work done; if the notice was shown, follows it with `summary`.
    func finish(_ summary: () -> String) {
        lock.lock()
        defer { lock.unlock() }
        finished = true
        if shown { printError(summary()) }
    }
}
