import DoudiDomain
import Vapor

/// Route groups, outermost first: error rendering and security headers on everything;
/// the web authenticates by session cookie and checks CSRF on every POST; the API
/// authenticates by bearer token only. Every registry route is behind `RequireLogin`,
/// and the data layer scopes what it returns.
func routes(_ app: Application) throws {
    try app.register(collection: HealthController())
    StaticAssetController().boot(routes: app)
    LanguageController().boot(routes: app)

    let session = app.grouped(TokenAuthenticator(source: .sessionCookie))
    let web = session.grouped(CSRFMiddleware())
    let sessions = SessionController()
    try sessions.boot(routes: web)
    let signedIn = web.grouped(RequireLogin(api: false))
    sessions.bootSignedIn(routes: signedIn)
    HouseholdController().boot(routes: signedIn)
    PersonController().boot(routes: signedIn)
    RegionController().boot(routes: signedIn)
    PolicyController().boot(routes: signedIn)
    SimulationController().boot(routes: signedIn)
    FindingController().boot(routes: signedIn)
    CrossCheckController().boot(routes: signedIn)
    AuditController().boot(routes: signedIn.grouped(RequireCapability(capability: .searchAuditLog)))
    UserController().boot(list: signedIn.grouped(RequireCapability(capability: .manageUsers)), accounts: signedIn)

    // Uploads are the one place a large body is accepted: the role is checked before the
    // body is read, and only then is the CSRF field read from the multipart form.
    let uploadLimit = app.importSettings.uploadLimitBytes
    let uploads = session.grouped(RequireLogin(api: false), RequireCapability(capability: .importData),
                                  BodySizeLimit(bytes: uploadLimit), CSRFMiddleware(bodyLimit: uploadLimit))
    ImportController().boot(routes: signedIn.grouped(RequireCapability(capability: .importData)), jobs: signedIn,
                            uploads: uploads, uploadLimit: uploadLimit)

    let api = app.grouped("api").grouped(TokenAuthenticator(source: .bearer))
    APIRoutes.boot(api: api)
}
