import Vapor

/// The JSON API, version 1. Every route here is listed in `OpenAPIDocument` (a test
/// compares the two both ways).
enum APIRoutes {
    static func boot(api: any RoutesBuilder) {
        api.get("openapi.json", use: OpenAPIDocument.serve)
        let v1 = api.grouped("v1")
        v1.post("session", use: APISessionController.login)
        let signedIn = v1.grouped(RequireLogin(api: true))
        signedIn.delete("session", use: APISessionController.logout)
        signedIn.get("households", use: APIHouseholdController.browse)
        signedIn.post("households", "search", use: APIHouseholdController.search)
        signedIn.get("households", ":key", use: APIHouseholdController.show)
        signedIn.patch("households", ":key", use: APIHouseholdController.update)
        signedIn.get("persons", ":key", use: APIPersonController.show)
        signedIn.post("persons", ":key", "reveal", use: APIPersonController.reveal)
        signedIn.get("regions", use: APIRegionController.root)
        signedIn.get("regions", ":code", use: APIRegionController.region)
        signedIn.get("policy", use: APIPolicyController.show)
        signedIn.get("findings", use: APIFindingController.list)
        signedIn.get("findings", ":key", use: APIFindingController.show)
        signedIn.post("findings", ":key", "decision", use: APIFindingController.decide)
    }
}
