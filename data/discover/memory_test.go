package discover

import (
	"context"
	"slices"
	"testing"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/synthetic"
	"github.com/caravan-analytics/caravan/seeds"
)

// The tests of this file check the memory discovery's long-lived data
// takes: every candidate of a corpus is alive from extraction to the end
// of event building, with the stashed mentions, at the load's memory peak.

// TestCopyOutSharesRepeatedNames: candidates of one article that name the
// same list share one copy of it; every candidate's names and evidence
// are still its own, as extraction made them.
func TestCopyOutSharesRepeatedNames(t *testing.T) {
	in := []Candidate{
		{names: []string{"kz", "tokayev"}, evidence: []clue{{start: 1, end: 2}}},
		{names: []string{"kz", "tokayev"}},
		{names: []string{"ru"}},
		{},
		{names: []string{"kz", "tokayev"}, evidence: []clue{{start: 5, end: 9}}},
		{names: []string{"kz"}},
		{names: []string{"ru"}},
	}
	out := copyOut(in)
	for i := range in {
		if !slices.Equal(out[i].names, in[i].names) || !slices.Equal(out[i].evidence, in[i].evidence) {
			t.Errorf("%d: names %v evidence %v, want %v %v", i, out[i].names, out[i].evidence, in[i].names, in[i].evidence)
		}
		if len(out[i].names) > 0 && &out[i].names[0] == &in[i].names[0] {
			t.Errorf("%d: names not copied out", i)
		}
	}
	for _, same := range [][2]int{{0, 1}, {0, 4}, {2, 6}} {
		if &out[same[0]].names[0] != &out[same[1]].names[0] {
			t.Errorf("candidates %d and %d name the same list in two copies", same[0], same[1])
		}
	}
	if out[3].names != nil {
		t.Errorf("no names became %v", out[3].names)
	}
	// One block holds the four distinct lists: 2 + 1 + 1 names.
	if got := cap(out[0].names[:cap(out[0].names)]); got != 2 {
		t.Errorf("a shared list's capacity is %d: appending to it would write into another's", got)
	}
}

// TestCopyOutSharesInACorpus: over a generated corpus, the names copied
// out are far fewer than the names the candidates list (the outputs of
// the eval corpora and of generated ones are compared byte for byte with
// and without sharing; see data/pipeline/performance.md).
func TestCopyOutSharesInACorpus(t *testing.T) {
	cur, err := data.LoadCurated(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	c, err := data.Build(context.Background(), synthetic.GenerateFS(200, 5), "synthetic", cur, nil)
	if err != nil {
		t.Fatal(err)
	}
	s := NewExtractor(c.Names).NewScanner()
	listed, copied := 0, 0
	for i, a := range c.Articles {
		got := s.Candidates(a, i)
		seen := map[*string]bool{}
		for k := range got {
			listed += len(got[k].names)
			if len(got[k].names) > 0 && !seen[&got[k].names[0]] {
				seen[&got[k].names[0]] = true
				copied += len(got[k].names)
			}
		}
	}
	if listed == 0 || copied*10 > listed*7 {
		t.Errorf("%d names copied for %d listed: repeats are not shared", copied, listed)
	}
}

// TestStashKeepsNoSpareRoom: an article's packed mentions take their
// size, not room for the longest mentions.
func TestStashKeepsNoSpareRoom(t *testing.T) {
	cur, err := data.LoadCurated(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	c, err := data.Build(context.Background(), synthetic.GenerateFS(100, 7), "synthetic", cur, nil)
	if err != nil {
		t.Fatal(err)
	}
	st := newMentionStash(c.Articles)
	used, room := 0, 0
	for i := range c.Articles {
		st.stash(i)
		used += len(st.packed[i])
		room += cap(st.packed[i])
	}
	if used == 0 || room > used+used/8+16*len(c.Articles) {
		t.Errorf("%d bytes kept for %d packed", room, used)
	}
}

// TestDayShardsHoldNoSpareRoom: each shard of positions is sized by its
// count (at 100,000 articles, grown by append, they took four times the
// room).
func TestDayShardsHoldNoSpareRoom(t *testing.T) {
	var cands []*Candidate
	for d := range day(40) {
		for range 3 + d%5 {
			cands = append(cands, &Candidate{from: 2 * d, to: 2*d + 1})
		}
	}
	shards := dayShards(cands, 2)
	if len(shards) < 2 {
		t.Fatalf("%d shards", len(shards))
	}
	for i, s := range shards {
		if cap(s) != len(s) {
			t.Errorf("shard %d: %d positions in room for %d", i, len(s), cap(s))
		}
	}
}

// TestMentionSpansResetAllocatesNothing: the scanner's spans of an
// article's mentions reuse their memory from one article to the next (a
// fresh order for each took 27 MB at 100,000 articles).
func TestMentionSpansResetAllocatesNothing(t *testing.T) {
	a := &data.Article{Mentions: []data.DateMention{{Start: 40, End: 50}, {Start: 3, End: 9}, {Start: 20, End: 31}}}
	for k := range 30 { // an article's thirty-odd mentions
		a.Mentions = append(a.Mentions, data.DateMention{Start: 1000 + 10*k, End: 1005 + 10*k})
	}
	var m mentionSpans
	m.reset(a)
	if !m.overlaps(5, 6) || m.overlaps(10, 19) || !m.overlaps(45, 60) {
		t.Fatalf("spans %v–%v", m.start, m.end)
	}
	if n := testing.AllocsPerRun(100, func() { m.reset(a) }); n != 0 {
		t.Errorf("reset allocates %.0f times an article", n)
	}
}

// TestLinksAreGivenTheirRoom: an article's links, made one by one in
// cluster order, are given room for about their number up front, not
// grown by doubling (40 % of the room was spare at 10,000 articles).
func TestLinksAreGivenTheirRoom(t *testing.T) {
	c := generatedCorpus(t, 11)
	if err := Discover(context.Background(), c, nil); err != nil {
		t.Fatal(err)
	}
	links, room := 0, 0
	for _, a := range c.Articles {
		links += len(a.Links)
		room += cap(a.Links)
	}
	if links < 1000 || room*100 > links*115 {
		t.Errorf("room for %d links, %d made", room, links)
	}
}
