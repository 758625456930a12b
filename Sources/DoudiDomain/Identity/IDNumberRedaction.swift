/// Masks anything that looks like a citizen ID number in free text: a run of 17 digits
/// followed by a digit or X, a run of exactly 15 digits (legacy numbers), or a run of 20
/// digits: a 残疾人证 number, which is the holder's ID followed by category and grade. Used on every
/// log line, so an ID that slips into an error message or a driver's debug output is
/// still never written out in full.
public enum IDNumberRedaction {
    public static func redact(_ text: String) -> String {
        var utf8 = Array(text.utf8)
        var changed = false
        var index = 0
        while index < utf8.count {
            guard isDigit(utf8[index]) else { index += 1; continue }
            var end = index
            while end < utf8.count, isDigit(utf8[end]) { end += 1 }
            var length = end - index
            if length == 17, end < utf8.count, utf8[end] == UInt8(ascii: "X") || utf8[end] == UInt8(ascii: "x") {
                end += 1
                length = 18
            }
            if length == 18 || length == 15 || length == 20 {
                // A certificate number keeps its two trailing digits like the ID's last four.
                let idEnd = length == 20 ? end - 2 : end
                for position in (index + 4)..<(idEnd - 4) { utf8[position] = UInt8(ascii: "*") }
                changed = true
            }
            index = end
        }
        return changed ? String(decoding: utf8, as: UTF8.self) : text
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
