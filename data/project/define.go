package project

import (
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"time"

	"github.com/caravan-analytics/caravan/data"
)

// The catalogue as decisions. A storyline.define or event.define decision
// declares what a catalogue.toml [[storyline]] or [[event]] says, in the
// same keys. In the project saved beside a corpus folder they are read
// with the folder (package data), so the computed corpus already holds
// the event, linked by its terms, places and actors; applying the
// decision then only confirms it (and sets its facts, when a project from
// elsewhere says otherwise). A declared event the computed corpus lacks
// is created without passages: its terms link it when the folder is read
// with it.
//
// Undo works as for any decision: a Session holds the computed corpus's
// declared events and storylines back until their decision applies
// (declared), so the state before an event.define has no such event, and
// its passages support nothing.

// defineStoryline applies a storyline.define.
func (a *applier) defineStoryline(d *Decision) error {
	delete(a.undeclaredStorylines, d.Storyline)
	i := slices.IndexFunc(a.storylines, func(s data.Storyline) bool { return s.ID == d.Storyline })
	if i < 0 {
		a.storylines = append(a.storylines, data.Storyline{ID: d.Storyline, Title: d.Title})
		return nil
	}
	a.storylines[i].Title = d.Title
	return nil
}

// defineEvent applies an event.define.
func (a *applier) defineEvent(d *Decision) error {
	if !a.hasStoryline(d.Storyline) {
		return fmt.Errorf("storyline %s is not in the corpus", d.Storyline)
	}
	if a.events[d.Event] == nil {
		e := declaredEvent(d)
		a.addEvent(e)
		a.linkDeclared(e)
		return nil
	}
	delete(a.undeclared, d.Event)
	span := data.Span{}
	span.Start, span.End = parseSpan(d.Start, d.End)
	e := a.events[d.Event]
	if e.Title == d.Title && e.Summary == d.Summary && e.Span == span && e.Storyline == d.Storyline &&
		e.Place == d.Place && slices.Equal(e.Actors, d.Actors) {
		return nil // as read: the usual case
	}
	e, _ = a.event(d.Event)
	if e.Span != span {
		a.resort = true
	}
	e.Title, e.Summary, e.Span, e.Storyline, e.Place = d.Title, d.Summary, span, d.Storyline, d.Place
	e.Actors = slices.Clone(d.Actors)
	return nil
}

// linkDeclared links a declared event the computed corpus lacks to the
// passages its terms, place and actors find (data.LinkEvent). The links
// depend only on the computed corpus and the declaration, so a session
// finds them once (baseIndex.declaredLinks) and every state replaying the
// decision reuses them.
func (a *applier) linkDeclared(e *data.Event) {
	for i, links := range a.ix.declaredLinks(a.base, e) {
		if len(links) == 0 {
			continue
		}
		art := a.ownArticleAt(i)
		for _, l := range links {
			if !slices.ContainsFunc(art.Links, func(x data.Link) bool { return x.Event == e.ID && x.Paragraph == l.Paragraph }) {
				art.Links = append(art.Links, l)
				a.insertExcerpt(e, art, l.Paragraph, l.Evidence)
			}
		}
		slices.SortStableFunc(art.Links, func(x, y data.Link) int { return x.Paragraph - y.Paragraph })
		a.linksChanged = true
	}
}

// declaredLinks returns the links of a declared event by article index,
// found once per declaration content (the text of a folder's articles is
// read for it, once, if it was not yet).
func (ix *baseIndex) declaredLinks(c *data.Corpus, e *data.Event) [][]data.Link {
	key := declarationKey(e)
	ix.linkMu.Lock()
	defer ix.linkMu.Unlock()
	if links, ok := ix.declared[key]; ok {
		return links
	}
	// An article whose text cannot be read links nothing; the window
	// already names such articles when it opens them.
	links, _ := data.LinkEvent(c.Articles, e, c.Names)
	ix.declared[key] = links
	return links
}

// declaredEvent is the event an event.define creates when the computed
// corpus lacks it, before it is linked.
func declaredEvent(d *Decision) *data.Event {
	span := data.Span{}
	span.Start, span.End = parseSpan(d.Start, d.End)
	return &data.Event{ID: d.Event, Title: d.Title, Span: span, Storyline: d.Storyline, Place: d.Place,
		Actors: slices.Clone(d.Actors), Summary: d.Summary, Source: data.EventFromCatalogue, Terms: cloneTerms(d.Terms)}
}

// declarationKey is what a declared event's links depend on besides the
// computed corpus.
func declarationKey(e *data.Event) string {
	return fmt.Sprintf("%s\x00%s\x00%s\x00%q\x00%v\x00%v", e.ID, e.Span.Start, e.Span.End, e.Place, e.Actors, e.Terms)
}

