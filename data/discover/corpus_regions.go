package discover

import (
	"io/fs"
	"sync"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/knowledge"
)

// A region of several countries ("Central Asia", "the Caucasus", "Europe",
// "the Caspian") is no name to look up the year of an occasion under: the
// meetings of a region's states, its summits and forums recur every year
// and move from capital to capital. Told with "Central Asian heads of
// state" alone, the consultative meeting in Astana on Friday 9 August 2024
// took the year of the one in Avaza on Friday 6 August 2021 (eval u13_uz,
// and u12_kk and u15_tg through it). A report that shares a country, a
// city, a person or an organisation with the other is still looked up
// under those. The shipped calendar is: its summits of a region's
// organisation (the five Central Asian states' consultative meetings,
// C5+1, China–Central Asia) are filed under the region with their
// cities and days, curated, and a sentence reaches them only by naming
// the summit or its body ("the heads of state of Central Asia", see
// corpus_calendar_names.go); the 2021 and the 2024 meetings are told
// apart by their cities. So under a region only the calendar is asked.

// shippedRegions are the places of the shipped lists that lie in no
// country and are none: regions, seas, routes (see regionsOf).
var shippedRegions = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	matches, _ := fs.Glob(knowledge.FS, "places*.toml")
	for _, file := range matches {
		b, err := fs.ReadFile(knowledge.FS, file)
		if err != nil {
			continue
		}
		names, err := data.ParseNames(file, b)
		if err != nil {
			continue // the tests of the shipped lists say why
		}
		for _, id := range regionsOf(names, countries()) {
			set[id] = true
		}
	}
	return set
})

// regionsOf returns the ids of names that are places of no country, not
// countries themselves (isCountry), and that nothing of names belongs to.
func regionsOf(names []*data.Name, isCountry map[string]bool) []string {
	hasMembers := map[string]bool{}
	for _, n := range names {
		if n.Country != "" {
			hasMembers[n.Country] = true
		}
	}
	var out []string
	for _, n := range names {
		if n.Kind == data.Place && n.Country == "" && !isCountry[n.ID] && !hasMembers[n.ID] {
			out = append(out, n.ID)
		}
	}
	return out
}

// regionOfOccasion reports whether id is a shipped region (see
// shippedRegions) and probe tells of an occasion (a visit, talks, a
// meeting, a summit, a signing): under such a name the folder's reports
// give the probe no year, the calendar's summits still may. A contest's "champions of Europe" still may: a final is
// played once a year, and its day tells it.
func (x *Extractor) regionOfOccasion(probe *Candidate, id string) bool {
	return occasion(probe.Kind()) && shippedRegions()[id] && !x.located(id)
}
