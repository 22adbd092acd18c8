import Foundation
@testable import QuestionBank
import Testing
import TestSupport

/// import(export(bank)) gives the same bank for every field each format can hold.
@Suite("Export and import round trips")
struct ExportRoundTripTests {
    /// Questions with the characters and shapes each format has to escape or refuse.
    static let tricky: [Question] = [
        Question(
            id: "tricky-1", domain: "alpha", topic: "Claim forms: CMS-1500 / UB-04", difficulty: 3,
            stem: "Which of # = ~ { } : \\ \\n [html] <b>x</b> &amp; \"quoted\" is kept?\nA second line, with  two spaces.",
            choices: [
                Choice(text: "[html]<i>literal</i>", feedback: "Kept as written: # = ~"),
                Choice(text: "All of them", isCorrect: true, feedback: "Right.\nEvery character survives."),
                Choice(text: "Only ~ and =", feedback: nil),
                Choice(text: "None: \\{ is an escape"),
            ],
            explanation: "Escapes keep control characters: a backslash comes before # = ~ { } and :.\n\nA blank line stays.",
            reference: "GIFT rules, section 2", asOf: 2026, shuffle: false, tags: ["escapes", "tag with ] bracket", "hipaa"]
        ),
        Question(
            id: "tf-2", domain: "beta", topic: "Basics", difficulty: 1, stem: "The sun rises in the east.",
            choices: [Choice(text: "True", isCorrect: true, feedback: "Yes, every day."), Choice(text: "False", feedback: "It does rise in the east.")],
            explanation: "The Earth turns eastward.", reference: "Astronomy 101", shuffle: false
        ),
        Question(
            id: "six-3", domain: "beta", topic: "Basics", difficulty: 2, stem: "Pick the fifth letter.",
            choices: ["A", "B", "C", "D", "E", "F"].map { Choice(text: "Letter \($0)", isCorrect: $0 == "E") },
            explanation: "E is the fifth letter of the alphabet.", reference: "Alphabet"
        ),
        Question(
            id: "aiken-4", domain: "gamma", topic: "Basics", difficulty: 2, stem: "A. Smith asks for her records. When must the practice act?",
            choices: [Choice(text: "Within 30 days", isCorrect: true), Choice(text: "Within 60 days")],
            explanation: "Thirty days.", reference: "45 CFR 164.524"
        ),
    ]

    static var bank: [Question] { SampleBank.standard().questions + tricky }

    @Test("the YAML writer's bank file loads back to the same questions, every field")
    func yaml() throws {
        let questions = Self.bank
        let yaml = try BankYAMLWriter.yaml(questions)
        let loaded = BankLoader.parse(files: [("domains.yaml", SampleBank.domainsYAML), ("out.yaml", yaml)])
        #expect(loaded.errors.isEmpty, "\(loaded.errors)")
        #expect(loaded.bank.questions.map(Self.all) == questions.map(Self.all))
        let single = try BankYAMLWriter.yaml(Array(questions.prefix(3)))
        #expect(single.hasPrefix("domain: alpha\nquestions:\n"))
    }

    @Test("JSON keeps every field")
    func json() {
        let (back, warnings) = roundTrip(.json)
        #expect(warnings.isEmpty)
        #expect(back.map(Self.all) == Self.bank.map(Self.all))
    }

    @Test("GIFT keeps ids, domains, topics, stems, choices with feedback, explanations and tags")
    func gift() {
        let (back, warnings) = roundTrip(.gift, domain: nil)
        #expect(warnings.isEmpty)
        let gift = { (q: Question) in [q.id, q.domain, q.topic, q.stem, q.explanation, q.tags.joined(separator: "|")] + q.choices.map(Self.choice) }
        #expect(back.map(gift) == Self.bank.map(gift))
        #expect(back.first { $0.id == "tf-2" }?.shuffle == false)
    }

    @Test("CSV keeps everything but feedback, tags, as_of and shuffle, and leaves out six-choice questions")
    func csv() {
        let (back, warnings) = roundTrip(.csv)
        #expect(warnings.lineMessages == ["1: warning: question 'six-3' not exported: it has 6 choices and CSV holds at most 5"])
        let csv = { (q: Question) in [q.id, q.domain, q.topic, "\(q.difficulty)", q.stem, q.explanation, q.reference] + q.choices.map { "\($0.text) \($0.isCorrect)" } }
        #expect(back.map(csv) == Self.bank.filter { $0.choices.count <= 5 }.map(csv))
    }

    @Test("Aiken keeps one-line stems and choices with the right answer, and warns where it cannot")
    func aiken() {
        let (back, warnings) = roundTrip(.aiken)
        #expect(warnings.map(\.message) == [
            "question 'tricky-1': line breaks were joined with spaces, since Aiken texts are one line",
            "question 'aiken-4' not exported: an Aiken reader would not take its stem for a question line",
        ])
        let aiken = { (q: Question) in [AikenExporter.oneLine(q.stem)] + q.choices.map { "\(AikenExporter.oneLine($0.text)) \($0.isCorrect)" } }
        #expect(back.map(aiken) == Self.bank.filter { $0.id != "aiken-4" }.map(aiken))
    }

    /// Exports the bank, imports the text again, and returns the questions with the export warnings.
    private func roundTrip(_ format: InterchangeFormat, domain: String? = "alpha") -> ([Question], [Diagnostic]) {
        let exported = QuestionExporter.export(Self.bank, format: format)
        let imported = QuestionImporter.importText(exported.text, file: "export." + format.rawValue, format: format, options: ImportOptions(domain: domain))
        #expect(imported.errors.isEmpty, "\(imported.errors)")
        #expect(imported.questions.count == exported.exportedCount)
        return (imported.questions, exported.diagnostics)
    }

    private static func choice(_ choice: Choice) -> String {
        "\(choice.text) | \(choice.isCorrect) | \(choice.feedback ?? "-")"
    }

    /// Every field but the location.
    static func all(_ q: Question) -> [String] {
        [q.id, q.domain, q.topic, "\(q.difficulty)", q.stem, q.explanation, q.reference, "\(q.asOf ?? 0)", "\(q.shuffle)", q.tags.joined(separator: "|")]
            + q.choices.map(choice)
    }
}
