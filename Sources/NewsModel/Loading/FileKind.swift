import Foundation

/// What a `stat` mode says a path is, in the terms the loader cares about.
enum FileKind: Sendable, Equatable {
    case regular, directory, other

    init(mode: mode_t) {
        switch mode & mode_t(S_IFMT) {
        case mode_t(S_IFREG): self = .regular
        case mode_t(S_IFDIR): self = .directory
        default: self = .other
        }
    }
}
