import Testing
import TerminalUI

@Suite("ProgressBar")
struct ProgressBarTests {
    @Test("whole and partial cells", arguments: [
        (0.0, "░░░░░░░░░░"),
        (0.5, "█████░░░░░"),
        (0.33, "███▎░░░░░░"),
        (0.99, "█████████▉"),
        (1.0, "██████████"),
        (1.7, "██████████"),
        (-0.2, "░░░░░░░░░░"),
        (Double.nan, "░░░░░░░░░░"),
    ])
    func fractions(fraction: Double, expected: String) {
        #expect(ProgressBar(fraction: fraction).text(width: 10) == expected)
    }

    @Test("every eighth has its own block")
    func eighths() {
        let texts = (1...7).map { ProgressBar(fraction: Double($0) / 8).text(width: 1) }
        #expect(texts == ["▏", "▎", "▍", "▌", "▋", "▊", "▉"])
    }

    @Test("interval bounds are marked")
    func interval() {
        let bar = ProgressBar(fraction: 0.5, interval: 0.25...0.75)
        #expect(bar.text(width: 20) == "█████[████░░░░]░░░░░")
        #expect(ProgressBar(fraction: 0.5, interval: 0.5...0.5).text(width: 20) == "██████████|░░░░░░░░░")
        #expect(ProgressBar(fraction: 0, interval: 0...1).text(width: 4) == "[░░]")
    }

    @Test("drawing uses filled, empty and marker styles")
    func draw() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        ProgressBar(fraction: 0.5, interval: 0.5...0.5).draw(into: &buffer, x: 1, y: 0, width: 4)
        #expect(buffer.lines == [" ██|░"])
        #expect(buffer.styleMask(0) { $0.role == .barFilled } == " ^^")
        #expect(buffer.styleMask(0) { $0.role == .accent } == "   ^")
        #expect(buffer.styleMask(0) { $0.role == .barEmpty } == "    ^")
        #expect(ProgressBar(fraction: 1).text(width: 0) == "")
    }
}

@Suite("BarChart")
struct BarChartTests {
    let chart = BarChart(rows: [
        .init(label: "Billing", fraction: 0.5, value: "50%"),
        .init(label: "HIPAA", fraction: 1.0, value: "100%"),
        .init(label: "Scheduling", fraction: 0.25, value: "25%", barStyle: Style(.warning)),
    ])

    @Test("labels, bars and values line up in columns")
    func aligned() {
        var buffer = ScreenBuffer(width: 30, height: 4)
        #expect(chart.draw(into: &buffer, in: buffer.bounds) == 3)
        #expect(buffer.lines == [
            "Billing    ███████░░░░░░░  50%",
            "HIPAA      ██████████████ 100%",
            "Scheduling ███▌░░░░░░░░░░  25%",
            "",
        ])
        #expect(buffer[11, 2].style == Style(.warning))
        #expect(buffer[11, 0].style == Style(.barFilled))
    }

    @Test("rows beyond the height are not drawn; long labels are cut")
    func clipped() {
        var buffer = ScreenBuffer(width: 20, height: 2)
        var narrow = chart
        narrow.labelWidth = 6
        #expect(narrow.draw(into: &buffer, in: buffer.bounds) == 2)
        #expect(buffer.lines == [
            "Billi… ████░░░░  50%",
            "HIPAA  ████████ 100%",
        ])
        #expect(chart.layout(width: 30) == (label: 10, bar: 14, value: 4))
    }
}

@Suite("Sparkline")
struct SparklineTests {
    @Test("values scale to their own range")
    func ownRange() {
        #expect(Sparkline.text([0, 1, 2, 3, 4, 5, 6, 7]) == "▁▂▃▄▅▆▇█")
        #expect(Sparkline.text([1, 1, 1]) == "▄▄▄")
        #expect(Sparkline.text([]) == "")
    }

    @Test("a fixed range, a width limit and missing values")
    func options() {
        #expect(Sparkline.text([0, 5, 10], range: 0...10) == "▁▅█")
        #expect(Sparkline.text([-5, 20], range: 0...10) == "▁█")
        #expect(Sparkline.text([0, 1, 2, 3, 4], width: 3) == "▁▅█")
        #expect(Sparkline.text([0, .nan, 1]) == "▁ █")
    }

