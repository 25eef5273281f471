package discover

import (
	"io/fs"
	"runtime"
	"sync"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/knowledge"
)

// Nothing but a kind and a date ties a statement that names no one ("the
// vote on Sunday") to an event: it joins the one event of its kind on
// exactly its date. On a day of two votes in two countries told by
// reports of each, the one event may be the other country's (a Georgian
// report's "the elections" on 28 October joined the Uzbek parliamentary
// vote's results told from Tashkent that day). The country an article is
// about tells them apart: a statement without names, of a single day,
// joins no event whose reports are all about another country.

// articleHomes returns, by the article's order, the country each
// article's candidates name most ("" when they name none): cands are in
// the order extraction gives them, an article's together. Articles are
// each their own, so parts of them are read on every core.
func articleHomes(cands []*Candidate) []string {
	n := 0
	for _, c := range cands {
		n = max(n, c.Order+1)
	}
	home := make([]string, n)
	parts := articleParts(cands, 4*runtime.GOMAXPROCS(0))
	onEveryCore(len(parts), func() func(int) {
		count := map[string]int{}
		return func(p int) { homesIn(parts[p], home, count) }
	})
	return home
}

// homesIn is articleHomes for the articles of cands, which hold every
// candidate of each, written into home; count is scratch space.
func homesIn(cands []*Candidate, home []string, count map[string]int) {
	for i := 0; i < len(cands); {
		j := i + 1
		for j < len(cands) && cands[j].Article == cands[i].Article {
			j++
		}
		clear(count)
		for _, c := range cands[i:j] {
			for _, id := range c.Places() {
				if countries()[id] {
					count[id]++
				}
			}
		}
		if len(count) == 0 {
			// A report that names no country is about the country of
			// the cities it names, its dateline's among them: f01_fa,
			// filed from Tehran, tells Iran's runoff and its first round
			// "on 8 Tir" without naming Iran, and that first round joined
			// Mongolia's election of the same day.
			for _, c := range cands[i:j] {
				for _, id := range c.Places() {
					if country := placeCountries()[id]; country != "" {
						count[country]++
					}
				}
			}
		}
		if top := topNames(count, 1); len(top) > 0 && cands[i].Order >= 0 {
			home[cands[i].Order] = top[0]
		}
		i = j
	}
}

// placeCountries maps the shipped cities and provinces to their country.
var placeCountries = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	b, err := fs.ReadFile(knowledge.FS, "places.toml")
	if err != nil {
		return m
	}
	names, err := data.ParseNames("places.toml", b)
	if err != nil {
		return m
	}
	for _, n := range names {
		if n.Country != "" {
			m[n.ID] = n.Country
		}
	}
	return m
})

// sameHome reports whether candidate c's article may be about the same
// country as cluster cl's: either is unknown, the cluster's reports are
// about several countries (an international event, as likely as any to
// be c's), or they are one.
func (g *grouper) sameHome(cl *Cluster, c *Candidate) bool {
	// A month or a year has events in many countries, and a statement
	// that places its event no closer is joined as before.
	if c.Span().Precision() != data.Day || !c.Span().End.IsZero() {
		return true
	}
	if c.Order < 0 || c.Order >= len(g.home) || g.home[c.Order] == "" || cl.home == "" || cl.home == "*" {
		return true
	}
	return cl.home == g.home[c.Order]
}
