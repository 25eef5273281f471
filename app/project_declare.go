package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/caravan-analytics/caravan/data/project"
)

// onDeclareEvent declares a catalogue event (an event.define): an event
// with the words that identify it in text, linked at once to the passages
// its terms, place and actors find, as reading the folder with it would.
// The linking runs off the UI goroutine with a bar and a Cancel button
// (prepareThen); the decision is recorded when it is done.
// The analyst's own events (New event…) link only the passages given.
func (w *workbench) onDeclareEvent() {
	if w.session == nil {
		return
	}
	f := newForm()
	lines := storylineChoices(w.mw.corpus.Storylines)
	items := []*widget.FormItem{f.entry("Id", ""), f.entry("Title", ""), f.entry("Start", ""), f.entry("End", ""),
		f.choice("Storyline", lines.labels, ""), f.entry("Place", ""), f.entry("Actors", ""), f.multiline("Terms", "")}
	hint := wrapped("Terms: one language a line, \"nl: Samarkand-top, SCO-top\"; \"*\" for every language. " +
		"Place and actors are name-list ids. The event links at once to the passages these find.")
	w.showForm("Declare catalogue event", f, items, hint, func() error {
		terms, err := parseTerms(f.entries["Terms"].Text)
		if err != nil {
			return err
		}
		d := project.Decision{Op: project.EventDefine, Event: f.text("Id"), Title: f.text("Title"), Start: f.text("Start"),
			End: f.text("End"), Storyline: lines.ids[f.selects["Storyline"].Selected], Place: f.text("Place"), Terms: terms}
		for _, a := range strings.Split(f.text("Actors"), ",") {
			if a = strings.TrimSpace(a); a != "" {
				d.Actors = append(d.Actors, a)
			}
		}
		if d.Event != "" && (w.mw.corpus.Event(d.Event) != nil || w.result().HiddenEvent(d.Event) != nil) {
			return fmt.Errorf("event %s is already in the corpus", d.Event)
		}
		// Linked off the UI goroutine, then applied.
		w.prepareThen([]project.Decision{d}, func() {
			if err := w.do(d); err != nil {
				dialog.ShowError(err, w.mw.win)
				return
			}
			w.mw.timeline.Select(d.Event)
		})
		return nil
	})
	f.dialog.Resize(fyne.NewSize(620, 600)) // eight fields: the default size would scroll them
}

// parseTerms reads "LANG: term, term" lines into a catalogue's terms.
func parseTerms(text string) (map[string][]string, error) {
	var terms map[string][]string
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		lang, words, ok := strings.Cut(line, ":")
		lang = strings.TrimSpace(lang)
		if !ok || lang == "" || strings.ContainsAny(lang, " ,") {
			return nil, fmt.Errorf("terms: %q: want LANG: words, words (LANG \"*\" for every language)", line)
		}
		for _, t := range strings.Split(words, ",") {
			if t = strings.TrimSpace(t); t != "" {
				if terms == nil {
					terms = map[string][]string{}
				}
				terms[lang] = append(terms[lang], t)
			}
		}
	}
	return terms, nil
}
