import Foundation
import Testing
import TestSupport

@Suite("mmprep bank import and export")
struct BankImportExportTests {
    @Test("import writes a bank file that validates, and reports skipped questions with their place")
    func importGIFT() throws {
        let temp = try TemporaryDirectory()
        let source = temp.path + "/quiz.gift"
        try """
            // [id:cod-import-1]
            ::Modifier::Which modifier marks a distinct procedural service?{
                =59#Right.
                ~25#That one is for a separate E/M service.
            }

            ::Essay::Describe the claim cycle.{}
            """.write(toFile: source, atomically: true, encoding: .utf8)
        let output = temp.path + "/imported.yaml"
        let result = try runMMPrep(["bank", "import", source, "--format", "gift", "--domain", "coding", "--output", output])
        #expect(result.status == 0)
        #expect(result.out.isEmpty)
        #expect(result.err.contains("\(source):7:1: warning: skipped 'Essay': an essay question is not supported"))
        #expect(result.err.contains("1 questions imported to \(output): 0 errors"))
        let yaml = try String(contentsOfFile: output, encoding: .utf8)
        #expect(yaml.hasPrefix("domain: coding\nquestions:\n- id: cod-import-1\n"))
        #expect(try runMMPrep(["bank", "validate", output]).status == 0)
    }

    @Test("import exits 1 on errors, printed as file:line:column: message, and writes YAML to stdout")
    func importErrors() throws {
        let temp = try TemporaryDirectory()
        let source = temp.path + "/quiz.txt"
        try "Good?\nA) Yes\nB) No\nANSWER: A\nBad?\nA) Only\nANSWER: A\n".write(toFile: source, atomically: true, encoding: .utf8)
        let result = try runMMPrep(["bank", "import", source, "--format", "aiken", "--domain", "coding"])
        #expect(result.status == 1)
        #expect(result.err.contains("\(source):7:1: question must have at least 2 answers"))
        #expect(result.out.contains("- id: quiz-1\n"))
        let unknown = try runMMPrep(["bank", "import", source, "--format", "aiken", "--domain", "nowhere"])
        #expect(unknown.status == 1)
        #expect(unknown.err.contains("<stdout>:1:9: unknown domain 'nowhere'"))
    }

    @Test("export writes the loaded banks; a CSV export of one domain imports back in full")
    func exportAndBack() throws {
        let temp = try TemporaryDirectory()
        let csv = temp.path + "/coding.csv"
        let exported = try runMMPrep(["bank", "export", "--format", "csv", "--domain", "coding", "--output", csv])
        #expect(exported.status == 0)
        let summary = exported.err.split(separator: "\n").last { $0.contains("questions exported as csv") }
        let count = try #require(summary?.split(separator: " ").first.flatMap { Int($0) })
        #expect(count > 10)
        #expect(try String(contentsOfFile: csv, encoding: .utf8).hasPrefix("stem,a,b,c,d,e,answer,explanation,reference,domain,topic,difficulty,id\n"))
        let back = try runMMPrep(["bank", "import", csv, "--format", "csv", "--output", temp.path + "/coding.yaml"])
        #expect(back.status == 0)
        #expect(back.err.contains("\(count) questions imported to \(temp.path)/coding.yaml: 0 errors"))

        let json = try runMMPrep(["bank", "export", "--format", "json", "--domain", "coding"])
        #expect(json.status == 0)
        #expect(json.out.contains("\"schema\" : \"mmprep.questions.v1\""))
        let unknown = try runMMPrep(["bank", "export", "--format", "gift", "--domain", "nowhere"])
        #expect(unknown.status != 0)
        #expect(unknown.err.contains("unknown domain 'nowhere'"))
    }

    @Test("--columns reads a CSV file without a header")
    func columns() throws {
        let temp = try TemporaryDirectory()
        let source = temp.path + "/mmlu.csv"
        try "\"Which size, for a rapid transfusion?\",18 gauge,20 gauge,22 gauge,24 gauge,A\n".write(toFile: source, atomically: true, encoding: .utf8)
        let result = try runMMPrep(["bank", "import", source, "--format", "csv", "--domain", "terminology", "--columns", "stem,a,b,c,d,answer"])
        #expect(result.status == 0)
        #expect(result.out.contains("stem: Which size, for a rapid transfusion?"))
        let misplaced = try runMMPrep(["bank", "import", source, "--format", "gift", "--columns", "stem"])
        #expect(misplaced.status != 0)
        #expect(misplaced.err.contains("--columns applies to --format csv only"))
    }
}
