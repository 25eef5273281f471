package discover

import (
	"github.com/caravan-analytics/caravan/data"
)

// A fire, a flood or a battle is told by one report with the city or the
// province it struck ("a fire at the Kostenko mine in the Karaganda
// region") and by another with the country alone ("the Emergencies
// Ministry of Kazakhstan said the fire broke out early on 28 October").
// Grouping joins candidates by a name they share, and the report that
// names only the country made an event of its own: "Fire in Kazakhstan"
// beside "Fire in Karaganda", the same day. joinWithin joins such a
// country-only event to the one event of its kind that day placed in a
// city or province of that country. Look-alikes stay apart: when two
// events of the kind that day lie in cities of the country, nothing tells
// which one the country-only report is of; a city of another country is
// another event; an earthquake is no flood (the refinements must agree).

// ground reports whether events of kind k happen at a spot of a country,
// where reports name the spot or the country alone.
func ground(k Kind) bool { return killing(k) || k == Protest }

// joinWithin applies the rule above to the day-precise clusters of ground
// kinds. byID gives each place its country. The clusters keep their
// order; the city's cluster takes the country's members.
func joinWithin(clusters []*Cluster, byID map[string]*data.Name) []*Cluster {
	type key struct {
		kind     Kind
		from, to day
		country  string
	}
	cities := map[key][]*Cluster{} // clusters placed in a city of country
	var countryOnly []*Cluster
	placesOf := map[*Cluster][]string{}
	for _, cl := range clusters {
		if cl.Span.Precision() != data.Day || !ground(cl.kind) {
			continue
		}
		places := groundPlaces(cl)
		if len(places) == 0 {
			continue
		}
		placesOf[cl] = places
		local := map[string]bool{}
		for _, id := range places {
			if n := byID[id]; n != nil && n.Country != "" {
				local[n.Country] = true
			}
		}
		if len(local) == 0 {
			if allCountries(places) {
				countryOnly = append(countryOnly, cl)
			}
			continue
		}
		for country := range local {
			k := key{cl.kind, cl.from, cl.to, country}
			cities[k] = append(cities[k], cl)
		}
	}
	gone := map[*Cluster]bool{}
	for _, cl := range countryOnly {
		var into *Cluster
		n := 0
		for _, country := range placesOf[cl] {
			for _, c := range cities[key{cl.kind, cl.from, cl.to, country}] {
				if c != into && !gone[c] && sameRefinement(cl, c) {
					into = c
					n++
				}
			}
		}
		if n != 1 {
			continue // none, or two: nothing tells which
		}
		for _, m := range cl.Members {
			if m.Undated {
				into.Members = append(into.Members, m)
			} else {
				into.add(m)
			}
		}
		gone[cl] = true
	}
	if len(gone) == 0 {
		return clusters
	}
	out := clusters[:0]
	for _, cl := range clusters {
		if !gone[cl] {
			out = append(out, cl)
		}
	}
	return out
}

// groundPlaces returns the places a cluster's dated members name, once
// each, datelines left out: where the report was filed is not where it
// happened.
func groundPlaces(cl *Cluster) []string {
	var out []string
	seen := map[string]bool{}
	for _, m := range cl.Members {
		if m.Undated {
			continue
		}
		for _, id := range m.Places() {
			if id != m.Dateline() && !seen[id] {
				seen[id] = true
				out = append(out, id)
			}
		}
	}
	return out
}

// allCountries reports whether every place of ids is a country.
func allCountries(ids []string) bool {
	for _, id := range ids {
		if !countries()[id] {
			return false
		}
	}
	return true
}

// sameRefinement reports whether two clusters' refinements of what
// happened agree: an earthquake is no flood. A cluster that names none
// agrees with any.
func sameRefinement(a, b *Cluster) bool {
	qa, qb := refinements(a), refinements(b)
	if qa == 0 || qb == 0 {
		return true
	}
	return qa&qb != 0
}

// refinements returns the set of the disaster refinements a cluster's
// members name, one bit each.
func refinements(cl *Cluster) int {
	set := 0
	for _, m := range cl.Members {
		for q := range m.quals.all() {
			for i, r := range []qualifier{qEarthquake, qFlood, qHeat, qFire, qEclipse, qOffensive} {
				if q == r {
					set |= 1 << i
				}
			}
		}
	}
	return set
}
