import DoudiDomain
import Foundation

/// One history entry: which record, what happened, who did it and when, and the
/// record as it was before (JSON), so any earlier state can be shown or restored.
public struct ChangeRecord: Sendable, Codable, Equatable {
    public enum Action: String, Sendable, Codable {
        case create, update, delete
    }

    public var id: UUID
    public var region: String
    public var entity: String
    public var entityID: UUID
    public var action: Action
    public var beforeJSON: String?
    public var changedBy: UUID
    public var changedAt: Date
    public var batchID: UUID?
}
