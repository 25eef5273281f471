package project

import (
	"fmt"
	"maps"
	"slices"
	"sync"

	"github.com/caravan-analytics/caravan/data"
)

// Session is a project open on a computed corpus: the current curated
// state, and the states undo and redo return to. Every state is the
// computed corpus with a prefix of the decisions applied; the recent ones
// are kept (they share all untouched articles and events), so that undo
// and redo swap a pointer instead of replaying the project.
//
// A Session may prepare a state in the background (Prefetch); its methods
// may be called from one goroutine at a time, and Project may be read
// between them.
type Session struct {
	Base    *data.Corpus
	Project *Project

	mu         sync.Mutex         // guards what follows while a Prefetch runs
	generation int                // counts Replace, so a prefetch of an old project is dropped
	prefetches sync.WaitGroup     // the prefetches running
	cache      map[string]*Result // by the id of the last decision applied ("" for none)
	recent     []string           // cache keys, oldest first
	weight     int                // the estimated bytes of the states kept

	ix *baseIndex
	// heldEvents and heldStorylines are the computed corpus's catalogue
	// events and storylines the project declares (define.go), absent from
	// every state before their decision.
	heldEvents, heldStorylines map[string]bool
	// checkpoints are the applier's state after multiples of
	// checkpointEvery decisions, shortest first, dense near the present
	// and thinner far from it (thin): a state no longer kept is replayed
	// from the nearest one, not from the computed corpus.
	checkpoints []checkpoint
	// actions maps the decisions of an action that made several (DoAll,
	// a withdrawal with the decision that made it) to the action's last
	// decision, so that undo and redo take them as one. It is not saved:
	// a reopened project undoes decision by decision.
	actions map[string]string
	// thinnedAt is the present the checkpoints were last thinned for.
	thinnedAt int
}

// checkpoint is an applier's state after the decisions ids, frozen: only
// forks of it apply further decisions.
type checkpoint struct {
	ids   []string
	state *applier
}

// checkpointEvery is how many decisions lie between two checkpoints: the
// most an undo, a redo or a new decision replays. A checkpoint costs its
// maps and the article list (80 KB at 10,000 articles), and shares every
// copy with its neighbours; replaying 31 decisions and finishing the state
// takes a few milliseconds on a 10,000-article corpus.
const checkpointEvery = 32

// denseCheckpoints is how many checkpoints are kept, one every
// checkpointEvery decisions, on each side of the present state; beyond
// them they thin out (thin), so that a long project keeps a few dozen
// rather than one per 32 decisions.
const denseCheckpoints = 8

// sessionBudget is how much memory the kept states may take. A state
// costs what its decisions copied — about 14 MB for 1,000 decisions on a
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
	s := &Session{Base: c, Project: p, cache: map[string]*Result{}, ix: newBaseIndex(c)}
	s.heldEvents, s.heldStorylines = declared(c, p)
	return s
}

// replay returns the state after ds: the nearest checkpoint forked, the
// decisions after it applied, checkpoints taken on the way.
func (s *Session) replay(ds []Decision) *Result {
	if len(ds) == 0 && len(s.heldEvents) == 0 && len(s.heldStorylines) == 0 {
		return ApplyDecisions(s.Base, nil)
	}
	var a *applier
	start := 0
	for i := len(s.checkpoints) - 1; i >= 0; i-- {
		if cp := s.checkpoints[i]; prefixOf(cp.ids, ds) {
			a, start = cp.state.fork(), len(cp.ids)
			break
		}
	}
	if a == nil {
		a = newApplier(s.Base, s.ix)
		a.undeclared, a.undeclaredStorylines = maps.Clone(s.heldEvents), maps.Clone(s.heldStorylines)
	}
	for i := start; i < len(ds); i++ {
		a.step(&ds[i])
		if n := i + 1; n%checkpointEvery == 0 && !s.hasCheckpoint(ds[:n]) {
			// The checkpoint holds settled passage lists, so a state
			// replayed from it settles only what its own decisions
			// changed: unsettled, every state rebuilt a list for each
			// link decision since the start of the project — the
			// largest events' tens of thousands of passages each time.
			a.settleAll()
			s.keep(ds[:n], a.fork())
		}
	}
	a.finish()
	return a.res
}

// prefixOf reports whether ids are the ids of the first decisions of ds.
func prefixOf(ids []string, ds []Decision) bool {
	if len(ids) > len(ds) {
		return false
	}
	for i, id := range ids {
		if ds[i].ID != id {
			return false
		}
	}
	return true
}

func (s *Session) hasCheckpoint(ds []Decision) bool {
	return slices.ContainsFunc(s.checkpoints, func(cp checkpoint) bool { return len(cp.ids) == len(ds) && prefixOf(cp.ids, ds) })
}

// keep adds a checkpoint after ds, in order of length.
func (s *Session) keep(ds []Decision, state *applier) {
	ids := make([]string, len(ds))
	for i := range ds {
		ids[i] = ds[i].ID
	}
	i, _ := slices.BinarySearchFunc(s.checkpoints, len(ids), func(cp checkpoint, n int) int { return len(cp.ids) - n })
	s.checkpoints = slices.Insert(s.checkpoints, i, checkpoint{ids, state})
	s.thin()
}

// thin drops the checkpoints the present state no longer needs close by:
// within denseCheckpoints*checkpointEvery decisions of it one is kept
// every checkpointEvery, and each time the distance doubles beyond that
// so does the step. Each step is a multiple of the nearer ones, so a
// checkpoint kept far away is still wanted as the present comes nearer;
// one dropped is made again by the next replay that passes its place.
// A project of n decisions keeps about denseCheckpoints + 4·log2(n/256)
// checkpoints (30 for 10,000 instead of 312); an undo near the present
// replays at most checkpointEvery-1 decisions, and one far back at most
// the step there, once.
func (s *Session) thin() {
	present := len(s.Project.Decisions)
	s.thinnedAt = present
	s.checkpoints = slices.DeleteFunc(s.checkpoints, func(cp checkpoint) bool {
		return !wantedCheckpoint(len(cp.ids), present)
	})
}

