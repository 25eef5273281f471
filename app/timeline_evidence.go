package app

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"

	"github.com/caravan-analytics/caravan/charts"
	"github.com/caravan-analytics/caravan/data"
)

// Evidence on the timeline, beyond the cues of legend_marks.go (announced
// hollow, unsupported struck through, analyst-made dotted): a weak event's
// shape is faded (markColor), a starred one carries a star at its top
// left and an announced one the analyst cancelled is crossed out, as in exported images (charts.Evidence); its tooltip counts its
// sources and languages; View → Hide unsupported events leaves out the
// events no passage supports.

// weakAlpha is the opacity of a weak event's shape: fainter than a solid
// one, clearly more than a dimmed one (0.25).
const weakAlpha = 0.5

// paintCancelled crosses out an announced event the analyst cancelled.
func (r *timelineRenderer) paintCancelled(s *charts.Scene, m charts.Mark, p palette) {
	if !m.Evidence.Cancelled {
		return
	}
	mid := m.X0
	if m.Kind != charts.PointMark {
		mid = (m.X0 + max(m.X1, m.X0)) / 2
	}
	h := s.MarkSize * 0.75
	r.line(mid-h, m.Y-h, mid+h, m.Y+h, p.fg, 1.5)
	r.line(mid-h, m.Y+h, mid+h, m.Y-h, p.fg, 1.5)
}

// pentagram strokes a star through every second outer point of
// charts.StarPoints.
var pentagram = []int{0, 4, 8, 2, 6, 0}

// paintStar draws the starred cue: a pentagram through the outer points of
// charts.StarPoints, at the shape's top left.
func (r *timelineRenderer) paintStar(s *charts.Scene, m charts.Mark, p palette) {
	if !m.Evidence.Starred {
		return
	}
	reach := s.MarkSize / 2
	if m.Kind == charts.PointMark {
		reach = s.MarkSize * diamondScale / 2
	}
	pts := charts.StarPoints(m.X0-reach, m.Y-reach, max(4.5, s.MarkSize*0.6))
	for i := 1; i < len(pentagram); i++ {
		a, b := pts[pentagram[i-1]], pts[pentagram[i]]
		r.line(a.X, a.Y, b.X, b.Y, p.highlight, 1.2)
	}
}

// eventTooltip is the hover text of an event: its title, when, and how
// well the corpus backs it.
func eventTooltip(s *charts.Scene, e *data.Event) *tooltip {
	ev := charts.EvidenceOf(e, false)
	for i := range s.Marks {
		if s.Marks[i].Event == e {
			ev = s.Marks[i].Evidence
			break
		}
	}
	return &tooltip{Title: e.Title, Lines: []string{datedText(e.Span), ev.Text(e)}}
}

// articleTooltip is the hover text of an article: its headline first, the
// file second.
func articleTooltip(a *data.Article) *tooltip {
	return &tooltip{Title: articleHeadline(a), Lines: []string{
		articleFileName(a),
		languageName(a.Language), articleDateText(a), plural(len(a.Links), "supporting passage")}}
}

// articleHeadline names an article for people: its title when the file
// has one, else its first line (articleName); the file's name when it has
// no text.
func articleHeadline(a *data.Article) string {
	if a == nil {
		return ""
	}
	if h := articleName(a); h != "" {
		return h
	}
	return articleFileName(a)
}

// articleFileName is the article's file, as the corpus names it.
func articleFileName(a *data.Article) string {
	if a.File != "" {
		return a.File
	}
	return a.ID
}

// articleLabel names an article on one line: headline, then file.
func articleLabel(a *data.Article) string {
	return fmt.Sprintf("%s · %s", articleHeadline(a), articleFileName(a))
}

// onToggleHideUnsupported hides or shows the unsupported events and
// returns whether they are now hidden, for the menu's tick.
func (mw *mainWindow) onToggleHideUnsupported() bool {
	mw.setHideUnsupported(!mw.timeline.HideUnsupported())
	return mw.timeline.HideUnsupported()
}

// eventCuration is the analyst's curation of the event in the project now
// shown, or nil.
func (mw *mainWindow) eventCuration(e *data.Event) *data.Curation {
	if mw.work == nil {
		return nil
	}
	if res := mw.work.result(); res != nil {
		return res.Of("event", e.ID)
	}
	return nil
}

// starredEvent reports whether the analyst starred the event.
func (mw *mainWindow) starredEvent(e *data.Event) bool {
	c := mw.eventCuration(e)
	return c != nil && c.Starred
}

// eventStatus is the analyst's word on an announced event: "confirmed",
// "cancelled" or "".
func (mw *mainWindow) eventStatus(e *data.Event) string {
	if c := mw.eventCuration(e); c != nil {
		return c.Status
	}
	return ""
}

// legendWeak, legendStarred and legendCancelled draw the cues of
// markColor, paintStar and paintCancelled over the legend's diamond, at
// the same proportions.
func legendWeak(c, bg color.Color) fyne.CanvasObject {
	return legendDiamond(withAlpha(c, weakAlpha), bg)
}

func legendStarred(c, bg, star color.Color) fyne.CanvasObject {
	reach := legendMark * diamondScale / 2
	pts := charts.StarPoints(22-reach, 11-reach, max(4.5, legendMark*0.6))
	objs := []fyne.CanvasObject{legendDiamond(c, bg)}
	for i := 1; i < len(pentagram); i++ {
		a, b := pts[pentagram[i-1]], pts[pentagram[i]]
		l := legendLine(star, float32(a.X), float32(a.Y), float32(b.X), float32(b.Y))
		l.StrokeWidth = 1.2
		objs = append(objs, l)
	}
	return legendCanvas(objs...)
}

func legendCancelled(c, bg color.Color) fyne.CanvasObject {
	h := float32(legendMark * 0.75)
	return legendCanvas(legendDiamond(c, bg),
		legendLine(c, 22-h, 11-h, 22+h, 11+h), legendLine(c, 22-h, 11+h, 22+h, 11-h))
}
