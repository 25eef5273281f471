package project

import (
	"fmt"
	"slices"

	"github.com/caravan-analytics/caravan/data"
)

// Session is a project open on a computed corpus: the current curated
// state, and the states undo and redo return to. Every state is the
// computed corpus with a prefix of the decisions applied; the recent ones
// are kept (they share all untouched articles and events), so that undo
// and redo swap a pointer instead of replaying the project.
type Session struct {
	Base    *data.Corpus
	Project *Project
	cache   map[string]*Result // by the id of the last decision applied ("" for none)
	recent  []string           // cache keys, oldest first
	weight  int                // the estimated bytes of the states kept
}

// sessionBudget is how much memory the kept states may take. A state
// costs what its decisions copied — about 34 MB for 1,000 decisions on a
// 10,000-article corpus with events of up to 46,000 passages, a few
// kilobytes on the shipped corpus — so a small project keeps its whole
// history and a large one its last few (sessionMinimum); older states are
// replayed.
const sessionBudget = 256 << 20

// sessionMinimum states are kept whatever they weigh, so that the last
// actions always undo at once.
const sessionMinimum = 8

// NewSession opens p (an empty project when nil) on the computed corpus c.
func NewSession(c *data.Corpus, p *Project) *Session {
	if p == nil {
		p = &Project{Corpus: c.Root}
	}
	return &Session{Base: c, Project: p, cache: map[string]*Result{}}
}

func (s *Session) key() string {
	n := len(s.Project.Decisions)
	if n == 0 {
		return ""
	}
	return s.Project.Decisions[n-1].ID
}

// Current returns the curated state for the decisions made so far.
func (s *Session) Current() *Result {
	k := s.key()
	if r := s.cache[k]; r != nil {
		return r
	}
	r := Apply(s.Base, s.Project)
	s.remember(k, r)
	return r
}

func (s *Session) remember(k string, r *Result) {
	if old, ok := s.cache[k]; ok {
		s.weight -= old.size
	} else {
		s.recent = append(s.recent, k)
	}
	s.cache[k] = r
	s.weight += r.size
	for len(s.recent) > sessionMinimum && s.weight > sessionBudget {
		s.weight -= s.cache[s.recent[0]].size
		delete(s.cache, s.recent[0])
		s.recent = s.recent[1:]
	}
}

// Do adds a decision when it applies to the current state, and returns
// the new state. A decision that does not apply (an unknown id, a passage
// that does not support the event…) is refused with the reason, and the
// project is left as it was.
func (s *Session) Do(d Decision) (*Result, error) {
	if err := d.Check(); err != nil {
		return nil, err
	}
	trial := s.Project.Clone()
	if err := trial.Add(d); err != nil {
		return nil, err
	}
	r := Apply(s.Base, trial)
	if i := slices.IndexFunc(r.Skipped, func(sk Skipped) bool { return sk.Decision.ID == d.ID }); i >= 0 {
		return nil, fmt.Errorf("%s", r.Skipped[i].Reason)
	}
	s.Project.Decisions, s.Project.redo = trial.Decisions, nil
	s.remember(d.ID, r)
	return r, nil
}

// Undo takes back the last decision and returns the state before it, or
// false when there is nothing to undo.
func (s *Session) Undo() (*Result, bool) {
	if _, ok := s.Project.Undo(); !ok {
		return s.Current(), false
	}
	return s.Current(), true
}

// Redo gives back the last decision undone, or false when there is none.
func (s *Session) Redo() (*Result, bool) {
	if _, ok := s.Project.Redo(); !ok {
		return s.Current(), false
	}
	return s.Current(), true
}

// Replace swaps the project (opened, merged or new) and returns its state.
func (s *Session) Replace(p *Project) *Result {
	s.Project = p
	s.cache, s.recent, s.weight = map[string]*Result{}, nil, 0
	return s.Current()
}
