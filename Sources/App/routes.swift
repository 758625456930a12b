import Vapor

/// Route groups, outermost first: error rendering and security headers on everything;
/// the web authenticates by session cookie and checks CSRF on every POST; the API
/// authenticates by bearer token only. Every registry route is behind `RequireLogin`,
/// and the data layer scopes what it returns.
func routes(_ app: Application) throws {
    try app.register(collection: HealthController())
    StaticAssetController().boot(routes: app)

    let web = app.grouped(TokenAuthenticator(source: .sessionCookie), CSRFMiddleware())
    let sessions = SessionController()
    try sessions.boot(routes: web)
    let signedIn = web.grouped(RequireLogin(api: false))
    sessions.bootSignedIn(routes: signedIn)
    HouseholdController().boot(routes: signedIn)
    PersonController().boot(routes: signedIn)
    RegionController().boot(routes: signedIn)

    let api = app.grouped("api").grouped(TokenAuthenticator(source: .bearer))
    APIRoutes.boot(api: api)
}
