package discover

import (
	"slices"

	"github.com/caravan-analytics/caravan/data"
)

// otherHosts reports whether probe and a source that names the people of
// who tell of two occasions with different hosts: each side names a
// person of one country whom the other side does not name, and no person
// of that country is named by both — each side in its sentence or its
// report's lead ("iki lider … görüşmeye başkanlık etti" names the two
// leaders in the lead above it; "Putin war am Morgen eingetroffen" names
// Battulga in the title). Putin received by Battulga in Ulaanbaatar (3
// September 2019, a Tuesday) is not Putin received by Khurelsukh there (3
// September 2024, a Tuesday too), though the guest, the city and the day
// of the month are one (eval u11_de, put in 2024 by u10_tr and u06_en);
// Putin, named by both, is the guest, and Russia no host. A source that
// names no one of that country, or the same person, can be the same
// occasion.
func (x *Extractor) otherHosts(probe *Candidate, who parties, src *data.Article) bool {
	theirs := who.people
	if src != nil {
		theirs = slices.Concat(theirs, x.leadPeopleOf(src))
	}
	if len(theirs) == 0 {
		return false
	}
	mine := slices.Concat(probe.People(), x.leadPeopleOf(probe.Article))
	var both []string // the countries of the people both sides name
	for _, p := range mine {
		if slices.Contains(theirs, p) {
			both = append(both, x.countryOf(p))
		}
	}
	for _, p := range mine {
		home := x.countryOf(p)
		if slices.Contains(theirs, p) || slices.Contains(both, home) || x.country[p] == "" {
			continue
		}
		if slices.ContainsFunc(theirs, func(q string) bool { return x.countryOf(q) == home && !slices.Contains(mine, q) }) {
			return true
		}
	}
	return false
}

// leadParties is how many paragraphs from the top of a source's report
// (its title and lead) name the people its other sentences speak of as
// "the two leaders".
const leadParties = 3

// leadPeopleOf returns the people article a names in its first
// leadParties paragraphs, sorted, once each; read once per article.
//
// The lead is read outside the lock: the corpus-year pass's workers ask
// for leads all the time, and with the scan under the lock (1.5 CPU-s
// at 100,000 articles) one worker waited for the other. What a lead
// names depends on its text and language alone, which the pass never
// changes, so two workers reading the same lead at once find the same
// people, and the first stored is kept.
func (x *Extractor) leadPeopleOf(a *data.Article) []string {
	x.leadsMu.RLock()
	got, ok := x.leads[a]
	x.leadsMu.RUnlock()
	if ok {
		return got
	}
	got = x.readLeadPeople(a)
	x.leadsMu.Lock()
	defer x.leadsMu.Unlock()
	if first, ok := x.leads[a]; ok {
		return first
	}
	if x.leads == nil {
		x.leads = map[*data.Article][]string{}
	}
	x.leads[a] = got
	return got
}

// readLeadPeople is leadPeopleOf without the memo. Its name scanner
// comes from a pool: a fresh one per lead grew its buffers and its table
// of known words from nothing each time (allocation was a third of the
// samples of leadPeopleOf in a CPU profile at 100,000 articles, where 38 %
// of the articles' leads are read).
func (x *Extractor) readLeadPeople(a *data.Article) []string {
	r, _ := x.leadReaders.Get().(*leadReader)
	if r == nil {
		r = &leadReader{names: x.names.Scanner()}
	}
	defer x.leadReaders.Put(r)
	s := r.names.In(a)
	defer s.In(nil)
	r.people = r.people[:0]
	for pi, p := range a.Paragraphs {
		if pi >= leadParties {
			break
		}
		r.found = s.Find(p.Text, p.Start, r.found[:0])
		_, actors := splitNames(r.found)
		for _, id := range actors {
			if !x.orgs[id] && x.country[id] != "" {
				r.people = append(r.people, id)
			}
		}
	}
	return sortedSet(r.people) // a copy: r.people is scratch
}

// leadReader is readLeadPeople's name scanner and scratch space, kept in
// Extractor.leadReaders between leads.
type leadReader struct {
	names  *data.NameScanner
	found  []data.Match
	people []string
}
