package data

import (
	"strconv"
	"testing"
)

// TestWordTableRef builds a table word by word, through several doublings,
// and checks that every word keeps its own value, that a word added again
// gets its value back to change rather than a new entry, and that words
// never added are absent.
func TestWordTableRef(t *testing.T) {
	var table wordTable[[]int]
	const n = 5000 // from 1,024 slots to 16,384: four doublings
	for i := range n {
		w := "w" + strconv.Itoa(i)
		*table.ref(w, wordHashString(w)) = append(*table.ref(w, wordHashString(w)), i)
	}
	for i := range n {
		w := "w" + strconv.Itoa(i%97) // words added earlier, again
		v := table.ref(w, wordHashString(w))
		*v = append(*v, -i)
	}
	if len(table.keys) != n {
		t.Fatalf("%d entries, want %d", len(table.keys), n)
	}
	if used := 2 * len(table.keys); used > len(table.slots) {
		t.Errorf("%d slots for %d entries: more than half full", len(table.slots), len(table.keys))
	}
	for i := range n {
		w := "w" + strconv.Itoa(i)
		v, ok := table.get([]byte(w), wordHash([]byte(w)))
		if !ok || len(v) == 0 || v[0] != i {
			t.Fatalf("%q: %v %v, want a list starting with %d", w, v, ok, i)
		}
		if want := 1 + (n-1-i%97)/97 + 1; i < 97 && len(v) != want {
			t.Errorf("%q: %d values, want %d", w, len(v), want)
		}
	}
	for _, w := range []string{"w-1", "w5000", "x1", ""} {
		if v, ok := table.getString(w, wordHashString(w)); ok {
			t.Errorf("%q found (%v), never added", w, v)
		}
	}
}
