package project

import (
	"fmt"
	"time"
)

// Project is an analyst's decisions about one corpus, in the order they
// were made, with what undo took back so that redo can give it again.
type Project struct {
	// Corpus names the corpus the project was made on (its folder, or
	// "seeds"), for people; decisions are matched by ids, not by this.
	Corpus    string
	Decisions []Decision
	// redo holds undone decisions, the most recently undone last. It is
	// not saved: like any editor, reopening starts a fresh redo history.
	redo []Decision
}

// Add appends a decision after checking it, and forgets what could be
// redone, as every editor does after a new action.
func (p *Project) Add(d Decision) error {
	if d.ID == "" {
		d.ID = NewID(d.Time)
	}
	if err := d.Check(); err != nil {
		return err
	}
	for i := range p.Decisions {
		if p.Decisions[i].ID == d.ID {
			return fmt.Errorf("decision id %s is already in the project", d.ID)
		}
	}
	p.Decisions = append(p.Decisions, d)
	p.redo = nil
	return nil
}

// Undo takes back the last decision and reports whether there was one.
func (p *Project) Undo() (Decision, bool) {
	n := len(p.Decisions)
	if n == 0 {
		return Decision{}, false
	}
	d := p.Decisions[n-1]
	p.Decisions = p.Decisions[:n-1]
	p.redo = append(p.redo, d)
	return d, true
}

// Redo gives back the last undone decision and reports whether there was one.
func (p *Project) Redo() (Decision, bool) {
	n := len(p.redo)
	if n == 0 {
		return Decision{}, false
	}
	d := p.redo[n-1]
	p.redo = p.redo[:n-1]
	p.Decisions = append(p.Decisions, d)
	return d, true
}

// CanUndo reports whether there is a decision to take back.
func (p *Project) CanUndo() bool { return len(p.Decisions) > 0 }

// CanRedo reports whether there is an undone decision to give back.
func (p *Project) CanRedo() bool { return len(p.redo) > 0 }

// Clone returns an independent copy of the project (decisions and redo).
func (p *Project) Clone() *Project {
	c := &Project{Corpus: p.Corpus}
	c.Decisions = append([]Decision(nil), p.Decisions...)
	c.redo = append([]Decision(nil), p.redo...)
	return c
}

// Stamp fills the decision's id, time and author when they are empty.
func Stamp(d Decision, author string, now time.Time) Decision {
	if d.Time.IsZero() {
		d.Time = now.UTC().Truncate(time.Second)
	}
	if d.ID == "" {
		d.ID = NewID(d.Time)
	}
	if d.Author == "" {
		d.Author = author
	}
	return d
}
