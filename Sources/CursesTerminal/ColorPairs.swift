import CNCursesW
import ReaderUI

/// The colour pairs allocated for the styles painted so far: created on demand, cached, and never
/// more than the terminal's `COLOR_PAIRS`.
///
/// Pair 0 is the terminal's default colours. When the pairs run out, a new colour combination falls
/// back to pair 0: the text stays readable and its attributes still apply.
struct ColorPairs {
    /// Palette indexes after mapping for the terminal; -1 is the default colour (`use_default_colors`).
    struct Colors: Hashable {
        var foreground: Int16
        var background: Int16
    }

    let support: ColorSupport
    /// Pair numbers 1..<limit may be allocated.
    let limit: Int
    /// Defines a pair in the terminal (`init_pair`); false when the terminal refused it.
    private let define: (Int16, Colors) -> Bool
    private var cache: [Colors: Int16] = [:]
    private var next = 1

    init(support: ColorSupport, limit: Int, define: @escaping (Int16, Colors) -> Bool) {
        self.support = support
        self.limit = min(limit, Int(Int16.max))
        self.define = define
    }

    /// How many pairs have been allocated.
    var count: Int { cache.count }

    /// The pair number for `style`'s colours, allocating it on first use.
    mutating func pair(for style: Style) -> Int16 {
        guard let colors = Self.colors(for: style, support: support) else { return 0 }
        if let known = cache[colors] { return known }
        guard next < limit, define(Int16(next), colors) else { return 0 }
        let number = Int16(next)
        cache[colors] = number
        next += 1
        return number
    }

    /// The colours `style` asks for on a terminal with `support`, or nil for the default pair.
    static func colors(for style: Style, support: ColorSupport) -> Colors? {
        guard support != .monochrome, style.foreground != nil || style.background != nil else { return nil }
        return Colors(foreground: index(style.foreground, support: support),
                      background: index(style.background, support: support))
    }

    /// Palette index `index` as the terminal can show it; -1 for the default colour.
    static func index(_ index: UInt8?, support: ColorSupport) -> Int16 {
        guard let index else { return -1 }
        switch support {
        case .extended: return Int16(index)
        case .basic, .monochrome: return basicIndex(index)
        }
    }

    /// The nearest of the eight ANSI colours (0 black, 1 red, 2 green, 3 yellow, 4 blue, 5 magenta,
    /// 6 cyan, 7 white) for a 256-colour palette index.
    static func basicIndex(_ index: UInt8) -> Int16 {
        switch index {
        case 0..<8:
            return Int16(index)
        case 8..<16:
            return Int16(index - 8)  // the bright variant's base colour
        case 16...231:
            // The 6×6×6 cube: a channel is on when it is at least half the strongest one.
            let cube = Int(index) - 16
            let red = cube / 36, green = (cube / 6) % 6, blue = cube % 6
            let strongest = max(red, green, blue)
            guard strongest > 0 else { return 0 }
            let threshold = max(1, (strongest + 1) / 2)
            return Int16((red >= threshold ? 1 : 0) + (green >= threshold ? 2 : 0) + (blue >= threshold ? 4 : 0))
        default:
            return index < 240 ? 0 : 7  // the grey ramp: dark greys to black, the rest to white
        }
    }

    /// The ncurses attributes for `style`'s bold, underline, reverse and dim.
    static func attributes(for style: Style) -> attr_t {
        var result = attache_a_normal()
        if style.attributes.contains(.bold) { result |= attache_a_bold() }
        if style.attributes.contains(.underline) { result |= attache_a_underline() }
        if style.attributes.contains(.reverse) { result |= attache_a_reverse() }
        if style.attributes.contains(.dim) { result |= attache_a_dim() }
        return result
    }
}
