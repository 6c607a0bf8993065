/// A rectangle of terminal cells: the area a pane may draw in.
public struct Rect: Sendable, Equatable, Hashable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// The rows of this rectangle from `top`, `count` high, clipped to it.
    public func rows(from top: Int, count: Int) -> Rect {
        let start = min(height, max(0, top))
        return Rect(x: x, y: y + start, width: width, height: min(count, height - start))
    }

    /// This rectangle without `amount` cells on the left.
    public func insetLeft(_ amount: Int) -> Rect {
        let cut = min(width, max(0, amount))
        return Rect(x: x + cut, y: y, width: width - cut, height: height)
    }

    /// Splits off the first `width` columns; the second part is what is left.
    public func splitColumns(at width: Int) -> (Rect, Rect) {
        let left = min(self.width, max(0, width))
        return (Rect(x: x, y: y, width: left, height: height),
                Rect(x: x + left, y: y, width: self.width - left, height: height))
    }

    /// Splits off the first `height` rows; the second part is what is left.
    public func splitRows(at height: Int) -> (Rect, Rect) {
        let top = min(self.height, max(0, height))
        return (Rect(x: x, y: y, width: width, height: top),
                Rect(x: x, y: y + top, width: width, height: self.height - top))
    }

    /// The part of this rectangle that also lies in `other`.
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x), top = max(y, other.y)
        let right = min(maxX, other.maxX), bottom = min(maxY, other.maxY)
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }
}
