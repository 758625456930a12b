import Vapor

/// Refuses a body over `bytes` with 413 before any of it is read, by its declared
/// length; a body that arrived without one is held to the same limit when it is
/// collected (`CSRFMiddleware` and the route collect with this limit).
struct BodySizeLimit: AsyncMiddleware {
    let bytes: Int

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let declared = request.headers.first(name: .contentLength).flatMap(Int.init)
        if (declared ?? 0) > bytes || (request.body.data?.readableBytes ?? 0) > bytes {
            throw UserFacingError(.payloadTooLarge, "web.error.too_large")
        }
        return try await next.respond(to: request)
    }
}
