package project

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// Conflict is a question two analysts answered differently: the decisions
// of each side about it, and which side was kept.
type Conflict struct {
	Key  string     // what they disagree about, e.g. "event e1 title"
	A, B []Decision // each side's decisions about it
	Kept string     // "a" or "b"
}

// String describes the conflict in one line.
func (c Conflict) String() string {
	last := func(ds []Decision) string { return ds[len(ds)-1].Describe() }
	return fmt.Sprintf("%s: A %s, B %s; kept %s", c.Key, last(c.A), last(c.B), strings.ToUpper(c.Kept))
}

// Merge combines two analysts' projects of the same corpus: the union of
// their decisions by id, in time order (A first on ties). Decisions that
// are the same apart from id, time and author count once. Where both set
// the same field of the same thing to different values, the losing side's
// decisions about it are left out and the conflict is listed; A wins
// unless preferB.
func Merge(a, b *Project, preferB bool) (*Project, []Conflict) {
	ka, kb := lastValues(a.Decisions), lastValues(b.Decisions)
	var conflicts []Conflict
	drop := map[string]bool{} // conflict keys whose loser's decisions are dropped
	for _, key := range sortedKeys(ka) {
		va, okA := ka[key]
		vb, okB := kb[key]
		if !okA || !okB || va.value == vb.value {
			continue
		}
		c := Conflict{Key: key, A: va.all, B: vb.all, Kept: "a"}
		if preferB {
			c.Kept = "b"
		}
		conflicts = append(conflicts, c)
		drop[key] = true
	}
	keep := func(d Decision, side string) bool {
		k, _ := conflictKey(d)
		if k == "" || !drop[k] {
			return true
		}
		return (side == "b") == preferB
	}
	out := &Project{Corpus: a.Corpus}
	if out.Corpus == "" {
		out.Corpus = b.Corpus
	}
	// Within one side a repeated decision is deliberate (tag, untag, tag);
	// across sides the same decision is one decision made twice.
	ids := map[string]bool{}
	inA := map[string]bool{}
	for _, d := range a.Decisions {
		if !ids[d.ID] && keep(d, "a") {
			ids[d.ID], inA[signature(d)] = true, true
			out.Decisions = append(out.Decisions, d)
		}
	}
	for _, d := range b.Decisions {
		if !ids[d.ID] && !inA[signature(d)] && keep(d, "b") {
			ids[d.ID] = true
			out.Decisions = append(out.Decisions, d)
		}
	}
	// Stable: A's decisions come first among equal times, and each side's
	// own order is kept.
	slices.SortStableFunc(out.Decisions, func(x, y Decision) int { return x.Time.Compare(y.Time) })
	return out, conflicts
}

// lastValue is the value a side last gave to a conflict key, with all of
// that side's decisions about the key.
type lastValue struct {
	value string
	all   []Decision
}

func lastValues(ds []Decision) map[string]lastValue {
	out := map[string]lastValue{}
	for _, d := range ds {
		k, v := conflictKey(d)
		if k == "" {
			continue
		}
		lv := out[k]
		lv.value = v
		lv.all = append(lv.all, d)
		out[k] = lv
	}
	return out
}

// conflictKey returns the question a decision answers and its answer, for
// decisions that set a value; decisions that add (notes, new events,
// merges, splits) answer no single question and never conflict: they all
// apply, and the ones the corpus no longer allows are reported by Apply.
func conflictKey(d Decision) (key, value string) {
	switch d.Op {
	case EventRename:
		return "event " + d.Event + " title", d.Title
	case EventSummary:
		return "event " + d.Event + " summary", d.Summary
	case EventDate:
		return "event " + d.Event + " date", strings.Join([]string{d.Start, d.End, d.Earliest, d.Latest}, "|")
	case EventStoryline:
		return "event " + d.Event + " storyline", d.Storyline
	case EventPlace:
		return "event " + d.Event + " place", d.Place
	case EventActors:
		return "event " + d.Event + " actors", strings.Join(d.Actors, "|")
	case EventHide, EventRestore:
		return "event " + d.Event + " shown", string(d.Op)
	case EventStatus:
		return "event " + d.Event + " status", d.Status
	case LinkAdd, LinkRemove:
		return "link " + d.Event + " " + d.passage(), string(d.Op)
	case StorylineRename:
		return "storyline " + d.Storyline + " title", d.Title
	case StorylineOrder:
		return "storyline order", strings.Join(d.Order, "|")
	case StorylineHide, StorylineRestore:
		return "storyline " + d.Storyline + " shown", string(d.Op)
	case ArticleDate:
		return "article " + d.Article + " date", d.Date + "|" + d.Reason
	case ArticleMark:
		return "article " + d.Article + " mark", d.Mark
	case Star, Unstar:
		return d.Target().String() + " star", string(d.Op)
	case Tag, Untag:
		return d.Target().String() + " tag " + d.Tag, string(d.Op)
	case DeckSlides:
		return "deck slides", strings.Join(d.Slides, "|")
	case StorylineDefine:
		return "storyline " + d.Storyline + " declaration", d.Title
	case EventDefine:
		// fmt prints a map's keys sorted: the same terms read the same.
		return "event " + d.Event + " declaration", fmt.Sprintf("%q", []any{d.Title, d.Start, d.End, d.Storyline,
			d.Place, d.Actors, d.Summary, d.Terms})
	case StorylineWithdraw:
		return "storyline " + d.Storyline + " declaration", "withdrawn"
	case EventWithdraw:
		return "event " + d.Event + " declaration", "withdrawn"
	}
	return "", ""
}

// signature is the decision without its id, time and author: two analysts
// who made the same decision made it once.
func signature(d Decision) string {
	d.ID, d.Author = "", ""
	d.Time = time.Time{}
	return fmt.Sprintf("%v", normalized(d))
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
