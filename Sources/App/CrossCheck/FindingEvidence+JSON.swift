/// The evidence as JSON, written by hand (`JSONText`): the same bytes `JSONEncoder` writes
/// with sorted keys, so a finding's evidence hash does not depend on which one wrote it.
/// Keys are written in sorted order; nil fields are left out.
extension FindingEvidence {
    var json: JSONText {
        var json = JSONText(capacity: 512)
        json.object { json in
            json.key("facts")
            facts.write(into: &json)
            json.key("provenance")
            provenance.write(into: &json)
        }
        return json
    }
}

extension FindingEvidence.Facts {
    var json: JSONText {
        var json = JSONText()
        write(into: &json)
        return json
    }

    func write(into json: inout JSONText) {
        json.object { json in
            json.field("detail", detail)
            json.key("enrollmentInForce")
            json.value(enrollmentInForce)
            json.field("handledBy", handledBy)
            json.field("household", household)
            json.field("identityProblems", identityProblems)
            json.field("lastPaidMonth", lastPaidMonth)
            json.field("otherEnrollment", otherEnrollment)
            json.field("otherPerson", otherPerson)
            json.key("program")
            json.value(program)
            json.field("reference", reference)
            json.field("referenceKind", referenceKind)
            json.field("statistic", statistic)
            json.field("wealth", wealth)
        }
    }
}

extension FindingEvidence.Provenance {
    func write(into json: inout JSONText) {
        json.object { json in
            json.field("asOf", asOf)
            json.field("batch", batch)
            json.field("line", line)
            json.field("sourceDepartment", sourceDepartment)
        }
    }
}
