package discover

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/caravan-analytics/caravan/data"
)

// storyWindow is how far apart two events sharing a name may lie and still
// be one storyline: about a month, the time a summit's preparations, the
// summit and its aftermath take.
const storyWindow = 31 * 24 * time.Hour

// storySpan is the longest a storyline lasts, from its first day to its
// last: two windows, a vote and the inauguration weeks after it, or a
// summit, its preparations and its aftermath. Without it one name after
// another chained a corpus's whole year into one lane ("Crash in Aktau and
// 112 related events, 2023–Mar 2025", on the 557 eval reports).
const storySpan = 2 * storyWindow

// commonShare is the share of events above which a name is too common to
// tie a storyline ("Russia" in a corpus about Russia).
const commonShare = 0.25

// findStorylines gives every discovered event without a storyline a lane:
// events that share a place or an actor and lie within storyWindow of one
// another are one storyline. A storyline with a catalogue event keeps the
// catalogue's lane; otherwise a new one is made with a generated title.
// Events alone stay in the "other" lane. It returns the new storylines.
func findStorylines(events []*data.Event, byID map[string]*data.Name) []data.Storyline {
	var live []*data.Event
	for _, e := range events {
		if !e.Unsupported() && !e.Span.Start.IsZero() {
			live = append(live, e)
		}
	}
	slices.SortStableFunc(live, func(a, b *data.Event) int { return a.Span.From().Compare(b.Span.From()) })
	uses := map[string]int{}
	for _, e := range live {
		for _, n := range namesOf(e) {
			uses[n]++
		}
	}
	tooCommon := func(n string) bool {
		return len(live) >= 8 && float64(uses[n]) > commonShare*float64(len(live))
	}

	parent := make([]int, len(live))
	// Each group's first and last day, kept at its root: a storyline
	// spans at most storySpan.
	first, until := make([]time.Time, len(live)), make([]time.Time, len(live))
	for i, e := range live {
		parent[i] = i
		first[i], until[i] = e.Span.From(), e.Span.To()
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	type seen struct {
		index int
		until time.Time
	}
	last := map[string]seen{}
	for i, e := range live {
		names := namesOf(e)
		for _, n := range names {
			if tooCommon(n) {
				continue
			}
			if s, ok := last[n]; ok && !e.Span.From().After(s.until.Add(storyWindow)) && storyTie(e, live[s.index], names, tooCommon) {
				a, b := find(i), find(s.index)
				from, to := first[a], until[a]
				if first[b].Before(from) {
					from = first[b]
				}
				if until[b].After(to) {
					to = until[b]
				}
				if a != b && !to.After(from.Add(storySpan)) {
					r := min(a, b)
					parent[max(a, b)] = r
					first[r], until[r] = from, to
				}
			}
			if s, ok := last[n]; !ok || e.Span.To().After(s.until) {
				last[n] = seen{i, e.Span.To()}
			} else {
				last[n] = seen{i, s.until}
			}
		}
	}
	groups := map[int][]*data.Event{}
	var roots []int
	for i := range live {
		r := find(i)
		if groups[r] == nil {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], live[i])
	}
	var out []data.Storyline
	for _, r := range roots {
		g := groups[r]
		lane := catalogueLane(g)
		if lane == "" {
			discovered := 0
			for _, e := range g {
				if e.Source == data.EventFromText {
					discovered++
				}
			}
			if len(g) < 2 || discovered == 0 {
				continue
			}
			s := data.Storyline{ID: "story-" + strings.TrimPrefix(g[0].ID, "ev-"), Title: storyTitle(g, byID)}
			out = append(out, s)
			lane = s.ID
		}
		for _, e := range g {
			if e.Source == data.EventFromText {
				e.Storyline = lane
			}
		}
	}
	return out
}

