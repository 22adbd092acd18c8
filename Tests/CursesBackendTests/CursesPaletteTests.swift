import CNcursesw
import Testing
import TerminalUI
@testable import CursesBackend

@Suite("CursesPalette")
struct CursesPaletteTests {
    @Test("NO_COLOR disables colour when set to anything non-empty")
    func noColor() {
        #expect(CursesPalette.colorDisabled(by: ["NO_COLOR": "1"]))
        #expect(!CursesPalette.colorDisabled(by: ["NO_COLOR": ""]))
        #expect(!CursesPalette.colorDisabled(by: [:]))
    }

    @Test("monochrome keeps status roles apart")
    func monochromeDistinct() {
        let palette = CursesPalette.monochrome()
        let attributes = { (role: StyleRole) in palette.entry(for: Style(role)).attributes }
        #expect(attributes(.normal) == nc_a_normal())
        #expect(attributes(.selected) & nc_a_reverse() != 0)
        #expect(attributes(.correct) != attributes(.incorrect))
        #expect(attributes(.correct) != attributes(.normal))
        #expect(attributes(.flagged) != attributes(.normal))
        #expect(attributes(.header) & nc_a_reverse() != 0)
        #expect(attributes(.error) != attributes(.normal))
    }

    @Test("style flags add attributes on top of the role")
    func overrides() {
        let palette = CursesPalette.monochrome()
        let entry = palette.entry(for: Style(role: .normal, bold: true, underline: true, reverse: true))
        #expect(entry.attributes == nc_a_bold() | nc_a_underline() | nc_a_reverse())
    }
}
