/// The schemas of `OpenAPIDocument`, one per DTO. Property lists must match the DTOs'
/// coding keys (a test encodes each DTO and compares).
enum OpenAPISchemas {
    typealias JSON = [String: Any]

    static var all: JSON { [
        "Error": object(["error": object(["status": int, "message": string])]),
        "LoginRequest": object(["username": string, "password": string]),
        "Token": object(["token": string, "expiresAt": dateTime, "user": OpenAPIDocument.ref("User")]),
        "User": object(["username": string, "displayName": string, "role": string, "scope": string, "mustChangePassword": bool]),
        "HouseholdSearch": object(["name": string, "idNumber": string, "regionCode": string, "status": string, "page": int], required: []),
        "HouseholdPatch": object(["address": string, "areaKind": string], required: []),
        "ProgramStatus": object(["program": string, "status": string]),
        "HouseholdSummary": object(["key": string, "householdNo": string, "regionCode": string, "address": string, "areaKind": string,
                                    "headName": string, "memberCount": int, "enrollments": array(OpenAPIDocument.ref("ProgramStatus"))],
                                   required: ["key", "householdNo", "regionCode", "address", "areaKind", "memberCount", "enrollments"]),
        "HouseholdPage": object(["items": array(OpenAPIDocument.ref("HouseholdSummary")), "page": int, "pageSize": int, "hasNext": bool]),
        "Household": object(["key": string, "householdNo": string, "regionCode": string, "address": string, "areaKind": string,
                             "headPersonKey": string], required: ["key", "householdNo", "regionCode", "address", "areaKind"]),
        "Person": object(["key": string, "regionCode": string, "name": string, "idNumberMasked": string, "idNumberStatus": string,
                          "sex": string, "birthDate": date, "ethnicity": string, "disabilityCategory": string, "disabilityGrade": string,
                          "labourCapacity": string, "specialStatuses": array(string), "deathDate": date],
                         required: ["key", "regionCode", "name", "idNumberMasked", "idNumberStatus", "specialStatuses"]),
        "RevealedID": object(["key": string, "idNumber": string]),
        "RegionChild": object(["code": string, "name": string, "households": int]),
        "RegionNode": object(["code": string, "name": string, "households": int, "children": array(OpenAPIDocument.ref("RegionChild"))]),
        "PolicyValue": object(["value": string, "from": date, "source": string, "setBy": string]),
        "Policy": object(["region": string, "date": date, "parameters": array(object([
            "key": string, "label": string, "current": OpenAPIDocument.ref("PolicyValue"), "history": array(OpenAPIDocument.ref("PolicyValue")),
        ], required: ["key", "label", "history"])), "compliance": array(object([
            "area": string, "consumption": string, "standard": string, "low": string, "high": string, "verdict": string,
        ]))]),
        "FindingSummary": object(["key": string, "rule": string, "ruleName": string, "severity": string, "status": string,
                                  "regionCode": string, "personName": string, "subjectName": string, "evidenceChanged": bool,
                                  "lastSeenAt": dateTime],
                                 required: ["key", "rule", "ruleName", "severity", "status", "regionCode", "subjectName", "evidenceChanged",
                                            "lastSeenAt"]),
        "FindingPage": object(["items": array(OpenAPIDocument.ref("FindingSummary")), "page": int, "pageSize": int, "hasNext": bool]),
        "Fact": object(["label": string, "value": string]),
        "Finding": object([
            "key": string, "rule": string, "ruleName": string, "severity": string, "basis": string, "status": string, "regionCode": string,
            "personKey": string, "personName": string, "subjectName": string, "householdKey": string, "program": string, "certificateNo": string,
            "explanation": string, "evidence": array(OpenAPIDocument.ref("Fact")), "decidedEvidence": array(OpenAPIDocument.ref("Fact")),
            "firstSeenAt": dateTime, "lastSeenAt": dateTime,
            "history": array(object(["status": string, "reason": string, "by": string, "at": dateTime])),
        ], required: ["key", "rule", "ruleName", "severity", "basis", "status", "regionCode", "subjectName",
                      "explanation", "evidence", "firstSeenAt", "lastSeenAt", "history"]),
        "FindingDecisionRequest": object(["decision": string, "reason": string]),
        "Dossier": object([
            "household": OpenAPIDocument.ref("Household"),
            "members": array(object(["person": OpenAPIDocument.ref("Person"), "relationship": string, "counted": bool, "startedOn": date],
                                    required: ["person", "relationship", "counted"])),
            "relations": array(object(["personKey": string, "kind": string, "relatedIdNumberMasked": string,
                                       "relatedPersonKey": string, "note": string], required: ["personKey", "kind", "relatedIdNumberMasked"])),
            "incomes": array(object(["personKey": string, "category": string, "item": string, "amountFen": int64, "fromMonth": string,
                                     "toMonth": string, "source": string], required: ["category", "item", "amountFen", "fromMonth", "toMonth"])),
            "assets": array(object(["personKey": string, "kind": string, "description": string, "valueFen": int64, "verifiedOn": date,
                                    "source": string], required: ["kind", "verifiedOn"])),
            "enrollments": array(object(["key": string, "certificateNo": string, "program": string, "status": string, "coverage": string,
                                         "memberKeys": array(string), "monthlyAmountFen": int64, "startedOn": date, "endedOn": date,
                                         "nextReviewOn": date],
                                        required: ["key", "certificateNo", "program", "status", "coverage", "memberKeys", "monthlyAmountFen", "startedOn"])),
            "payments": array(object(["enrollmentKey": string, "month": string, "amountFen": int64, "status": string, "paidOn": date],
                                     required: ["enrollmentKey", "month", "amountFen", "status"])),
            "history": array(object(["at": dateTime, "entity": string, "action": string, "byUserKey": string])),
        ]),
    ] }

    static var string: JSON { ["type": "string"] }
    static var int: JSON { ["type": "integer"] }
    static var int64: JSON { ["type": "integer", "format": "int64"] }
    static var bool: JSON { ["type": "boolean"] }
    static var date: JSON { ["type": "string", "format": "date"] }
    static var dateTime: JSON { ["type": "string", "format": "date-time"] }

    static func array(_ items: JSON) -> JSON { ["type": "array", "items": items] }

    /// Every property is required unless `required` says otherwise.
    static func object(_ properties: JSON, required: [String]? = nil) -> JSON {
        ["type": "object", "properties": properties, "required": (required ?? Array(properties.keys)).sorted(),
         "additionalProperties": false]
    }
}
