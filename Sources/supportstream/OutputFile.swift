import Foundation

/// Writes a command's output file without ever replacing a device or a pipe.
///
/// `FileManager.createFile` writes a temporary file and renames it over the target. That is the
/// right thing for a regular file (readers never see half a file), but for `/dev/null`, `/dev/stdout`
/// or a named pipe it would replace the special file with a regular one (as root, `/dev/null` itself).
/// Paths that exist and are not regular files are therefore opened and written in place.
enum OutputFile {
    /// Writes `contents` to `path`; returns false when the file cannot be created or opened.
    ///
    /// - Parameters:
    ///   - contents: the bytes to write.
    ///   - path: the target path; an existing device, FIFO or socket is written in place.
    ///   - permissions: POSIX permissions for a newly created regular file (default: the umask's).
    static func write(_ contents: Data, to path: String, permissions: Int? = nil) -> Bool {
        if isSpecialFile(path) {
            guard let handle = FileHandle(forWritingAtPath: path) else { return false }
            defer { try? handle.close() }
            do { try handle.write(contentsOf: contents) } catch { return false }
            return true
        }
        let attributes: [FileAttributeKey: Any]? = permissions.map { [.posixPermissions: $0] }
        return FileManager.default.createFile(atPath: path, contents: contents, attributes: attributes)
    }

    /// Writes `chunks` one after another to `path`, as ``write(_:to:permissions:)`` does for one buffer: a
    /// regular file is written to a temporary file beside it and renamed over it, a device or pipe in place.
    /// The chunks are never joined into one buffer.
    static func write(chunks: [[UInt8]], to path: String) -> Bool {
        let special = isSpecialFile(path)
        let target = special ? path : path + ".tmp-\(getpid())"
        if !special {
            guard FileManager.default.createFile(atPath: target, contents: nil) else { return false }
        }
        guard let handle = FileHandle(forWritingAtPath: target) else { return false }
        do {
            for chunk in chunks where !chunk.isEmpty {
                try chunk.withUnsafeBytes { try handle.write(contentsOf: $0) }
            }
            try handle.close()
        } catch {
            try? handle.close()
            if !special { try? FileManager.default.removeItem(atPath: target) }
            return false
        }
        if !special, rename(target, path) != 0 {
            try? FileManager.default.removeItem(atPath: target)
            return false
        }
        return true
    }

    /// Opens `path` for streamed writing, truncating a regular file; nil when that is not possible.
    static func openForWriting(_ path: String) -> FileHandle? {
        if !isSpecialFile(path) {
            guard FileManager.default.createFile(atPath: path, contents: nil) else { return nil }
        }
        return FileHandle(forWritingAtPath: path)
    }

    /// True when `path` exists and is not a regular file or a directory (a device, FIFO or socket).
    static func isSpecialFile(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let type = info.st_mode & S_IFMT
        return type != S_IFREG && type != S_IFDIR
    }
}
