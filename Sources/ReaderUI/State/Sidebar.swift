/// What the left pane lists.
public enum Sidebar: Sendable, Equatable {
    case articles, speakers, quotes, problems
}

/// The pane that receives movement keys.
public enum Focus: Sendable, Equatable {
    case sidebar, article
}
