import Foundation
import Vapor

/// The stylesheet and script, shipped as resources of the App module and served from
/// memory (a fixed list: no path from the request ever reaches the file system).
struct StaticAssetController {
    private static let assets: [String: (data: Data, type: HTTPMediaType)] = {
        var assets: [String: (Data, HTTPMediaType)] = [:]
        for (name, type) in [("doudi.css", HTTPMediaType(type: "text", subType: "css", parameters: ["charset": "utf-8"])),
                             ("doudi.js", HTTPMediaType(type: "text", subType: "javascript", parameters: ["charset": "utf-8"]))] {
            guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Public"),
                  let data = try? Data(contentsOf: url)
            else { preconditionFailure("static asset \(name) is missing from the App bundle") }
            assets[name] = (data, type)
        }
        return assets
    }()

    func boot(routes: any RoutesBuilder) {
        routes.get("static", ":file", use: serve)
    }

    @Sendable func serve(req: Request) async throws -> Response {
        guard let name = req.parameters.get("file"), let asset = Self.assets[name] else { throw Abort(.notFound) }
        var headers = HTTPHeaders()
        headers.contentType = asset.type
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return Response(status: .ok, headers: headers, body: .init(data: asset.data))
    }
}
