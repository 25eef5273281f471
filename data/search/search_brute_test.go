package search

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/internal/datatest"
	"github.com/caravan-analytics/caravan/data/textnorm"
)

// bruteWords are the words the generated corpus is made of: Latin with and
// without diacritics, prefixes of each other, Cyrillic, Arabic with and
// without clitics and the article, digits and a hyphenated word.
var bruteWords = []string{
	"Tokajev", "Tokajews", "tok", "Xi", "Xis", "Xinjiang", "Jinping", "oorlog", "oorlogen", "van",
	"tijdperk", "Oekraïne", "OEKRAINE", "drei", "Übel", "Straße", "STRASSE", "covid-19", "covid", "19",
	"Токаев", "Си", "Цзиньпин", "Ёлка", "елка", "system", "si",
	"توكاييف", "لتوكاييف", "الصين", "للصين", "وللصين", "بالصين", "صين", "شي", "وشي", "جين", "بينغ",
	"أوكرانيا", "وبأوكرانيا", "٢٠٢٠", "2020",
}

// bruteSeparators go between the words.
var bruteSeparators = []string{" ", " ", " ", " ", ", ", ". ", " (", ") ", " – ", "-", "  ", " \u200b", "; "}

// bruteCorpus generates articles of random paragraphs from bruteWords.
func bruteCorpus(n int, seed uint64) *data.Corpus {
	rng := rand.New(rand.NewPCG(seed, 7))
	c := &data.Corpus{Root: "brute", Names: searchNames()}
	for i := range n {
		var b strings.Builder
		for range 1 + rng.IntN(5) {
			for k := range 3 + rng.IntN(12) {
				if k > 0 {
					b.WriteString(bruteSeparators[rng.IntN(len(bruteSeparators))])
				}
				b.WriteString(bruteWords[rng.IntN(len(bruteWords))])
			}
			b.WriteString(".\n")
		}
		c.Articles = append(c.Articles, datatest.Article(fmt.Sprintf("b%03d", i), "", b.String()))
	}
	c.Events = []*data.Event{
		{ID: "e-excerpt", Title: "Something else", Excerpts: []data.Excerpt{{Article: "b001", Paragraph: 0, ArticleRef: c.Articles[1]}}},
		{ID: "e-title", Title: "Xi and oorlog", Actors: []string{"tokayev"}},
	}
	return c
}

// bruteQueries are searched in the generated corpus: single words, name
// expansions, prefixes, wildcards, phrases and hyphens, Arabic with and
// without clitics and the article, and words absent.
var bruteQueries = []string{
	"Tokayev", "tokajev", "toka", "tok", "tok*", "Xi", "xi*", "Xi Jinping", `"Xi Jinping"`, `"xi jinping"`,
	"oorlog", "oorlo", `"tijdperk van oorlog"`, `"van oorlog"`, "oekraine", "strasse", "straße",
	"covid-19", "covid", `"covid 19"`, "19", "2020", "٢٠٢٠", "الصين", "صين", "للصين", "شي", "ش", "ش*",
	"اوكرانيا", "Ёлка", "елка", "си", "Си Цзиньпин", "system si", "drei übel", `"drei Übel"`,
	"zzzz", "oorlog zzzz", `"`, "van*", "v*", "Samarkand",
}

// bruteSearch is the search done the slow way: every paragraph is
// normalised and matched against the query's term groups, with no index.
func bruteSearch(ix *Index, c *data.Corpus, query string) (passages []string, events []string) {
	groups := ix.parseQuery(query)
	if len(groups) == 0 {
		return nil, nil
	}
	found := map[string]bool{}
	for _, a := range c.Articles {
		if a.DuplicateOf != "" {
			continue
		}
		for k, p := range a.Paragraphs {
			norm := textnorm.Normalize(p.Text)
			all := true
			for _, g := range groups {
				holds := false
				for _, alt := range g.alternatives {
					for range alt.find(norm) {
						holds = true
					}
				}
				all = all && holds
			}
			if !all {
				continue
			}
			found[fmt.Sprintf("%s/%d", a.ID, k)] = true
			passages = append(passages, fmt.Sprintf("%s/%d", a.ID, k))
		}
	}
	for _, e := range c.Events {
		hit := false
		for _, x := range e.Excerpts {
			hit = hit || found[fmt.Sprintf("%s/%d", x.Article, x.Paragraph)]
		}
		if hit || (indexedEvent{fields: eventFields(c, e)}).matches(groups, nil) {
			events = append(events, e.ID)
		}
	}
	return passages, events
}

