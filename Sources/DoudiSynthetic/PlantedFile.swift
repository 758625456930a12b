import DoudiSheets
import Foundation

/// planted.csv: the answer key, one row per planted record (rule code, ID number, findings
/// it must give, what was planted), in the order the generator planted them.
public enum PlantedFile {
    public static let name = "planted.csv"

    static func write(_ planted: PlantedFindings, to url: URL) throws {
        var writer = try CSVWriter(url: url, bufferSize: 1 << 16)
        for column in PlantedFindings.header { writer.writeField(column) }
        try writer.endRow()
        for entry in planted.entries {
            writer.writeField(entry.rule.code); writer.writeField(entry.idNumber)
            writer.writeField(String(entry.expected)); writer.writeField(entry.note)
            try writer.endRow()
        }
        try writer.close()
    }
}
