package data

import (
	"runtime"
	"sync"
)

// LinkEvent links one catalogue event to the articles already read: the
// passages reading the folder would have linked to it had the event been
// in the catalogue then (Linker.Match on its terms, place and actors,
// then ConfirmLinks against each article's date and the dates of the
// paragraph). It serves an event declared after the folder was read (a
// project's event.define). Articles are not dated again: an article only
// this event could have dated stays as it was read. The result holds, for
// each article of articles in turn, its links to e (nil for most); an
// article whose text cannot be read links nothing, and the first such
// error is returned with the rest.
func LinkEvent(articles []*Article, e *Event, names []*Name) ([][]Link, error) {
	events := []*Event{e}
	linker := NewLinker(events, linkNames(events, names))
	byID := map[string]*Event{e.ID: e}
	err := LoadTexts(articles, nil)
	out := make([][]Link, len(articles))
	var wg sync.WaitGroup
	work := make(chan int, len(articles))
	for i, a := range articles {
		if a.DuplicateOf == "" {
			work <- i
		}
	}
	close(work)
	for range min(runtime.GOMAXPROCS(0), len(articles)) {
		wg.Go(func() {
			m := linker.newMatcher()
			checker := linkChecker{events: byID}
			for i := range work {
				a := articles[i]
				if candidates := m.match(a); len(candidates) > 0 {
					out[i] = checker.confirmLinks(a, candidates, true)
				}
			}
		})
	}
	wg.Wait()
	return out, err
}
