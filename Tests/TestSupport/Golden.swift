import Foundation

/// Compares screen text with a golden file under `Tests/ExamAppTests/Screens/`.
///
/// Set `MMPREP_UPDATE_GOLDEN=1` to (re)write the files after a deliberate change; review the
/// diff before committing. A missing file is a failure otherwise, so a test cannot pass by
/// creating its own expectation.
public enum Golden {
    public static func check(_ lines: [String], name: String, directory: String) -> String? {
        let path = directory + "/" + name + ".txt"
        let actual = lines.joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["MMPREP_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try? actual.write(toFile: path, atomically: true, encoding: .utf8)
            return nil
        }
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            return "missing golden file \(path); run with MMPREP_UPDATE_GOLDEN=1 to create it"
        }
        guard expected != actual else { return nil }
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(e.count, a.count) where (i < e.count ? e[i] : "") != (i < a.count ? a[i] : "") {
            return "\(name): line \(i + 1) differs\n  expected: \(i < e.count ? e[i] : "")\n  actual:   \(i < a.count ? a[i] : "")"
        }
        return "\(name): differs"
    }
}
