import ExamApp
import QuestionBank
import TerminalUI
import Testing
import TestSupport

@Suite("Hostile text renders inert")
struct HostileTextTests {
    @Test("escape sequences, controls, bidi overrides and wide text stay inside the buffer as plain cells")
    func hostile() {
        let yaml = """
            domain: alpha
            questions:
              - id: evil-1
                topic: "Evil \\e[2J topic"
                difficulty: 1
                stem: "Clear \\e[2J\\e]0;title\\a screen \\u202Eevil\\u202C and 日本語の長い質問 with \\u009B C1 and tab\\there?"
                choices:
                  - text: "\\e[31mred\\e[0m"
                    correct: true
                  - text: "\\u200B zero width \\u0301 combining"
                explanation: Text from a bank may hold anything; the screen must show it inert and aligned, never as terminal commands.
                reference: Test
            """
        let bank = BankLoader.parse(files: [("d.yaml", SampleBank.domainsYAML), ("evil.yaml", yaml)]).bank
        #expect(bank.questions.count == 1)
        var d = AppDriver(width: 80, height: 24, bank: bank)
        d.send(.questionListLoaded(.flagged, ["evil-1"]))
        let lines = d.screen
        for line in lines {
            #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) })
            #expect(TextWidth.columns(of: line) <= 80)
        }
        #expect(d.text.contains("␛[2J"))
        #expect(d.text.contains("日本語"))
    }
}
