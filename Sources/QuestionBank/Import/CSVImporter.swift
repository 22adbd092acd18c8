import CSV

/// Imports CSV files with a header row `stem,a,b,c,d,e,answer,explanation,reference,domain,topic,difficulty`
/// (any order, only `stem`, `a`, `b` and `answer` required, plus an optional `id`), or with
/// the columns named by `ImportOptions.columns` when the file has no header.
enum CSVImporter {
    static let choiceColumns = ["a", "b", "c", "d", "e"]
    static let knownColumns = ["stem"] + choiceColumns + ["answer", "explanation", "reference", "domain", "topic", "difficulty", "id"]
    static let requiredColumns = ["stem", "a", "b", "answer"]
    /// A column name in `--columns` that ignores its column.
    static let ignoredColumn = "-"

    struct Row {
        var fields: [String]
        var line: Int
    }

    static func importText(_ text: String, file: String, options: ImportOptions) -> ImportResult {
        var assembler = ImportAssembler(file: file, options: options)
        let start = SourceLocation(file: file, line: 1, column: 1)
        let rows: [Row]
        do {
            rows = try readRows(text)
        } catch {
            assembler.error(start, "cannot read CSV: \(error)")
            return assembler.result
        }
        let columns: [String]
        var data = rows[...]
        if let given = options.columns {
            columns = given.map(normalized)
            let problems = columnProblems(columns, allowIgnored: true)
            guard problems.isEmpty else {
                problems.forEach { assembler.error(start, "--columns: \($0)") }
                return assembler.result
            }
        } else {
            guard let header = rows.first else {
                assembler.error(start, "file is empty")
                return assembler.result
            }
            columns = header.fields.map(normalized)
            let problems = columnProblems(columns, allowIgnored: false)
            guard problems.isEmpty else {
                let looksLikeHeader = columns.contains("stem") && columns.contains("answer")
                if looksLikeHeader {
                    problems.forEach { assembler.error(start, "header: \($0)") }
                } else {
                    assembler.error(start, "the first row is not a header naming the columns (\(knownColumns.joined(separator: ","))); for a file without a header, name its columns with --columns")
                }
                return assembler.result
            }
            data = rows.dropFirst()
        }
        for (offset, row) in data.enumerated() where row.fields != [""] {
            let here = SourceLocation(file: file, line: row.line, column: 1)
            guard row.fields.count == columns.count else {
                let named = options.columns == nil ? "the header names" : "--columns names"
                assembler.error(here, "row has \(row.fields.count) fields but \(named) \(columns.count) columns")
                continue
            }
            var values: [String: String] = [:]
            for (name, field) in zip(columns, row.fields) where name != ignoredColumn {
                values[name] = field.trimmingWhitespace()
            }
            if let draft = draft(values, at: here, assembler: &assembler) {
                assembler.add(draft, ordinal: offset + 1)
            }
        }
        return assembler.result
    }

    /// Every record with the line it starts on; quoted fields may hold line breaks.
    static func readRows(_ text: String) throws -> [Row] {
        let reader = try CSVReader(string: text, hasHeaderRow: false)
        var rows: [Row] = []
        var line = 1
        while let fields = reader.next() {
            rows.append(Row(fields: fields, line: line))
            line += 1 + fields.reduce(0) { $0 + lineBreaks(in: $1) }
        }
        if let error = reader.error { throw error }
        return rows
    }

    /// Line breaks in a field: CR LF, CR and LF each count once.
    static func lineBreaks(in field: String) -> Int {
        var count = 0
        var previousWasCR = false
        for scalar in field.unicodeScalars {
            if scalar == "\r" { count += 1 } else if scalar == "\n", !previousWasCR { count += 1 }
            previousWasCR = scalar == "\r"
        }
        return count
    }

    private static func normalized(_ name: String) -> String {
        name.trimmingWhitespace().lowercased()
    }

    /// Unknown, repeated or missing column names.
    static func columnProblems(_ columns: [String], allowIgnored: Bool) -> [String] {
        var problems: [String] = []
        var seen = Set<String>()
        for name in columns {
            if allowIgnored, name == ignoredColumn { continue }
            if !knownColumns.contains(name) {
                problems.append("unknown column '\(name)' (known columns: \(knownColumns.joined(separator: ", "))\(allowIgnored ? ", and - to ignore one" : ""))")
            } else if !seen.insert(name).inserted {
                problems.append("column '\(name)' is named twice")
            }
        }
        for name in requiredColumns where !columns.contains(name) {
            problems.append("no '\(name)' column")
        }
        return problems
    }

    private static func draft(_ values: [String: String], at here: SourceLocation, assembler: inout ImportAssembler) -> QuestionDraft? {
        var texts = choiceColumns.map { values[$0] ?? "" }
        while texts.last == "" { texts.removeLast() }
        if let gap = texts.firstIndex(of: "") {
            assembler.error(here, "choice \(choiceColumns[gap]) is empty but a later choice is not")
            return nil
        }
        let answer = (values["answer"] ?? "").uppercased()
        guard let index = answer.count == 1 ? choiceColumns.firstIndex(of: answer.lowercased()) : nil, index < texts.count else {
            let last = ImportAssembler.letter(max(texts.count, 1) - 1)
            assembler.error(here, "answer must be a letter from A to \(last) naming a choice, not '\(values["answer"] ?? "")'")
            return nil
        }
        var difficulty: Int?
        if let written = values["difficulty"], !written.isEmpty {
            guard let value = Int(written), (1...3).contains(value) else {
                assembler.error(here, "difficulty must be 1, 2 or 3, not '\(written)'")
                return nil
            }
            difficulty = value
        }
        let nonEmpty = { (key: String) -> String? in values[key].flatMap { $0.isEmpty ? nil : $0 } }
        return QuestionDraft(
            id: nonEmpty("id"), domain: nonEmpty("domain"), topic: nonEmpty("topic"), difficulty: difficulty,
            stem: values["stem"] ?? "",
            choices: texts.enumerated().map { Choice(text: $0.element, isCorrect: $0.offset == index) },
            explanation: values["explanation"] ?? "", reference: values["reference"] ?? "", location: here
        )
    }
}
