import DoudiDomain
import Plot
import Vapor

/// Turns every error into an answer in the reader's language (Chinese unless chosen
/// otherwise, see `LocaleMiddleware`): an error page for the web, a JSON body for
/// the API. Unexpected errors are logged (the log handler redacts ID numbers) and shown
/// only as a generic message, so no internal detail or personal data leaves the server.
struct ErrorResponder: AsyncMiddleware {
    struct APIError: Content {
        struct Body: Content { let status: Int; let message: String }
        let error: Body
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let (status, message) = Self.describe(error)
            if status == .internalServerError {
                request.logger.report(error: error)
            }
            if request.url.path.hasPrefix("/api/") {
                let response = Response(status: status)
                try response.content.encode(APIError(error: .init(status: Int(status.code), message: message)))
                if status == .unauthorized { response.headers.replaceOrAdd(name: .wwwAuthenticate, value: "Bearer") }
                return response
            }
            let body: Node<HTML.BodyContext> = .div(
                .class("notice error"), .p(.text(message)),
                .p(.a(.href(request.login == nil ? "/login" : "/households"), .text(L("web.error.back"))))
            )
            return PageLayout(title: L("web.error.title", ["status": String(status.code)]), login: request.login, section: nil)
                .render(body, status: status)
        }
    }

    static func describe(_ error: any Error) -> (HTTPResponseStatus, String) {
        switch error {
        case RegistryError.notFound, AccountError.notFound:
            return (.notFound, L("web.error.not_found"))
        case RegistryError.notPermitted, AccountError.notPermitted:
            return (.forbidden, L("web.error.forbidden"))
        case RegistryError.regionChange:
            return (.conflict, L("registry.error.region_change"))
        case let error as AccountError:
            return (.badRequest, error.description)
        case let error as UserFacingError:
            return (error.status, error.reason)
        case let error as any AbortError:
            // Vapor's own reasons are English and may name internals: show ours for the status.
            return (error.status, Self.generic(error.status))
        case is DecodingError:
            return (.badRequest, L("web.error.bad_request"))
        default:
            return (.internalServerError, L("web.error.internal"))
        }
    }

    private static func generic(_ status: HTTPResponseStatus) -> String {
        switch status.code {
        case 400: return L("web.error.bad_request")
        case 401: return L("web.error.unauthorized")
        case 403: return L("web.error.forbidden")
        case 404: return L("web.error.not_found")
        case 413: return L("web.error.too_large")
        default: return L("web.error.status", ["status": String(status.code)])
        }
    }
}
