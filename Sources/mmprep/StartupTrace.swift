import Foundation
enum StartupTrace {
    static let on = ProcessInfo.processInfo.environment["MMPREP_TRACE"] == "1"
    nonisolated(unsafe) static var last = DispatchTime.now().uptimeNanoseconds
    static func mark(_ label: String) {
        guard on else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        FileHandle.standardError.write(Data("trace \(label) \(String(format: "%.2f", (Double(now) - Double(last)) / 1e6)) ms\n".utf8))
        last = now
    }
}
