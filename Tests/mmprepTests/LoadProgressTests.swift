import Foundation
@testable import mmprep
@testable import QuestionBank
import Testing
import TestSupport

@Suite("Progress of a slow bank load")
struct LoadProgressTests {
    @Test("a load counts its files as it parses them and ends done; a cached load ends done too")
    func counts() throws {
        let temp = try TemporaryDirectory()
        let folder = try SampleBank.writeFolder(in: temp.url).path
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.count
        let progress = BankLoadProgress()
        #expect(progress.stage == .reading)
        let cache = BankCache(directory: temp.path + "/cache", build: "test")
        let result = BankLoader.load(paths: [folder], cache: cache, progress: progress)
        #expect(result.errors.isEmpty)
        #expect(progress.stage == .done)
        #expect(progress.filesTotal == files && progress.filesParsed == files)
        let again = BankLoadProgress()
        _ = BankLoader.load(paths: [folder], cache: cache, progress: again)
        #expect(again.stage == .done && again.filesParsed == 0)
    }

    @Test("the progress line gives the share of files parsed, then the checks and the saving")
    func line() {
        let progress = BankLoadProgress()
        #expect(BankStartup.progressLine(progress) == "mmprep: reading question banks…")
        progress.startParsing(files: 1_201)
        for _ in 0..<74 { progress.fileParsed() }
        #expect(BankStartup.progressLine(progress) == "mmprep: reading question banks… 6% (74 of 1,201 files)")
        progress.enter(.caching)
        #expect(BankStartup.progressLine(progress) == "mmprep: reading question banks… 100%, saving for the next start")
        // Parsing one small file in steps shows the counts on the way.
        _ = BankLoader.parse(files: [("d.yaml", SampleBank.domainsYAML)], progress: progress)
        #expect(progress.filesTotal == 1 && progress.filesParsed == 1)
        #expect(progress.stage == .checking)
        #expect(BankStartup.progressLine(progress) == "mmprep: reading question banks… 100%, checking")
    }
}
