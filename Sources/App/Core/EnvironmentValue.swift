import DoudiDomain
import Vapor

/// Reads a setting from the environment, refusing a malformed value at start-up rather
/// than falling back silently to the default.
enum EnvironmentValue {
    static func positiveInteger(_ name: String) throws -> Int? {
        guard let text = Environment.get(name), !text.isEmpty else { return nil }
        guard let value = Int(text), value > 0 else {
            throw ConfigurationError(message: L("config.error.positive_integer", ["name": name, "value": text]))
        }
        return value
    }
}
