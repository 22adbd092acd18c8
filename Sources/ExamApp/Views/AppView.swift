import TerminalUI

/// Draws the whole screen for a state: the screen, then any overlay, then the footer.
public enum AppView {
    public static func render(_ state: AppState) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: max(1, state.width), height: max(1, state.height))
        if state.isTooSmall {
            drawTooSmall(&buffer, state: state)
            return buffer
        }
        switch state.screen {
        case .home: HomeView.draw(&buffer, state: state)
        case .setup: SetupView.draw(&buffer, state: state)
        case .exam: QuestionView.draw(&buffer, state: state)
        case .results: ResultsView.draw(&buffer, state: state)
        case .review: ReviewView.draw(&buffer, state: state)
        case .drillPicker: DrillPickerView.draw(&buffer, state: state)
        case .history: HistoryView.draw(&buffer, state: state)
        case .stats: StatsView.draw(&buffer, state: state)
        }
        switch state.overlay {
        case .help: HelpView.draw(&buffer, state: state)
        case .navigator: NavigatorView.draw(&buffer, state: state)
        case .submitConfirm: SubmitView.draw(&buffer, state: state)
        case .goal: GoalView.draw(&buffer, state: state)
        case nil: break
        }
        Chrome.footer(&buffer, state: state, hints: Keymap.footer(state.keyContext))
        return buffer
    }

    static func drawTooSmall(_ buffer: inout ScreenBuffer, state: AppState) {
        let lines = [
            "mmprep needs a larger terminal",
            "at least \(AppState.minimumWidth)×\(AppState.minimumHeight); now \(state.width)×\(state.height)",
            "Enlarge the window (progress is kept). q quits.",
        ]
        let top = max(0, buffer.height / 2 - 1)
        for (i, line) in lines.enumerated() {
            let fitted = TextWidth.truncate(line, to: buffer.width)
            let x = max(0, (buffer.width - TextWidth.columns(of: fitted)) / 2)
            buffer.put(fitted, x: x, y: top + i, style: i == 0 ? Style(.warning).bolded : .normal)
        }
    }
}
