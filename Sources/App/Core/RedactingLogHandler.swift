import DoudiDomain
import Logging

/// The process's only log handler. ID numbers must never reach a log (649号 art 61;
/// Doudi's privacy rule), whatever a library chooses to log: every message and metadata
/// value is passed through `IDNumberRedaction`, and the level is never below `.debug`,
/// because database drivers log SQL with bound values at `.trace`.
struct RedactingLogHandler: LogHandler {
    private var inner: any LogHandler

    init(wrapping inner: any LogHandler) {
        self.inner = inner
        self.inner.logLevel = max(inner.logLevel, .debug)
    }

    var logLevel: Logger.Level {
        get { inner.logLevel }
        set { inner.logLevel = max(newValue, .debug) }
    }

    var metadata: Logger.Metadata {
        get { inner.metadata }
        set { inner.metadata = newValue }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { inner[metadataKey: key] }
        set { inner[metadataKey: key] = newValue }
    }

    func log(level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String,
             file: String, function: String, line: UInt) {
        inner.log(level: level, message: "\(IDNumberRedaction.redact(message.description))",
                  metadata: metadata.map(Self.redact), source: source, file: file, function: function, line: line)
    }

    private static func redact(_ metadata: Logger.Metadata) -> Logger.Metadata {
        metadata.mapValues(redact)
    }

    private static func redact(_ value: Logger.Metadata.Value) -> Logger.Metadata.Value {
        switch value {
        case let .string(text): return .string(IDNumberRedaction.redact(text))
        case let .stringConvertible(item): return .string(IDNumberRedaction.redact(item.description))
        case let .array(items): return .array(items.map(redact))
        case let .dictionary(items): return .dictionary(items.mapValues(redact))
        }
    }
}
