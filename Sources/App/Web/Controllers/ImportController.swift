import DoudiDomain
import Vapor

/// The import page: upload (multipart, on its own route group with the upload limit),
/// progress, the error report and the blank templates. An upload starts a background
/// job and redirects to its page at once; the job is the uploader's alone.
struct ImportController {
    /// `routes` requires the import capability; the job routes only need a login,
    /// since a job is found by its owner and anyone else gets 404.
    func boot(routes: any RoutesBuilder, jobs: any RoutesBuilder, uploads: any RoutesBuilder, uploadLimit: Int) {
        routes.get("imports", use: index)
        routes.get("imports", "template", use: template)
        jobs.get("imports", ":key", use: show)
        jobs.get("imports", ":key", "status", use: status)
        jobs.get("imports", ":key", "report", use: report)
        uploads.on(.POST, "imports", body: .collect(maxSize: ByteCount(value: uploadLimit)), use: upload)
    }

    @Sendable func index(req: Request) async throws -> Response {
        ImportPage.render(try await ImportPage.query(req))
    }

    struct UploadForm: Content {
        var kind: String?
        var legacy: String?
        var file: File?
    }

    @Sendable func upload(req: Request) async throws -> Response {
        let form = try req.content.decode(UploadForm.self)
        let kind = form.kind.flatMap(ImportKind.init(rawValue:))
        let legacy = form.legacy == "on"
        let problem: String? = if kind == nil {
            "import.upload.error.kind"
        } else if form.file.map({ $0.data.readableBytes == 0 || $0.filename.isEmpty }) ?? true {
            "import.upload.error.file"
        } else if legacy, kind?.allowsLegacy != true {
            "import.upload.error.legacy"
        } else {
            nil
        }
        guard let kind, let file = form.file, problem == nil else {
            return ImportPage.render(try await ImportPage.query(req, message: L(problem ?? "import.upload.error.file"), selectedKind: kind),
                                     status: .badRequest)
        }
        let request = ImportRequest(fileName: file.filename, data: Data(buffer: file.data), legacy: legacy,
                                    caller: try req.caller, origin: req.origin)
        do {
            let id = try req.application.importJobs.start(kind, request, app: req.application)
            return req.redirect(to: "/imports/\(id.uuidString)", redirectType: .normal)
        } catch {
            let key = error == .userBusy ? "import.error.busy" : "import.error.server_busy"
            return ImportPage.render(try await ImportPage.query(req, message: L(key), selectedKind: kind), status: .tooManyRequests)
        }
    }

    @Sendable func show(req: Request) async throws -> Response {
        ImportJobPage.render(try await ImportJobPage.query(req, id: try req.recordKey()))
    }

    /// What the page's script polls: the phase and counts, or that the job has ended.
    struct Status: Content {
        var finished: Bool
        var text: String
        var done: Int
        var total: Int
    }

    @Sendable func status(req: Request) async throws -> Status {
        let id = try req.recordKey()
        let caller = try req.caller
        if let running = req.application.importJobs.job(id, of: caller) {
            return Status(finished: false, text: ImportJobPage.phaseText(running.progress),
                          done: running.progress?.done ?? 0, total: running.progress?.total ?? 0)
        }
        guard let job = try await req.importJobStore.job(id: id, of: caller) else {
            throw UserFacingError(.notFound, "import.job.not_found")
        }
        return Status(finished: true, text: ImportJobPage.summary(job), done: job.rowsTotal, total: job.rowsTotal)
    }

    /// The whole report, in the reader's language, as .xlsx or CSV.
    @Sendable func report(req: Request) async throws -> Response {
        let id = try req.recordKey()
        let caller = try req.caller
        let store = req.importJobStore
        guard let job = try await store.job(id: id, of: caller), let issues = try await store.issues(ofJob: id, caller: caller) else {
            throw UserFacingError(.notFound, "import.job.not_found")
        }
        let xlsx = req.query[String.self, at: "format"] == "xlsx"
        // Built off the request threads (a report can be large), in the reader's language.
        let locale = AppLocale.current
        let data = try await BlockingWork.run { xlsx ? try ImportReport.xlsx(issues, locale: locale) : ImportReport.csv(issues, locale: locale) }
        return Download.response(data, fileName: ImportReport.fileName(for: job.fileName, xlsx: xlsx), xlsx: xlsx)
    }

    @Sendable func template(req: Request) async throws -> Response {
        guard let kind = req.query[String.self, at: "kind"].flatMap(ImportKind.init(rawValue:)) else {
            throw UserFacingError(.notFound, "web.error.not_found")
        }
        let xlsx = req.query[String.self, at: "format"] != "csv"
        let data = xlsx ? try ImportTemplateDownload.xlsx(kind) : ImportTemplateDownload.csv(kind)
        return Download.response(data, fileName: ImportTemplateDownload.fileName(kind, extension: xlsx ? "xlsx" : "csv"), xlsx: xlsx)
    }
}
