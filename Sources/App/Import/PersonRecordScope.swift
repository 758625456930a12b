import DoudiDomain
import Foundation

/// What a person-record row is resolved against: the persons the file names, their
/// current households, and the caller whose area bounds them.
struct PersonRecordScope {
    let persons: ReferenceIndex<PersonRow>
    let currentHousehold: [UUID: UUID]
    let caller: Caller
}
