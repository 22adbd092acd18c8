import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output, written straight through so each line appears as soon as it is ready.
final class PlainOutputStream {
    private var broken = false

    /// Writes `text`; false once the reader has gone away.
    @discardableResult
    func write(_ text: String) -> Bool {
        guard !broken else { return false }
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Self.systemWrite($0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                broken = true
                return false
            }
            bytes = bytes.dropFirst(written)
        }
        return true
    }

    private static func systemWrite(_ pointer: UnsafeRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(STDOUT_FILENO, pointer, count)
        #else
        Darwin.write(STDOUT_FILENO, pointer, count)
        #endif
    }

    func lines(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        write(lines.joined(separator: "\n") + "\n")
    }
}

/// Reads standard input line by line, waiting at most a given time for each.
final class LineReader {
    enum Event: Equatable {
        case line(String)
        case timeout
        case end
    }

    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var ended = false

    init(fileDescriptor: Int32) {
        descriptor = fileDescriptor
    }

    /// The next complete line (without its "\n" or "\r\n"), a timeout, or the end of input.
    func next(timeoutMilliseconds: Int32) -> Event {
        while true {
            if let newline = buffer.firstIndex(of: 10) {
                var bytes = buffer[..<newline]
                if bytes.last == 13 { bytes = bytes.dropLast() }
                let line = String(decoding: bytes, as: UTF8.self)
                buffer.removeSubrange(...newline)
                return .line(line)
            }
            if ended {
                guard !buffer.isEmpty else { return .end }
                // A last line without "\n" still counts.
                let line = String(decoding: buffer, as: UTF8.self)
                buffer.removeAll()
                return .line(line)
            }
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&request, 1, timeoutMilliseconds)
            if ready < 0 { return errno == EINTR ? .timeout : .end }
            if ready == 0 { return .timeout }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { return .timeout }
            if count <= 0 {
                ended = true
            } else {
                buffer += chunk[..<count]
            }
        }
    }
}