// wantedCheckpoint reports whether a checkpoint after n decisions is kept
// while the present state is after present decisions.
func wantedCheckpoint(n, present int) bool {
	d := max(n-present, present-n)
	step := checkpointEvery
	for reach := denseCheckpoints * checkpointEvery; d >= reach; reach *= 2 {
		step *= 2
	}
	return n%step == 0
}

// prune drops the checkpoints the project can no longer come back to:
// those that are not a prefix of it (a new decision after undo clears
// what could be redone).
func (s *Session) prune() {
	s.checkpoints = slices.DeleteFunc(s.checkpoints, func(cp checkpoint) bool { return !prefixOf(cp.ids, s.Project.Decisions) })
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
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.current()
}

func (s *Session) current() *Result {
	if len(s.Project.Decisions) != s.thinnedAt {
		s.thin()
	}
	k := s.key()
	if r := s.cache[k]; r != nil {
		return r
	}
	r := s.replay(s.Project.Decisions)
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
func (s *Session) Do(d Decision) (*Result, error) { return s.DoAll(d) }

// DoAll adds decisions made by one action of the analyst (the place and
// the actors of an event set in one dialog): all of them or, when one
// does not apply, none. Undo and Redo take them back and give them back
// together, with the withdrawals the action made (withdrawals in
// define.go).
func (s *Session) DoAll(ds ...Decision) (*Result, error) {
	if len(ds) == 0 {
		return s.Current(), nil
	}
	trial := s.Project.Clone()
	for _, d := range ds {
		if err := d.Check(); err != nil {
			return nil, err
		}
		if err := trial.Add(d); err != nil {
			return nil, err
		}
	}
	had := len(s.Project.Decisions)
	// Declarations undone and now left behind are withdrawn, just before
	// the action.
	if w := withdrawals(s.Base, s.Project.redo, trial.Decisions, ds[0]); len(w) > 0 {
		trial.Decisions = slices.Concat(trial.Decisions[:had], w, trial.Decisions[had:])
	}
	added := trial.Decisions[had:]
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.replay(trial.Decisions)
	for _, d := range ds {
		if i := slices.IndexFunc(r.Skipped, func(sk Skipped) bool { return sk.Decision.ID == d.ID }); i >= 0 {
			// A checkpoint the trial took after the action is no state
			// of the project.
			s.checkpoints = slices.DeleteFunc(s.checkpoints, func(cp checkpoint) bool {
				return len(cp.ids) > had && cp.ids[had] == added[0].ID
			})
			return nil, fmt.Errorf("%s", r.Skipped[i].Reason)
		}
	}
	if len(added) > 1 {
		if s.actions == nil {
			s.actions = map[string]string{}
		}
		for _, d := range added {
			s.actions[d.ID] = added[len(added)-1].ID
		}
	}
	s.Project.Decisions, s.Project.redo = trial.Decisions, nil
	s.prune()
	s.remember(s.key(), r)
	return r, nil
}

// action names the action a decision was made by: the id of its last
// decision (the decision's own id when it was made alone).
func (s *Session) action(d Decision) string {
	if a, ok := s.actions[d.ID]; ok {
		return a
	}
	return d.ID
}

// Undo takes back the last action (its decisions) and returns the state
// before it, or false when there is nothing to undo.
func (s *Session) Undo() (*Result, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	d, ok := s.Project.Undo()
	for ok {
		n := len(s.Project.Decisions)
		if n == 0 || s.action(s.Project.Decisions[n-1]) != s.action(d) {
			break
		}
		s.Project.Undo()
	}
	return s.current(), ok
}

// Redo gives back the last action undone, or false when there is none.
func (s *Session) Redo() (*Result, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	d, ok := s.Project.Redo()
	for ok {
		n := len(s.Project.redo)
		if n == 0 || s.action(s.Project.redo[n-1]) != s.action(d) {
			break
		}
		s.Project.Redo()
	}
	return s.current(), ok
}

// Prefetch prepares, in the background, the state an undo would show when
// it is no longer kept, so that the analyst's next undo swaps a pointer
// instead of rebuilding it. An undo made meanwhile waits for it (it
// needs that state anyway).
func (s *Session) Prefetch() {
	s.mu.Lock()
	defer s.mu.Unlock()
	all := s.Project.Decisions
	n := len(all)
	if n == 0 {
		return
	}
	// An undo takes back the whole last action.
	last := s.action(all[n-1])
	for n > 0 && s.action(all[n-1]) == last {
		n--
	}
	ds := slices.Clone(all[:n])
	k := ""
	if n > 0 {
		k = ds[n-1].ID
	}
	if s.cache[k] != nil {
		return
	}
	gen := s.generation
	s.prefetches.Add(1)
	go func() {
		defer s.prefetches.Done()
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.generation != gen || s.cache[k] != nil {
			return
		}
		s.remember(k, s.replay(ds))
	}()
}

// WaitPrefetch waits for the prefetches running (for tests and closing).
func (s *Session) WaitPrefetch() { s.prefetches.Wait() }

// Replace swaps the project (opened, merged or new) and returns its state.
func (s *Session) Replace(p *Project) *Result {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.generation++
	s.Project = p
	s.heldEvents, s.heldStorylines = declared(s.Base, p)
	s.cache, s.recent, s.weight = map[string]*Result{}, nil, 0
	s.checkpoints, s.actions = nil, nil
	return s.current()
}
