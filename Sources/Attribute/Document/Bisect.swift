/// The first index of `range` at which `isBefore` turns false, for a
/// predicate that holds on a prefix of the range: a lower bound by bisection.
@inline(__always)
func partitionPoint(_ range: Range<Int>, _ isBefore: (Int) -> Bool) -> Int {
    var lo = range.lowerBound, hi = range.upperBound
    while lo < hi { let mid = (lo + hi) / 2; if isBefore(mid) { lo = mid + 1 } else { hi = mid } }
    return lo
}