    @Test("draw clips to the width")
    func draw() {
        var buffer = ScreenBuffer(width: 5, height: 1)
        #expect(Sparkline.draw([0, 1, 2, 3, 4, 5, 6, 7], into: &buffer, x: 1, y: 0, width: 3) == 3)
        #expect(buffer.lines == [" ▁▅█"])
        #expect(buffer[1, 0].style == Style(.accent))
    }
}

@Suite("ListView")
struct ListViewTests {
    let names = ["one", "two", "three", "four", "five"]

    @Test("scrolls to keep the selection visible and shows indicators")
    func scrolling() {
        var buffer = ScreenBuffer(width: 8, height: 3)
        let viewport = ListView(names, selected: 3).draw(into: &buffer, in: buffer.bounds)
        #expect(viewport == Viewport(scrollOffset: 1, visible: 1..<4))
        #expect(buffer.lines == ["two    ▲", "three", "four   ▼"])
        #expect(buffer.styleMask(2) { $0.role == .selected } == "^^^^^^^")
    }

    @Test("the offset moves only as far as needed")
    func minimalScroll() {
        #expect(Viewport.scrollOffset(selected: 2, offset: 1, visibleRows: 3, count: 10) == 1)
        #expect(Viewport.scrollOffset(selected: 0, offset: 4, visibleRows: 3, count: 10) == 0)
        #expect(Viewport.scrollOffset(selected: 9, offset: 0, visibleRows: 3, count: 10) == 7)
        #expect(Viewport.scrollOffset(selected: nil, offset: 9, visibleRows: 3, count: 10) == 7)
        #expect(Viewport.scrollOffset(selected: 0, offset: 5, visibleRows: 3, count: 0) == 0)
    }

    @Test("a short list has no indicators; long items are cut")
    func shortList() {
        var buffer = ScreenBuffer(width: 8, height: 3)
        let items = [ListView.Item("a very long item"), ListView.Item("ok", style: Style(.correct))]
        let viewport = ListView(items: items, selected: nil).draw(into: &buffer, in: buffer.bounds)
        #expect(viewport.visible == 0..<2)
        #expect(buffer.lines == ["a very …", "ok", ""])
        #expect(buffer[0, 1].style == Style(.correct))
    }

    @Test("the last item scrolls into view at the bottom")
    func bottom() {
        var buffer = ScreenBuffer(width: 6, height: 2)
        ListView(names, selected: 4, scrollOffset: 0).draw(into: &buffer, in: buffer.bounds)
        #expect(buffer.lines == ["four ▲", "five"])
    }
}

@Suite("Table")
struct TableTests {
    let table = Table(
        columns: [Table.Column("Domain"), Table.Column("Score", width: 5, alignment: .right)],
        cells: [["Billing", "72%"], ["Medical terminology", "100%"]]
    )

    @Test("columns are padded, aligned and cut with an ellipsis")
    func layout() {
        var buffer = ScreenBuffer(width: 20, height: 4)
        let viewport = table.draw(into: &buffer, in: buffer.bounds)
        #expect(viewport.visible == 0..<2)
        #expect(buffer.lines == [
            "Domain         Score",
            "Billing          72%",
            "Medical termi…  100%",
            "",
        ])
        #expect(buffer[0, 0].style == Style(.bold))
        #expect(table.columnWidths(total: 20) == [14, 5])
    }

    @Test("the selected row is highlighted and kept in view")
    func selection() {
        var selectable = table
        selectable.selected = 1
        var buffer = ScreenBuffer(width: 20, height: 2)
        let viewport = selectable.draw(into: &buffer, in: buffer.bounds)
        #expect(viewport == Viewport(scrollOffset: 1, visible: 1..<2))
        #expect(buffer.lines == ["Domain         Score", "Medical termi…  100%"])
        #expect(buffer.styleMask(1) { $0.role == .selected } == String(repeating: "^", count: 20))
    }

    @Test("format pads missing cells")
    func format() {
        #expect(table.format(["Only"], widths: [6, 5]) == "Only" + String(repeating: " ", count: 8))
    }
}