func cloneTerms(t map[string][]string) map[string][]string {
	if t == nil {
		return nil
	}
	out := maps.Clone(t)
	for k, v := range out {
		out[k] = slices.Clone(v)
	}
	return out
}

// declared returns the computed corpus's events and storylines that p
// declares (its define decisions, done or undone): a Session holds them
// back until their decision applies. It is taken when the project opens,
// so that an event whose declaration was undone and then dropped (a new
// decision cleared what could be redone) stays out, as it will when the
// saved project is read with the folder again.
func declared(c *data.Corpus, p *Project) (events, storylines map[string]bool) {
	events, storylines = map[string]bool{}, map[string]bool{}
	inCorpus := map[string]bool{}
	for _, e := range c.Events {
		inCorpus[e.ID] = true
	}
	for _, d := range slices.Concat(p.Decisions, p.redo) {
		switch {
		case d.Op == EventDefine && inCorpus[d.Event]:
			events[d.Event] = true
		case d.Op == StorylineDefine && slices.ContainsFunc(c.Storylines, func(s data.Storyline) bool { return s.ID == d.Storyline }):
			storylines[d.Storyline] = true
		}
	}
	return events, storylines
}

// withdrawals returns the withdrawals a new decision d makes: the
// declarations among dropped (undone, and no longer to be redone) of
// events and storylines the computed corpus c was read with, that no
// decision of kept declares again. Without them, an event whose
// declaration the analyst undid would be back, as read, when the saved
// project is opened again over a corpus read with the folder's or the
// seeds' project.
func withdrawals(c *data.Corpus, dropped, kept []Decision, d Decision) []Decision {
	declares := func(op Op, id string) bool {
		return slices.ContainsFunc(kept, func(k Decision) bool {
			return k.Op == op && (op == EventDefine && k.Event == id || op == StorylineDefine && k.Storyline == id)
		})
	}
	var out []Decision
	withdraw := func(w Decision) {
		w.Time, w.Author = d.Time, d.Author
		w.ID = NewID(w.Time)
		out = append(out, w)
	}
	seen := map[string]bool{}
	for _, u := range dropped {
		switch {
		case u.Op == EventDefine && !seen["e:"+u.Event] && c.Event(u.Event) != nil && !declares(EventDefine, u.Event):
			seen["e:"+u.Event] = true
			withdraw(Decision{Op: EventWithdraw, Event: u.Event})
		case u.Op == StorylineDefine && !seen["s:"+u.Storyline] && !declares(StorylineDefine, u.Storyline) &&
			slices.ContainsFunc(c.Storylines, func(s data.Storyline) bool { return s.ID == u.Storyline }):
			seen["s:"+u.Storyline] = true
			withdraw(Decision{Op: StorylineWithdraw, Storyline: u.Storyline})
		}
	}
	return out
}

// ToSave returns the project as it is to be written: its decisions, and a
// withdrawal for each declaration undone and not (yet) left behind that
// reopening would otherwise bring back — saved while undone, the event
// stays out when the file is opened again, as it is out now. The session
// keeps the declaration to redo; the withdrawal is only in the file (its
// id is the declaration's with "-withdrawn", so saving twice writes the
// same decisions).
func (s *Session) ToSave(author string, now time.Time) *Project {
	s.mu.Lock()
	defer s.mu.Unlock()
	w := withdrawals(s.Base, s.Project.redo, s.Project.Decisions, Decision{Time: now.UTC().Truncate(time.Second), Author: author})
	if len(w) == 0 {
		return s.Project
	}
	byDefine := map[string]string{}
	for _, u := range s.Project.redo {
		switch u.Op {
		case EventDefine:
			byDefine["e:"+u.Event] = u.ID
		case StorylineDefine:
			byDefine["s:"+u.Storyline] = u.ID
		}
	}
	for i := range w {
		key := "e:" + w[i].Event
		if w[i].Op == StorylineWithdraw {
			key = "s:" + w[i].Storyline
		}
		w[i].ID = byDefine[key] + "-withdrawn"
	}
	p := s.Project.Clone()
	p.Decisions = append(p.Decisions, w...)
	return p
}

// FromFS reads the project saved in a corpus's file system (the shipped
// seeds' embedded one): caravan-project.toml at its top. The error wraps
// fs.ErrNotExist when there is none.
func FromFS(fsys fs.FS) (*Project, error) {
	b, err := fs.ReadFile(fsys, DefaultName)
	if err != nil {
		return nil, err
	}
	return Parse(DefaultName, b)
}
