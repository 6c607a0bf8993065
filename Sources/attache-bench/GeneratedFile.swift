/// A single generated file of several articles (the JSON Lines feed).
struct GeneratedFile {
    var path: String
    var articles: Int
    var bytes: Int
}
