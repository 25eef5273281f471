package discover

import "github.com/caravan-analytics/caravan/data"

// A country votes once on a day: the reports of one election that
// grouping left in two clusters of the same day — greedy, it put each
// report where its names scored most, and the one that came first
// changed the scores of the next (o24_de's "Parlamentswahl vom 4.
// Oktober" stood beside the four-report "Kyrgyzstan parliamentary
// election" of 4 October 2020, both placed in Kyrgyzstan) — are one
// event. joinPollingDays joins the day-precise clusters of one vote kind
// (an election, a referendum) of the same one country: the one their own
// words place them in (see placing: a city or the country itself), or,
// when they name none, the one their reports are about (Cluster.home:
// "the vote" of a Kyrgyz report is Kyrgyzstan's). Look-alikes stay apart:
// another day, another country, a referendum beside an election, a
// cluster placed in two countries.
func joinPollingDays(clusters []*Cluster, byID map[string]*data.Name) []*Cluster {
	type key struct {
		kind     Kind
		from, to day
		country  string
	}
	first := map[key]*Cluster{}
	gone := folded{}
	for _, cl := range clusters {
		if cl.Span.Precision() != data.Day || (cl.kind != Election && cl.kind != Referendum) {
			continue
		}
		country := cl.home // the country its reports are about
		if p, ok := placing(cl, byID); ok && p.level >= byCountry {
			country = ""
			if len(p.countries) == 1 {
				country = p.countries[0]
			}
		}
		if country == "" || country == anywhere {
			continue
		}
		k := key{cl.kind, cl.from, cl.to, country}
		into, seen := first[k]
		if !seen {
			first[k] = cl
			continue
		}
		gone.fold(into, cl)
	}
	return gone.left(clusters)
}
