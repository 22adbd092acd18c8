import Foundation
enum StartupTrace {
    static let on = ProcessInfo.processInfo.environment["MMPREP_TRACE"] == "1"
    nonisolated(unsafe) static var last = DispatchTime.now().uptimeNanoseconds
    static func mark(_ label: String) {
        guard on else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let rss = status.split(separator: "\n").filter { $0.hasPrefix("VmRSS") || $0.hasPrefix("VmHWM") }.map { $0.replacingOccurrences(of: " ", with: "") }.joined(separator: ",")
        FileHandle.standardError.write(Data("trace \(label) \(String(format: "%.2f", (Double(now) - Double(last)) / 1e6)) ms \(rss)\n".utf8))
        last = now
    }
}
