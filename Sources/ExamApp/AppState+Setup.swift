import ExamEngine
import QuestionBank

/// The exam setup form: a blueprint, or a custom exam with its own count, time and domains.
extension AppState {
    /// Whether the setup form shows the custom fields.
    public var setupIsCustom: Bool { setup.choice >= bank.blueprints.count }

    /// Fields the form shows, in order.
    public var setupFields: [SetupState.Field] {
        setupIsCustom ? SetupState.Field.allCases : [.kind, .mode, .start]
    }

    /// Domains that have questions, for the custom form.
    public var setupDomains: [Domain] {
        bank.domains.filter { d in bank.questions.contains { $0.domain == d.id } }
    }

    mutating func setupAction(_ action: Action) -> [Effect] {
        let fields = setupFields
        let index = fields.firstIndex(of: setup.field) ?? 0
        switch action {
        case .up:
            if setup.field == .domains, setup.domainCursor > 0 { setup.domainCursor -= 1; break }
            setup.field = fields[max(0, index - 1)]
        case .down:
            if setup.field == .domains, setup.domainCursor < setupDomains.count - 1 { setup.domainCursor += 1; break }
            setup.field = fields[min(fields.count - 1, index + 1)]
        case .left: adjust(-1)
        case .right: adjust(+1)
        case .toggle: toggleSetupItem()
        case .select: return startFromSetup()
        case .back: return goHome()
        default: break
        }
        return []
    }

    mutating func adjust(_ step: Int) {
        switch setup.field {
        case .kind:
            let options = bank.blueprints.count + 1
            setup.choice = (setup.choice + step + options) % options
            if !setupFields.contains(setup.field) { setup.field = .kind }
        case .count: setup.count = min(200, max(1, setup.count + step * (setup.count >= 20 ? 5 : 1)))
        case .minutes: setup.minutes = min(600, max(0, setup.minutes + step * 5))
        case .mode: setup.mode = setup.mode == .exam ? .tutor : .exam
        case .difficulty:
            let levels = [Set<Int>(), [1], [2], [3], [1, 2], [2, 3]]
            let current = levels.firstIndex(of: setup.difficulties) ?? 0
            setup.difficulties = levels[(current + step + levels.count) % levels.count]
        case .domains: toggleSetupItem()
        case .start: break
        }
    }

    mutating func toggleSetupItem() {
        switch setup.field {
        case .domains:
            let domains = setupDomains
            guard setup.domainCursor < domains.count else { return }
            let id = domains[setup.domainCursor].id
            if setup.domains.contains(id) { setup.domains.remove(id) } else { setup.domains.insert(id) }
        case .mode: setup.mode = setup.mode == .exam ? .tutor : .exam
        default: adjust(1)
        }
    }

    /// The spec the form describes.
    public func setupSpec() -> ExamSpec {
        if !setupIsCustom {
            return .blueprint(bank.blueprints[setup.choice], in: bank, mode: setup.mode)
        }
        let domains = setupDomains.map(\.id).filter { setup.domains.contains($0) }
        return .custom(count: setup.count, minutes: setup.mode == .exam ? setup.minutes : nil, domains: domains,
                       difficulties: setup.difficulties, mode: setup.mode, in: bank)
    }

    mutating func startFromSetup() -> [Effect] {
        let spec = setupSpec()
        guard spec.questionCount > 0 else {
            notify("No questions match: choose other domains or difficulties.", error: true)
            return []
        }
        if setupIsCustom, spec.questionCount < setup.count {
            notify("Only \(spec.questionCount) questions match; the exam will have \(spec.questionCount).")
        }
        return [.startExam(spec)]
    }
}
