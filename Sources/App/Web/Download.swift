import Foundation
import Vapor

/// A file the browser saves rather than shows. The name may be Chinese, so it goes in
/// RFC 6266's `filename*` (UTF-8, percent-encoded) with an ASCII fallback for old clients.
enum Download {
    static func response(_ data: Data, fileName: String, xlsx: Bool) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = xlsx
            ? HTTPMediaType(type: "application", subType: "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            : HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        let encoded = fileName.addingPercentEncoding(withAllowedCharacters: .rfc5987) ?? "download"
        let fallback = xlsx ? "download.xlsx" : "download.csv"
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(fallback)\"; filename*=UTF-8''\(encoded)")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}

private extension CharacterSet {
    /// RFC 5987 `attr-char`: what may stand unencoded in `filename*`.
    static let rfc5987 = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~")
}
