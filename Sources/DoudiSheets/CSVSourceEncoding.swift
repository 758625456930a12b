/// The encoding `CSVReader` found the file in.
///
/// Chinese Excel and WPS save "CSV" in the ANSI code page, which is GBK (a subset of
/// GB18030), so a non-UTF-8 file is common. Foundation on Linux decodes GB18030
/// (checked with swift-corelibs-foundation in Swift 6.3), so such files are decoded
/// rather than rejected. To avoid turning a UTF-8 file with a few damaged bytes into
/// GB18030 mojibake, GB18030 is only tried when the file holds fewer well-formed
/// multi-byte UTF-8 sequences than malformed ones; real GBK text produces far more
/// malformed sequences than accidental well-formed ones.
public enum CSVSourceEncoding: String, Sendable, Hashable {
    case utf8
    /// UTF-8 starting with the EF BB BF byte order mark (what Excel's "CSV UTF-8" writes).
    case utf8WithBOM
    /// GBK / GB18030, as saved by Excel or WPS on Chinese Windows.
    case gb18030
    /// "Unicode text" from Excel/WPS: UTF-16 with a byte order mark (usually tab-delimited).
    case utf16LittleEndian
    case utf16BigEndian
}