// storyTie reports whether event e, whose names are names, and an earlier
// event o that shares one of them tell one story: they share two names
// (neither too common), or one and a kind akin, or the one place both
// happened in, a town or a region, when both are what leaders do or both
// are not (an offensive in Nagorno-Karabakh, its ceasefire and the arrests
// that followed; a final in Paris and its awards; not a summit in Astana
// and a flood there). One person or one country alone ties nothing:
// Putin's talks in Astana and in Moscow, a vote in Russia and a fire in
// Moscow are stories of their own.
func storyTie(e, o *data.Event, names []string, tooCommon func(string) bool) bool {
	others := namesOf(o)
	shared := 0
	for _, n := range names {
		if !tooCommon(n) && slices.Contains(others, n) {
			shared++
		}
	}
	if shared >= 2 {
		return true
	}
	a, b := Kind(e.Kind), Kind(o.Kind)
	leaders := func(k Kind) bool { return k == Summit || diplomatic(k) }
	return shared == 1 && (a == b || akin(a, b) || leaders(a) == leaders(b) && e.Place != "" && e.Place == o.Place && !countries()[e.Place])
}

// catalogueLane returns the storyline most catalogue events of the group
// are in, or "".
func catalogueLane(g []*data.Event) string {
	count := map[string]int{}
	for _, e := range g {
		if e.Source == data.EventFromCatalogue && e.Storyline != "" && e.Storyline != data.OtherStoryline {
			count[e.Storyline]++
		}
	}
	if ids := topNames(count, 1); len(ids) > 0 {
		return ids[0]
	}
	return ""
}

func namesOf(e *data.Event) []string {
	out := slices.Clone(e.Actors)
	if e.Place != "" && !slices.Contains(out, e.Place) {
		out = append(out, e.Place)
	}
	return out
}

// storyTitle names a storyline by its main event and its months: the
// event most articles tell of (not a weak one, nor a mere "event" when
// another is known), "Referendum in Kazakhstan and 2 related events, Oct
// 2024" — a reader knows at once what the lane is about.
func storyTitle(g []*data.Event, byID map[string]*data.Name) string {
	main := g[0]
	better := func(e *data.Event) bool {
		rank := func(e *data.Event) [3]int {
			r := [3]int{0, 0, e.Strength.Articles}
			if !e.Strength.Weak {
				r[0] = 1
			}
			if Kind(e.Kind) != Happening {
				r[1] = 1
			}
			return r
		}
		a, b := rank(e), rank(main)
		return a[0] > b[0] || (a[0] == b[0] && (a[1] > b[1] || (a[1] == b[1] && a[2] > b[2])))
	}
	for _, e := range g[1:] {
		if better(e) {
			main = e
		}
	}
	first, last := g[0].Span.Start, g[0].Span.Last()
	for _, e := range g {
		if e.Span.Start.Before(first) {
			first = e.Span.Start
		}
		if last.Before(e.Span.Last()) {
			last = e.Span.Last()
		}
	}
	when := monthYear(first)
	switch w := monthYear(last); {
	case w == when:
	case first.Year == last.Year && first.Precision == data.Year:
		// "2021" and "Apr 2021": the months say it.
		when = w
	case first.Year == last.Year && last.Precision == data.Year:
	default:
		when += "–" + w
	}
	title := main.Title
	if title == "" {
		title = "Events"
	}
	switch n := len(g) - 1; {
	case n == 1:
		title += " and 1 related event"
	case n > 1:
		title += fmt.Sprintf(" and %d related events", n)
	}
	return fmt.Sprintf("%s, %s", title, when)
}

func monthYear(d data.Date) string {
	if d.Precision == data.Year {
		return fmt.Sprint(d.Year)
	}
	return d.Start().Format("Jan 2006")
}

// sortByStart orders events by start, then id.
func sortByStart(events []*data.Event) {
	slices.SortStableFunc(events, func(a, b *data.Event) int {
		as, bs := a.Span.Start, b.Span.Start
		if as.Before(bs) != bs.Before(as) {
			if as.Before(bs) {
				return -1
			}
			return 1
		}
		return cmp.Compare(a.ID, b.ID)
	})
}
