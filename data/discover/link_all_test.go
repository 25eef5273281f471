package discover

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"runtime"
	"testing"

	"github.com/caravan-analytics/caravan/data"
)

// TestLinkAllAsInOnePass makes the links of generated events on every
// core and in one pass: every article's links, their order and evidence,
// are the same. The events share articles and paragraphs, list a passage
// twice and link some both as listed and not, so that an article's links
// depend on the order in which events are taken.
func TestLinkAllAsInOnePass(t *testing.T) {
	for _, workers := range []int{2, 3, 8} {
		t.Run(fmt.Sprint(workers), func(t *testing.T) {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(workers))
			one, many := linkFixture(3*minLinkShard), linkFixture(3*minLinkShard)
			for _, l := range one.links {
				linkArticles(l.event, l.listed, nil)
				linkPending(l.event, l.unlisted, nil)
			}
			linkAll(many.articles, many.links)
			linked := 0
			for i := range one.articles {
				a, b := one.articles[i].Links, many.articles[i].Links
				if !reflect.DeepEqual(a, b) {
					t.Fatalf("article %d: linked in one pass %v, on every core %v", i, a, b)
				}
				linked += len(a)
			}
			if linked < len(one.articles) {
				t.Fatalf("only %d links for %d articles: the fixture links too little", linked, len(one.articles))
			}
		})
	}
}

type linkCase struct {
	articles []*data.Article
	links    []eventLinks
}

// linkFixture makes n articles and 200 events whose passages fall on them
// at random (the same random choices at every call).
func linkFixture(n int) linkCase {
	r := rand.New(rand.NewPCG(9, 9))
	var f linkCase
	for i := range n {
		f.articles = append(f.articles, &data.Article{ID: fmt.Sprintf("a%05d", i)})
	}
	for k := range 200 {
		e := &data.Event{ID: fmt.Sprintf("ev-%d", k%150)} // some ids twice: their links are one
		l := eventLinks{event: e}
		for range r.IntN(600) {
			a := f.articles[r.IntN(n)]
			p := r.IntN(3)
			ev := []data.Match{{Start: r.IntN(100), Kind: data.EvidenceDate}}
			if r.IntN(2) == 0 {
				l.listed = append(l.listed, data.Excerpt{Article: a.ID, ArticleRef: a, Paragraph: p, Evidence: ev})
			} else {
				l.unlisted = append(l.unlisted, pendingLink{a, p, ev})
			}
		}
		f.links = append(f.links, l)
	}
	return f
}