// eventFields are the normalised fields an event is searched by.
func eventFields(c *data.Corpus, e *data.Event) []string {
	fields := []string{textnorm.Normalize(e.Title), textnorm.Normalize(e.Summary)}
	for _, ref := range append([]string{e.Place}, e.Actors...) {
		fields = append(fields, textnorm.Normalize(ref))
		if n := c.Name(ref); n != nil {
			fields = append(fields, textnorm.Normalize(n.English))
		}
	}
	return fields
}

// TestSearchAgreesWithBruteForce searches a generated corpus with the
// index and by normalising and scanning every paragraph: the same passages
// and events for every query, and every span an exact piece of its
// paragraph.
func TestSearchAgreesWithBruteForce(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		c := bruteCorpus(120, seed)
		ix := NewIndex(c)
		nonEmpty := 0
		for _, q := range bruteQueries {
			wantPassages, wantEvents := bruteSearch(ix, c, q)
			res := ix.Search(q)
			var gotPassages, gotEvents []string
			for _, p := range res.Passages {
				gotPassages = append(gotPassages, fmt.Sprintf("%s/%d", p.Article.ID, p.Paragraph))
			}
			for _, e := range res.Events {
				gotEvents = append(gotEvents, e.ID)
			}
			if !reflect.DeepEqual(gotPassages, wantPassages) {
				t.Errorf("seed %d, %q: the index finds %d passages, a scan %d\nindex: %v\nscan:  %v", seed, q, len(gotPassages), len(wantPassages), gotPassages, wantPassages)
			}
			if !reflect.DeepEqual(gotEvents, wantEvents) {
				t.Errorf("seed %d, %q: events %v, a scan finds %v", seed, q, gotEvents, wantEvents)
			}
			checkMatches(t, res)
			if len(wantPassages) > 0 {
				nonEmpty++
			}
		}
		if nonEmpty < len(bruteQueries)/2 {
			t.Errorf("seed %d: only %d of %d queries found anything: the corpus tests little", seed, nonEmpty, len(bruteQueries))
		}
	}
}

// TestSearchHitsPageThrough lists a common word's passages a page at a
// time: the pages put together are the whole result, and the counts and
// articles are known before any page is read.
func TestSearchHitsPageThrough(t *testing.T) {
	c := bruteCorpus(150, 4)
	ix := NewIndex(c)
	want := ix.Search("xi*")
	h, err := ix.Find(context.Background(), "xi*")
	if err != nil {
		t.Fatal(err)
	}
	if h.Len() != len(want.Passages) || h.Len() < 100 {
		t.Fatalf("Find counts %d passages, Search lists %d (want 100 or more to page through)", h.Len(), len(want.Passages))
	}
	var paged []PassageHit
	for from := 0; from < h.Len(); from += 37 {
		page := h.Page(from, 37)
		if len(page) != min(37, h.Len()-from) {
			t.Fatalf("page at %d has %d passages", from, len(page))
		}
		for i, p := range page {
			if a, k := h.At(from + i); a != p.Article || k != p.Paragraph {
				t.Errorf("At(%d) = %s/%d, the page says %s/%d", from+i, a.ID, k, p.Article.ID, p.Paragraph)
			}
		}
		paged = append(paged, page...)
	}
	if !reflect.DeepEqual(paged, want.Passages) {
		t.Error("the pages put together differ from the whole result")
	}
	if got := h.Page(h.Len(), 10); len(got) != 0 {
		t.Errorf("a page past the end has %d passages", len(got))
	}
	seen := map[*data.Article]bool{}
	for _, p := range want.Passages {
		seen[p.Article] = true
	}
	if arts := h.Articles(); len(arts) != len(seen) {
		t.Errorf("Articles lists %d, the passages are in %d", len(arts), len(seen))
	}
}

// TestSearchFindCancelled stops at a cancelled context.
func TestSearchFindCancelled(t *testing.T) {
	ix := NewIndex(bruteCorpus(50, 5))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ix.Find(ctx, `"xi jinping"`); !errors.Is(err, context.Canceled) {
		t.Errorf("Find with a cancelled context: %v", err)
	}
}

// FuzzSearchAgreesWithBruteForce searches the generated corpus for any
// query: the index finds what a scan of every paragraph finds.
func FuzzSearchAgreesWithBruteForce(f *testing.F) {
	for _, q := range bruteQueries {
		f.Add(q)
	}
	c := bruteCorpus(40, 6)
	ix := NewIndex(c)
	f.Fuzz(func(t *testing.T, query string) {
		want, _ := bruteSearch(ix, c, query)
		res := ix.Search(query)
		var got []string
		for _, p := range res.Passages {
			got = append(got, fmt.Sprintf("%s/%d", p.Article.ID, p.Paragraph))
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q: the index finds %v, a scan %v", query, got, want)
		}
		checkMatches(t, res)
	})
}
