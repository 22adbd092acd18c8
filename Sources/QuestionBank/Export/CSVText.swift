/// RFC 4180 CSV text through the same CSV library the bank exporter uses, for other reports.
public enum CSVText {
    /// `rows` as CSV text, the first row usually a header.
    public static func write(_ rows: [[String]]) -> String {
        CSVExporter.write(rows)
    }
}
