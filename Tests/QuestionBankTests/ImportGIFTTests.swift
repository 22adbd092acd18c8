import Foundation
@testable import QuestionBank
import Testing
import TestSupport

@Suite("Importing GIFT")
struct ImportGIFTTests {
    @Test("multiple choice: title as id, per-choice feedback, #### general feedback as the explanation")
    func multipleChoice() throws {
        let gift = """
            // a comment line
            ::Spectrum colour:: What's between orange and green?{
                =yellow # right; good!
                ~red # wrong, it's yellow
                ~blue
                #### Yellow lies between orange and green.
            }
            """
        let result = importText(gift, .gift)
        #expect(result.diagnostics.isEmpty)
        let question = try #require(result.questions.first)
        #expect(question.id == "spectrum-colour")
        #expect(question.domain == "alpha")
        #expect(question.topic == "Imported")
        #expect(question.difficulty == 2)
        #expect(question.stem == "What's between orange and green?")
        #expect(question.choices == [
            Choice(text: "yellow", isCorrect: true, feedback: "right; good!"),
            Choice(text: "red", feedback: "wrong, it's yellow"),
            Choice(text: "blue"),
        ])
        #expect(question.explanation == "Yellow lies between orange and green.")
        #expect(question.location == SourceLocation(file: "fixture.txt", line: 2, column: 1))
    }

    @Test("every escape: \\~ \\= \\# \\{ \\} \\: \\n and a doubled backslash")
    func escapes() throws {
        let gift = ##"""
            Which is NOT a control character\: a \{ or \} brace?{
                ~ \~ tilde # \~ is one.
                ~ \= equals\nsign # \= is one.
                ~ \# hash
                = \\ backslash # \\ is not; \\\\ is two.
            }
            """##
        let question = try #require(importText(gift, .gift).questions.first)
        #expect(question.stem == "Which is NOT a control character: a { or } brace?")
        #expect(question.choices.map(\.text) == ["~ tilde", "= equals\nsign", "# hash", "\\ backslash"])
        #expect(question.choices.map(\.feedback) == ["~ is one.", "= is one.", nil, "\\ is not; \\\\ is two."])
        #expect(question.correctIndex == 3)
    }

    @Test("a backslash before any other character stays, and \\\\{ leaves a real brace")
    func otherBackslashes() throws {
        let (items, _) = parseGIFT(#"Path C:\temp\x and \\{=right ~wrong}"#)
        let item = try #require(items.first)
        #expect(item.type == .multichoice)
        #expect(item.questionText.text == #"Path C:\temp\x and \"#)
    }

    @Test("true/false becomes True/False choices in that order, with feedback for each answer")
    func trueFalse() throws {
        let gift = """
            ::tf1::The sun rises in the east.{T}

            Grant is buried in Grant's tomb.{FALSE#No one is.#Right: nobody is buried there.####Grant and his wife are entombed above ground.}
            """
        let questions = importText(gift, .gift).questions
        #expect(questions.count == 2)
        #expect(questions[0].choices == [Choice(text: "True", isCorrect: true), Choice(text: "False")])
        #expect(questions[0].shuffle == false)
        #expect(questions[1].choices == [
            Choice(text: "True", feedback: "No one is."),
            Choice(text: "False", isCorrect: true, feedback: "Right: nobody is buried there."),
        ])
        #expect(questions[1].explanation == "Grant and his wife are entombed above ground.")
        #expect(questions[1].id == "q-2")
    }

    @Test("$CATEGORY sets the topic, and the domain when the part before it is a domain id")
    func categories() throws {
        let gift = """
            $CATEGORY: $course$/Default for New Features

            Q one?{=a ~b}

            $CATEGORY: $course$/beta/Claim forms: CMS-1500 and UB//04

            Q two?{=a ~b}
            """
        let result = importText(gift, .gift, domain: nil)
        #expect(result.errors.lineMessages == ["3: question has no domain: the file names none, so pass --domain"])
        #expect(result.questions.count == 1)
        #expect(result.questions.first?.domain == "beta")
        #expect(result.questions.first?.topic == "Claim forms: CMS-1500 and UB/04")
        #expect(result.questions.first?.id == "q-2")
        let withDomain = importText(gift, .gift)
        #expect(withDomain.questions.map(\.topic) == ["Default for New Features", "Claim forms: CMS-1500 and UB/04"])
        #expect(withDomain.questions.map(\.domain) == ["alpha", "beta"])
    }

    @Test("a category part is a domain only when it could be one: never Moodle's 'top', and only a declared one when the domains are known")
    func categoryDomains() {
        #expect(GIFTImporter.categoryDomainAndTopic("$course$/top/Default for LTTEST") == (nil, "Default for LTTEST"))
        #expect(GIFTImporter.categoryDomainAndTopic("$course$/top/coding/Modifiers") == ("coding", "Modifiers"))
        #expect(GIFTImporter.categoryDomainAndTopic("$course$/week-1/Modifiers", knownDomains: ["coding"]) == (nil, "Modifiers"))
        #expect(GIFTImporter.categoryDomainAndTopic("$course$/coding/Modifiers", knownDomains: ["coding"]) == ("coding", "Modifiers"))
        #expect(GIFTImporter.categoryDomainAndTopic("Only a topic") == (nil, "Only a topic"))
    }

    @Test("[html], [markdown], [plain] and [moodle] text becomes safe plain text")
    func textFormats() throws {
        let gift = """
            ::h::[html]<p>Which tag is <b>bold</b> &amp; &lt;strong&gt;?</p><p>Pick&nbsp;one.</p>{
                =[plain]<b> & <strong>#[markdown]**Both** work
                ~[moodle]<i>only</i> &\\#60;i&\\#x3e;
                ~[unknown]kept as written
            }
            """
        let question = try #require(importText(gift, .gift).questions.first)
        #expect(question.stem == "Which tag is bold & <strong>?\n\nPick one.")
        #expect(question.choices.map(\.text) == ["<b> & <strong>", "only <i>", "[unknown]kept as written"])
        #expect(question.choices.first?.feedback == "Both work")
    }

    @Test("other question types are skipped with a warning naming their line", arguments: [
        ("Essay?{}", "an essay question is not supported"),
        ("Name one.{=frog =toad}", "a short-answer question is not supported"),
        ("Year?{#1822:1}", "a numerical question is not supported"),
        ("Match.{=a -> 1 =b -> 2}", "a matching question is not supported"),
        ("Pick two.{~%50%a ~%50%b ~c}", "a question with several right answers is not supported"),
        ("Half.{=a ~%50%b ~c}", "partial credit and penalties are not supported"),
        ("Penalty.{=a ~%-50%b}", "partial credit and penalties are not supported"),
        ("Just some text.", "text without answers is not a question"),
    ])
    func skipped(gift: String, reason: String) {
        let result = importText("// first line\n\n\n" + gift, .gift)
        #expect(result.questions.isEmpty)
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.location.line == 4)
        #expect(result.warnings.first?.message.contains(reason) == true)
    }

    @Test("errors: braces that do not pair, too few answers, a matching pair without ->")
    func errors() {
        let gift = """
            Missing brace {=a ~b

            Closing first } then {=a ~b

            One answer.{~only}

            Bad match.{=a -> 1 =b}
            """
        let result = importText(gift, .gift)
        #expect(result.questions.isEmpty)
        #expect(result.errors.lineMessages == [
            "1: could not find {...} around the answers",
            "3: could not find {...} around the answers",
            "5: a multiple-choice question needs at least 2 answers",
            "7: a matching pair has no '->'",
        ])
    }

    @Test("comment-only blocks give nothing; [id:] and [tag:] comments give the id and tags")
    func commentsIDsAndTags() throws {
        let gift = """
            // only a comment

            // [id:hit-access-001] [tag:hipaa] [tag: access ]
            Within how many days?{=30 ~60}
            """
        let question = try #require(importText(gift, .gift).questions.first)
        #expect(question.id == "hit-access-001")
        #expect(question.tags == ["hipaa", "access"])
    }

    @Test("missing-word questions keep a blank where the answers were")
    func missingWord() throws {
        let question = try #require(importText("Grant is {~buried =entombed ~living} in Grant's tomb.", .gift).questions.first)
        #expect(question.stem == "Grant is _____ in Grant's tomb.")
    }

    @Test("CR-only line ends, CRLF line ends and a byte-order mark are read like LF text")
    func lineEnds() {
        let lf = "::a::A?{=x ~y}\n\n::b::B?{=x ~y}\n"
        let expected = importText(lf, .gift).questions
        #expect(expected.count == 2)
        for variant in [lf.replacingOccurrences(of: "\n", with: "\r"), lf.replacingOccurrences(of: "\n", with: "\r\n"), "\u{FEFF}" + lf] {
            #expect(importText(variant, .gift).questions == expected)
        }
    }

    @Test("a file that is not UTF-8 is refused with the line and column of the first bad byte")
    func notUTF8() throws {
        let temp = try TemporaryDirectory()
        let path = temp.path + "/latin1.gift"
        var bytes = Array("::a::Caf".utf8)
        bytes.append(0xE9)
        bytes += Array("?{=x ~y}\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let result = QuestionImporter.importFile(at: path, format: .gift, options: ImportOptions(domain: "alpha"))
        #expect(result.questions.isEmpty)
        #expect(result.errors.map(\.description) == ["\(path):1:9: file is not UTF-8 text; save it as UTF-8 and import it again"])
    }

    @Test("untitled questions get Moodle's name: 80 characters cut at a space with ...")
    func defaultNames() {
        let long = "The American holiday of Thanksgiving is celebrated on the _____ Thursday of November."
        #expect(GIFTParser.defaultName(long) == "The American holiday of Thanksgiving is celebrated on the _____ Thursday of ...")
        #expect(GIFTParser.defaultName("Short <b>one</b>") == "Short one")
    }
}
