import ExamApp
import Foundation
import ExamEngine
import QuestionBank
import TerminalUI
import Testing
import TestSupport

/// Characters that would change a terminal's state or hide what text says, if they reached it.
func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: true                       // C0, DEL, C1 (ESC, CSI, OSC, NEL…)
    case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true  // bidi controls
    case 0x200B, 0x2060, 0xFEFF, 0x00AD, 0x2028, 0x2029: true  // invisible, or line breaks
    default: false
    }
}

/// Every problem found in a rendered screen: a control character in a cell, a cell whose width
/// is not 1 or 2, a wide character without its right half (which would shift the rest of the row),
/// or a row wider than the screen.
func inertProblems(_ buffer: ScreenBuffer) -> [String] {
    var problems: [String] = []
    for y in 0..<buffer.height {
        var x = 0
        while x < buffer.width {
            let cell = buffer[x, y]
            if let bad = cell.text.unicodeScalars.first(where: isForbidden) {
                problems.append("row \(y) column \(x): U+\(String(bad.value, radix: 16, uppercase: true)) reached the screen")
            }
            if cell.isContinuation {
                problems.append("row \(y) column \(x): the right half of a wide character has no left half")
                x += 1
                continue
            }
            let width = TextWidth.columns(of: cell.text)
            if width == 2 {
                if x + 1 >= buffer.width || !buffer[x + 1, y].isContinuation {
                    problems.append("row \(y) column \(x): wide '\(cell.text)' without its right half")
                }
                x += 2
            } else {
                if width != 1 { problems.append("row \(y) column \(x): cell '\(cell.text)' is \(width) columns wide") }
                x += 1
            }
        }
        if TextWidth.columns(of: buffer.row(y)) != buffer.width {
            problems.append("row \(y) is \(TextWidth.columns(of: buffer.row(y))) columns, not \(buffer.width)")
        }
    }
    return problems
}

@Suite("A hostile bank through every screen")
struct HostileBankTests {
    static let result = HostileBank.load()
    static let sizes = [(80, 24), (120, 40), (60, 18)]

    func check(_ driver: AppDriver, _ label: String) {
        let buffer = AppView.render(driver.state)
        #expect(buffer.width == driver.state.width && buffer.height == driver.state.height)
        let problems = inertProblems(buffer)
        #expect(problems.isEmpty, "\(label): \(problems.prefix(5).joined(separator: "; "))")
        #expect(buffer.lines.allSatisfy { TextWidth.columns(of: $0) <= driver.state.width }, "\(label)")
    }

    @Test("the bank loads: every payload and the 10,000-character stems and choices survive parsing")
    func loads() {
        let bank = Self.result.bank
        #expect(Self.result.errors.isEmpty, "\(Self.result.errors.prefix(3))")
        #expect(bank.questions.count == 18)
        let long = bank.questions.filter { $0.stem.count >= 10_000 }
        #expect(long.count == 6)
        #expect(long.allSatisfy { $0.choices.contains { $0.text.count >= 10_000 } })
        let all = bank.questions.map(\.stem).joined()
        for marker in ["\u{1B}[2J", "\u{1B}]0;pwned-title\u{07}", "\u{9B}", "\u{202E}", "\u{200B}", "日本語", "\u{0301}"] {
            #expect(all.range(of: marker, options: .literal) != nil, "payload \(marker.unicodeScalars.map { String($0.value, radix: 16) }) lost in parsing")
        }
    }

    @Test("every screen scenario renders inert and aligned", arguments: ScreenScenario.allCases)
    func scenarios(_ scenario: ScreenScenario) {
        for (width, height) in Self.sizes {
            var driver = AppDriver(width: width, height: height, bank: Self.result.bank)
            scenario.drive(&driver)
            check(driver, "\(scenario.rawValue) at \(width)x\(height)")
        }
    }

    @Test("every question, scrolled through to the end, in exam and tutor mode, then results and review",
          arguments: [ExamMode.exam, .tutor], [0, 1, 2])
    func everyQuestion(mode: ExamMode, sizeIndex: Int) throws {
        let (width, height) = Self.sizes[sizeIndex]
        var driver = AppDriver(width: width, height: height, bank: Self.result.bank)
        let spec = ExamSpec.custom(count: 18, minutes: mode == .exam ? 30 : nil, domains: [], mode: mode, in: Self.result.bank)
        let items = try ExamAssembler.assemble(spec, from: Self.result.bank, seed: 5)
        driver.send(.examStarted(ExamSession(spec: spec, items: items, now: driver.now), attemptID: 1))
        for index in 0..<items.count {
            check(driver, "\(mode) question \(index) at \(width)x\(height)")
            driver.press(.char("a"), .char("f"), .char("x"), .char("b"))
            check(driver, "\(mode) question \(index) answered at \(width)x\(height)")
            // 10,000 characters are hundreds of rows: check pages through to past the end.
            let stem = Self.result.bank.question(items[driver.state.exam!.session.current].questionID)!.stem
            for page in stem.count >= 10_000 ? [10, 150, 400] : [10] {
                driver.state.exam?.scroll = page * 3
                check(driver, "\(mode) question \(index) page \(page) at \(width)x\(height)")
            }
            driver.state.exam?.scroll = 0
            driver.press(.char("g"))
            check(driver, "navigator at question \(index)")
            driver.press(.escape, .right)
        }
        driver.press(.char("s"))
        check(driver, "submit confirmation")
        driver.press(.char("y"))
        #expect(driver.state.screen == .results)
        check(driver, "\(mode) results at \(width)x\(height)")
        driver.press(.char("r"))
        for _ in 0..<items.count {
            check(driver, "\(mode) review at \(width)x\(height)")
            driver.press(.right)
        }
    }

    @Test("the screen check itself catches a raw control, a split wide character and a stray right half")
    func checkerCatches() {
        var buffer = ScreenBuffer(width: 10, height: 2)
        #expect(inertProblems(buffer).isEmpty)
        buffer[0, 0] = Cell(text: "\u{1B}")
        buffer[3, 0] = Cell(text: "日")
        buffer[6, 1] = Cell(text: "")
        let problems = inertProblems(buffer)
        #expect(problems.contains { $0.contains("U+1B reached the screen") })
        #expect(problems.contains { $0.contains("wide '日' without its right half") })
        #expect(problems.contains { $0.contains("right half of a wide character has no left half") })
    }

    @Test("history, home and help with hostile titles and domain names")
    func listsAndOverlays() {
        var hostile = sampleHomeData()
        hostile.recent = hostile.recent.map { attempt in
            var copy = attempt
            copy.title = HostileBank.long(500, seed: Int(attempt.id))
            return copy
        }
        hostile.resumable = hostile.resumable.map { attempt in
            var copy = attempt
            copy.title = HostileBank.allInOne
            return copy
        }
        for (width, height) in Self.sizes {
            var driver = AppDriver(width: width, height: height, bank: Self.result.bank)
            driver.send(.homeLoaded(hostile))
            check(driver, "home at \(width)x\(height)")
            driver.send(.failed(HostileBank.allInOne))
            check(driver, "error notice at \(width)x\(height)")
            driver.state.menuIndex = HomeMenu.items.firstIndex(of: .history)!
            driver.press(.enter)
            driver.send(.historyLoaded(hostile.recent))
            check(driver, "history at \(width)x\(height)")
            driver.press(.char("?"))
            check(driver, "help over history at \(width)x\(height)")
        }
    }
}
