package project

import (
	"context"

	"github.com/caravan-analytics/caravan/data"
)

// Preparing a declaration off the UI goroutine. Linking an event the
// computed corpus lacks reads every article (0.6 CPU-seconds at 10,000
// articles, more when their texts must first be read), too long for the
// goroutine that draws the window. PrepareDeclaration finds those links in
// the background and keeps them where applying the decision looks for
// them (baseIndex.declaredLinks), so that Do then only reads them.

// prepareChunk is how many articles are linked between two looks at the
// context and two progress reports. Each chunk builds its linker anew
// (about 25 CPU-ms with the name list), so chunks are large: at 10,000
// articles, four of them cost 578 CPU-ms where linking at once costs 503
// and chunks of 500 cost 996; a Cancel waits for at most a quarter.
const prepareChunk = 2500

// NeedsPreparing reports whether applying d would link an event over the
// whole corpus that no preparation has yet linked: an event.define of an
// event the computed corpus lacks.
func (s *Session) NeedsPreparing(d Decision) bool {
	if d.Op != EventDefine || d.Event == "" || s.Base.Event(d.Event) != nil {
		return false
	}
	s.ix.linkMu.Lock()
	defer s.ix.linkMu.Unlock()
	_, done := s.ix.declared[declarationKey(declaredEvent(&d))]
	return !done
}

// PrepareDeclaration finds the links applying the event.define d will
// give its event, so that Do(d) (and every undo and redo of it) only reads
// them. It may run on any goroutine, beside the session's other methods.
// progress, if not nil, hears how many articles were linked of how many.
// Cancelled, it returns ctx.Err() and leaves the session as it was;
// decisions of another kind, and events the corpus has, need nothing.
func (s *Session) PrepareDeclaration(ctx context.Context, d Decision, progress func(done, total int)) error {
	return s.prepareDeclaration(ctx, d, progress, prepareChunk)
}

// prepareDeclaration is PrepareDeclaration linking chunk articles at a time.
func (s *Session) prepareDeclaration(ctx context.Context, d Decision, progress func(done, total int), chunk int) error {
	if !s.NeedsPreparing(d) {
		return nil
	}
	e := declaredEvent(&d)
	articles := s.Base.Articles
	links := make([][]data.Link, len(articles))
	for i := 0; i < len(articles); i += chunk {
		if err := ctx.Err(); err != nil {
			return err
		}
		j := min(i+chunk, len(articles))
		// An article links on its own text and the name list only, so
		// linking the corpus a chunk at a time finds what linking it at
		// once does. An article whose text cannot be read links nothing,
		// as in declaredLinks.
		part, _ := data.LinkEvent(articles[i:j], e, s.Base.Names)
		copy(links[i:j], part)
		if progress != nil {
			progress(j, len(articles))
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	key := declarationKey(e)
	s.ix.linkMu.Lock()
	defer s.ix.linkMu.Unlock()
	if _, ok := s.ix.declared[key]; !ok {
		s.ix.declared[key] = links
	}
	return nil
}
