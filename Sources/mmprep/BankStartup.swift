import Dispatch
import Foundation
import QuestionBank

/// Loads the banks for a command through the parsed-bank cache, with a progress line when it is slow.
enum BankStartup {
    /// A load that takes longer than this shows a progress line on a terminal's stderr, before
    /// the screen is taken, so a first start with a large bank set does not look hung.
    static let noticeDelay = 0.3

    static func load(paths: [String], cacheDirectory: String) -> BankLoadResult {
        let progress = BankLoadProgress()
        let notice = SlowLoadNotice(after: noticeDelay) { progressLine(progress) }
        let start = DispatchTime.now()
        let result = BankLoader.load(paths: paths, cache: BankCache(directory: cacheDirectory), progress: progress)
        notice.finish {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            return "mmprep: read \(grouped(result.bank.questionCount)) questions in \(String(format: "%.1f", seconds)) s; the next start reuses them"
        }
        return result
    }

    /// The progress line for where a load is: the share of files parsed, then the later steps.
    static func progressLine(_ progress: BankLoadProgress) -> String {
        let head = "mmprep: reading question banks…"
        switch progress.stage {
        case .reading:
            return head
        case .parsing:
            let total = max(progress.filesTotal, 1), done = min(progress.filesParsed, total)
            return head + " \(done * 100 / total)% (\(grouped(done)) of \(grouped(total)) files)"
        case .checking:
            return head + " 100%, checking"
        case .caching, .done:
            return head + " 100%, saving for the next start"
        }
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

/// A line on stderr, shown while slow work is unfinished after a delay and kept up to date.
///
/// Shown only when stderr is a terminal. The line is redrawn in place (a carriage return, the
/// new text, spaces over what is left of the old) ten times a second, which any terminal can
/// do, dumb ones included.
final class SlowLoadNotice: @unchecked Sendable {
    private let lock = NSLock()
    private var finished = false
    private var shownLength: Int?
    private let text: @Sendable () -> String
    static let refresh = 0.1

    init(after delay: Double, text: @escaping @Sendable () -> String) {
        self.text = text
        guard isatty(2) != 0 else { return }
        DispatchQueue.global().asyncAfter(deadline: .now() + delay) { [self] in update() }
    }

    /// Draws the current text if the work is still going, and comes back after a moment.
    private func update() {
        lock.lock()
        defer { lock.unlock() }
        guard !finished else { return }
        draw(text(), end: "")
        DispatchQueue.global().asyncAfter(deadline: .now() + Self.refresh) { [self] in update() }
    }

    /// Replaces the line shown so far with `line` (the caller holds the lock).
    private func draw(_ text: String, end: String) {
        // A line that wrapped could not be drawn over: keep it within the terminal's width.
        var size = winsize()
        let width = ioctl(2, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 1 ? Int(size.ws_col) - 1 : Int.max
        let line = text.count > width ? String(text.prefix(width)) : text
        let length = line.count
        let padding = String(repeating: " ", count: max(0, (shownLength ?? 0) - length))
        FileHandle.standardError.write(Data(("\r" + line + padding + end).utf8))
        shownLength = length
    }

    /// Marks the work done; if the line was shown, replaces it with `summary`.
    func finish(_ summary: () -> String) {
        lock.lock()
        defer { lock.unlock() }
        finished = true
        if shownLength != nil { draw(summary(), end: "\n") }
    }
}
