import ArgumentParser
import Foundation
import Pipeline

/// Prints one line naming the problem to standard error and exits with `code`.
func fail(_ message: String, code: Int32 = 2) -> ExitCode {
    FileHandle.standardError.write(Data(("supportstream: " + message + "\n").utf8))
    return ExitCode(code)
}

/// Writes a line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// Whether standard error is a terminal (for progress lines).
var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

/// Loads the service configuration from `path` (defaults when nil) and the environment; one line naming the problem on failure.
func loadConfiguration(_ path: String?) throws(ExitCode) -> ServiceConfiguration {
    do {
        return try ServiceConfiguration.load(path: path, environment: ProcessInfo.processInfo.environment)
    } catch {
        throw fail("\(error)")
    }
}
