import DoudiDomain

/// One break in the audit chain, with a Chinese explanation from the localization table.
enum AuditFinding: Sendable, Equatable {
    case missing(from: Int64, through: Int64)
    case altered(Int64)
    case brokenLink(Int64)
    case anchorMissing
    case anchorForged
    case truncated(lastPresent: Int64, anchored: Int64)
    case beyondAnchor(from: Int64, through: Int64)
    case headMismatch(Int64)

    var message: String {
        switch self {
        case let .missing(from, through): L("audit.verify.missing", ["from": String(from), "through": String(through)])
        case let .altered(sequence): L("audit.verify.altered", ["seq": String(sequence)])
        case let .brokenLink(sequence): L("audit.verify.broken_link", ["seq": String(sequence)])
        case .anchorMissing: L("audit.verify.anchor_missing")
        case .anchorForged: L("audit.verify.anchor_forged")
        case let .truncated(lastPresent, anchored):
            L("audit.verify.truncated", ["last": String(lastPresent), "anchored": String(anchored)])
        case let .beyondAnchor(from, through): L("audit.verify.beyond_anchor", ["from": String(from), "through": String(through)])
        case let .headMismatch(sequence): L("audit.verify.head_mismatch", ["seq": String(sequence)])
        }
    }
}
