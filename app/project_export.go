package app

import (
	"io"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/export"
)

// projectCurations is what the window's event exports carry of the
// project: each event's notes, stars, tags and the fields the analyst set,
// as `caravan events --project` writes them; nil while the project has no
// decision, so that an export then is what it was without a project.
func projectCurations(mw *mainWindow) *data.Curations {
	if mw.work == nil || mw.work.session == nil || len(mw.work.session.Project.Decisions) == 0 {
		return nil
	}
	r := mw.work.result()
	if r == nil {
		return nil
	}
	c := r.Curations()
	return &c
}

// writeCuratedEvents writes the events export with the project's
// curation when there is one.
func writeCuratedEvents(w io.Writer, c *data.Corpus, format string, cur *data.Curations) error {
	if cur == nil {
		return export.WriteEvents(w, c, format)
	}
	return export.WriteCuratedEvents(w, c, format, *cur)
}
