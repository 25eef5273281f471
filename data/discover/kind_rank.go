package discover

// Kinds are strings, and a kind's rank (its place in kindOrder, its bit in
// a KindSet) was found by comparing it with each kind in turn: every
// KindSet.With and Has did so, about 1.5 % of the instructions of a whole
// load. Most kinds differ in their length or first letter, so a table
// indexed by those two finds the one kind a string can be, and one
// comparison confirms it; the few that share both (election and
// exchange, attack and arrest, disaster and decision) are searched.

// kindRankKey is the slot of kindRanks for a kind of length n starting
// with byte c.
func kindRankKey(n int, c byte) int { return (n&31)<<5 | int(c&31) }

// kindRanks holds, for each slot, the rank+1 of the one kind with that
// key; 0 for none, -1 when several kinds share it (then rank compares
// with each).
var kindRanks = func() (t [32 * 32]int8) {
	for i, k := range kindOrder {
		if k == "" {
			continue
		}
		switch slot := &t[kindRankKey(len(k), k[0])]; *slot {
		case 0:
			*slot = int8(i + 1)
		default:
			*slot = -1
		}
	}
	return t
}()

// rankSearch is rank by comparing k with each kind in turn.
func rankSearch(k Kind) int {
	for i, o := range kindOrder {
		if o == k {
			return i
		}
	}
	return len(kindOrder)
}
