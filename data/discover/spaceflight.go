package discover

import "github.com/caravan-analytics/caravan/data"

// A launch or a landing of a spacecraft happens at one place — a spaceport,
// a site on the Moon — that reports give as precisely as they know it: "from
// the Wenchang spaceport" in one, "China launched" in another. On one day,
// the launch told by its country is the launch told by its spaceport, as a
// protest told by its country is the one told by its city (joinWithin):
// Chang'e-5's launch of 24 November 2020 was "Rocket launch in Wenchang"
// (zh, ru) and "Rocket launch in China" (pl, ru), its Moon landing of 1
// December two "Moon landing" events, one placed by the paragraph's
// spaceport and one by "Китайский". A launch and a landing stay apart.

// spaceflight reports whether cl's event is a launch or a landing of a
// spacecraft: an opening its members refine as one.
func spaceflight(cl *Cluster) bool {
	return cl.kind == Opening && spaceSteps(cl) != 0
}

// spaceSteps returns which of launch (1) and landing (2) cl's members name.
func spaceSteps(cl *Cluster) int {
	set := 0
	for _, m := range cl.Members {
		if m.quals.has(qLaunch) {
			set |= 1
		}
		if m.quals.has(qLanding) {
			set |= 2
		}
	}
	return set
}

// sameSpaceStep reports whether two clusters may be one launch or one
// landing: unless both are spaceflights, nothing here keeps them apart
// (rockets also refine a shelling as a launch: a battle's clusters are
// no spaceflights); if both are, they name one step in common.
func sameSpaceStep(a, b *Cluster) bool {
	if !spaceflight(a) || !spaceflight(b) {
		return true
	}
	return spaceSteps(a)&spaceSteps(b) != 0
}

// joinSpaceflights joins the day clusters of one launch or one landing
// that joinWithin leaves apart because neither is placed more precisely
// than the other: Chang'e-5's Moon landing of 1 December 2020 was told by
// a Chinese report placed by nothing but its paragraph's spaceport and by
// a Russian one whose only place, "Китайский", is the craft's adjective —
// two "Moon landing" events. A spacecraft lands on the Moon or lifts off
// once on a day: the clusters of the same single step on one day join
// when they are placed in one country at most between them (placing).
func joinSpaceflights(clusters []*Cluster, byID map[string]*data.Name) []*Cluster {
	type key struct {
		step     int
		from, to day
	}
	type group struct {
		into    *Cluster
		country string
	}
	first := map[key]*group{}
	gone := folded{}
	for _, cl := range clusters {
		step := spaceSteps(cl)
		if cl.Span.Precision() != data.Day || cl.kind != Opening || (step != 1 && step != 2) {
			continue
		}
		country := ""
		if p, ok := placing(cl, byID); !ok || len(p.countries) > 1 {
			continue
		} else if p.level > byNothing {
			country = p.countries[0]
		}
		k := key{step, cl.from, cl.to}
		g := first[k]
		switch {
		case g == nil:
			first[k] = &group{cl, country}
		case g.country != "" && country != "" && g.country != country:
			// Two countries' craft: nothing tells they are one.
		default:
			gone.fold(g.into, cl)
			if g.country == "" {
				g.country = country
			}
		}
	}
	return gone.left(clusters)
}
