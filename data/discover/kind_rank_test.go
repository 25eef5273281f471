package discover

import (
	"strings"
	"testing"
)

// TestRankByTable checks the table look-up of rank against the plain
// search, on every kind, on strings that share a kind's length and first
// letter, and on strings that are no kind.
func TestRankByTable(t *testing.T) {
	probes := []Kind{"", "x", "summits", "Summit", "s", Kind(strings.Repeat("a", 40))}
	for _, k := range kindOrder {
		probes = append(probes, k, k[:len(k)-1]+"?", k+"s", Kind(strings.ToUpper(string(k))))
	}
	for _, k := range probes {
		if got, want := rank(k), rankSearch(k); got != want {
			t.Errorf("rank(%q) = %d, the search says %d", k, got, want)
		}
	}
	if rank(Summit) != 0 || rank(Happening) != len(kindOrder)-1 {
		t.Errorf("rank(summit) = %d, rank(happening) = %d", rank(Summit), rank(Happening))
	}
}

// TestFirstKind checks KindSet.First against the kinds in order, on every
// set of one or two kinds and on a set with the bit of no kind.
func TestFirstKind(t *testing.T) {
	first := func(s KindSet) Kind {
		for i, k := range kindOrder {
			if s&(1<<i) != 0 {
				return k
			}
		}
		return ""
	}
	sets := []KindSet{0, KindSet(0).With("no kind"), KindSet(0).With("no kind").With(Visit)}
	for _, a := range kindOrder {
		for _, b := range kindOrder {
			sets = append(sets, KindSet(0).With(a).With(b))
		}
	}
	for _, s := range sets {
		if got, want := s.First(), first(s); got != want {
			t.Errorf("First of %b = %q, want %q", s, got, want)
		}
	}
}
