package app

import (
	"slices"
	"testing"
)

func TestFilterMatches(t *testing.T) {
	c := winCorpus()
	tests := []struct {
		name         string
		state        filterState
		wantEvents   []string
		wantArticles []string
	}{
		{"nothing filtered", filterState{}, []string{"unrest", "visit", "summit", "talks", "year"}, []string{"nl-unrest", "de-visit", "ar-visit"}},
		{"storyline", filterState{Storyline: "unrest"}, []string{"unrest"}, []string{"nl-unrest"}},
		{"actor", filterState{Actor: "tokayev"}, []string{"unrest", "visit"}, []string{"nl-unrest", "de-visit", "ar-visit"}},
		{"place", filterState{Place: "samarkand"}, []string{"summit"}, []string{"nl-unrest", "de-visit", "ar-visit"}},
		{"language", filterState{Language: "ar"}, []string{"visit", "summit"}, []string{"ar-visit"}},
		{"search on titles", filterState{Query: "KAZAKHSTAN"}, []string{"unrest", "visit"}, []string{"nl-unrest", "de-visit", "ar-visit"}},
		{"search and language", filterState{Query: "unrest", Language: "nl"}, []string{"unrest"}, []string{"nl-unrest"}},
		{"nothing found", filterState{Query: "zzz"}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFilter(c, tt.state, newCorpusSearch(c))
			var events, articles []string
			for _, e := range c.Events {
				if f.eventMatches(e) {
					events = append(events, e.ID)
				}
			}
			for _, a := range c.Articles {
				if f.articleMatches(a) {
					articles = append(articles, a.ID)
				}
			}
			if !slices.Equal(events, tt.wantEvents) {
				t.Errorf("events = %v, want %v", events, tt.wantEvents)
			}
			if !slices.Equal(articles, tt.wantArticles) {
				t.Errorf("articles = %v, want %v", articles, tt.wantArticles)
			}
		})
	}
}

func TestFilterPredicatesDimOrHide(t *testing.T) {
	c := winCorpus()
	visit := c.Event("visit")
	unrest := c.Event("unrest")

	if v, d := newFilter(c, filterState{}, nil).timelinePredicates(); v != nil || d != nil {
		t.Error("with nothing filtered the timeline should get nil predicates")
	}
	v, d := newFilter(c, filterState{Storyline: "sco"}, nil).timelinePredicates()
	if v != nil || d == nil || d(visit) || !d(unrest) {
		t.Error("by default what does not match is dimmed, not hidden")
	}
	v, d = newFilter(c, filterState{Storyline: "sco", Hide: true}, nil).timelinePredicates()
	if d != nil || v == nil || !v(visit) || v(unrest) {
		t.Error("with Hide what does not match is hidden")
	}
}

func TestChoicesFor(t *testing.T) {
	fc := choicesFor(winCorpus())
	labels := func(cs []choice) []string {
		var out []string
		for _, c := range cs {
			out = append(out, c.Label)
		}
		return out
	}
	if got := labels(fc.Storylines); !slices.Equal(got, []string{"Kazakh unrest", "SCO summit"}) {
		t.Errorf("storylines = %v", got)
	}
	if got := labels(fc.Actors); !slices.Equal(got, []string{"Kassym-Jomart Tokayev", "Xi Jinping"}) {
		t.Errorf("actors = %v", got)
	}
	if got := labels(fc.Places); !slices.Equal(got, []string{"Almaty", "Samarkand"}) {
		t.Errorf("places = %v", got)
	}
	if got := labels(fc.Languages); !slices.Equal(got, []string{"ar — Arabic", "de — German", "nl — Dutch"}) {
		t.Errorf("languages = %v", got)
	}
	if empty := choicesFor(nil); len(empty.Storylines)+len(empty.Actors)+len(empty.Places)+len(empty.Languages) != 0 {
		t.Error("no corpus, no choices")
	}
}
