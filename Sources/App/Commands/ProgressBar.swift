import Foundation

/// A one-line progress bar on standard error: redrawn in place on a terminal, one line per
/// step when the output is a file or a pipe (a log shows each step once, not a smear of
/// carriage returns). It shows the share done, the step and the time so far.
final class ProgressBar: @unchecked Sendable {
    private let started = ContinuousClock.now
    private let interactive = isatty(STDERR_FILENO) != 0
    private let width = 30
    private let lock = NSLock()
    private var lastLabel = ""

    func show(_ fraction: Double, label: String) {
        lock.withLock {
            let done = min(max(fraction, 0), 1)
            let filled = Int((done * Double(width)).rounded())
            let elapsed = (ContinuousClock.now - started).components.seconds
            let line = "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
                + String(format: "%3d%% ", Int(done * 100)) + label + " (\(elapsed) s)"
            if interactive {
                FileHandle.standardError.write(Data(("\r" + line + "\u{1B}[K").utf8))
            } else if label != lastLabel {
                FileHandle.standardError.write(Data((line + "\n").utf8))
            }
            lastLabel = label
        }
    }

    /// Ends the bar's line on a terminal.
    func finish() {
        lock.withLock {
            if interactive { FileHandle.standardError.write(Data("\n".utf8)) }
        }
    }
}
