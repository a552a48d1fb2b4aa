//! One stable sort for the crate's small lists (report summaries, reasons,
//! columns, a part's tables). The standard library's sort is compiled anew
//! for every element type and comparison, some 4 kB of WebAssembly each;
//! the browser's first module is held to a size budget, so these lists go
//! through one merge sort of indices that is compiled once. Hot paths over
//! many elements (a text's hits) keep the standard sort.

use std::cmp::Ordering;

/// The order of `n` items, stably sorted by `cmp` on their indices: a
/// bottom-up merge sort compiled once for every caller.
fn sorted_indices(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    let mut buf = vec![0usize; n];
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid && j < end {
                // Equal items keep their order: the left one goes first.
                if cmp(order[j], order[i]) == Ordering::Less {
                    buf[k] = order[j];
                    j += 1;
                } else {
                    buf[k] = order[i];
                    i += 1;
                }
                k += 1;
            }
            buf[k..k + (mid - i)].copy_from_slice(&order[i..mid]);
            k += mid - i;
            buf[k..k + (end - j)].copy_from_slice(&order[j..end]);
            start = end;
        }
        std::mem::swap(&mut order, &mut buf);
        width *= 2;
    }
    order
}

/// Sorts `items` stably by `cmp`.
pub(crate) fn sort_by<T>(items: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let order = sorted_indices(items.len(), &|a, b| cmp(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots.get_mut(i).and_then(Option::take)));
}

/// Sorts `items` stably by the key `key` gives.
pub(crate) fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_whatever_the_length() {
        for n in 0..70usize {
            // Keys with many ties, tagged with their original position.
            let mut v: Vec<(usize, usize)> = (0..n).map(|i| ((i * 7919) % 5, i)).collect();
            let mut want = v.clone();
            want.sort_by_key(|p| p.0);
            sort_by_key(&mut v, |p| p.0);
            assert_eq!(v, want, "n = {n}");
        }
        let mut words = vec!["c", "a", "b", "a"];
        sort_by(&mut words, |a, b| b.cmp(a));
        assert_eq!(words, ["c", "b", "a", "a"]);
    }
}
