import ExamApp
import Testing

@Suite("Plain mode commands")
struct PlainCommandTests {
    @Test("letters and digits answer; case and spaces do not matter")
    func answers() {
        #expect(PlainCommand.parse("a") == .answer(0))
        #expect(PlainCommand.parse("  B ") == .answer(1))
        #expect(PlainCommand.parse("e") == .answer(4))
        #expect(PlainCommand.parse("1") == .answer(0))
        #expect(PlainCommand.parse("5") == .answer(4))
        #expect(PlainCommand.parse("b c") == .invalid("'b' takes nothing after it. Type h for the list of commands."))
    }

    @Test("going to a question always takes g, so a bare number is never a question number")
    func goTo() {
        #expect(PlainCommand.parse("g 12") == .go(12))
        #expect(PlainCommand.parse("go 3") == .go(3))
        #expect(PlainCommand.parse("G12") == .go(12))
        #expect(PlainCommand.parse("3") == .answer(2))
        #expect(PlainCommand.parse("12") == .invalid("To go to question 12, type g 12."))
        #expect(PlainCommand.parse("g") == .invalid("Type g and a question number, for example g 12."))
        #expect(PlainCommand.parse("g x") == .invalid("Type g and a question number, for example g 12."))
    }

    @Test("moving, flagging, striking, clearing, listing, time, submit, quit and help")
    func commands() {
        #expect(PlainCommand.parse("n") == .next)
        #expect(PlainCommand.parse("next") == .next)
        #expect(PlainCommand.parse("p") == .previous)
        #expect(PlainCommand.parse("f") == .flag)
        #expect(PlainCommand.parse("x b") == .strike(1))
        #expect(PlainCommand.parse("xc") == .strike(2))
        #expect(PlainCommand.parse("strike 4") == .strike(3))
        #expect(PlainCommand.parse("x") == .invalid("Type x and a choice letter, for example x b."))
        #expect(PlainCommand.parse("x z") == .invalid("Type x and a choice letter, for example x b."))
        #expect(PlainCommand.parse("clear") == .clear)
        #expect(PlainCommand.parse("u") == .unsure)
        #expect(PlainCommand.parse("l") == .list(.all))
        #expect(PlainCommand.parse("l unanswered") == .list(.unanswered))
        #expect(PlainCommand.parse("list f") == .list(.flagged))
        #expect(PlainCommand.parse("l a") == .list(.answered))
        #expect(PlainCommand.parse("l z") == .invalid("Type l, or l answered, l unanswered or l flagged."))
        #expect(PlainCommand.parse("t") == .time)
        #expect(PlainCommand.parse("s") == .submit)
        #expect(PlainCommand.parse("q") == .quit)
        #expect(PlainCommand.parse("pause") == .quit)
        #expect(PlainCommand.parse("h") == .help)
        #expect(PlainCommand.parse("?") == .help)
        #expect(PlainCommand.parse("y") == .yes)
        #expect(PlainCommand.parse("no") == .no)
        #expect(PlainCommand.parse("   ") == .empty)
    }

    @Test("r reads again, and with a filter reviews")
    func review() {
        #expect(PlainCommand.parse("r") == .read)
        #expect(PlainCommand.parse("review") == .review(nil))
        #expect(PlainCommand.parse("r all") == .review(.all))
        #expect(PlainCommand.parse("r incorrect") == .review(.incorrect))
        #expect(PlainCommand.parse("review flagged") == .review(.flagged))
        #expect(PlainCommand.parse("r u") == .review(.unanswered))
        #expect(PlainCommand.parse("r nope") == .invalid("Review all, incorrect, flagged or unanswered questions, for example r incorrect."))
        #expect(PlainCommand.parse("results") == .results)
    }

    @Test("anything else is quoted back with a pointer to help")
    func unknown() {
        #expect(PlainCommand.parse("  zz top ") == .invalid("Unknown command 'zz top'. Type h for the list of commands."))
        #expect(PlainCommand.parse("0") == .invalid("Unknown command '0'. Type h for the list of commands."))
    }
}
