package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/caravan-analytics/caravan/data"
)

// searchRows are the rows of the excerpt panel for a search: a heading
// with the counts, the passages listed so far by article and, when there
// are more, a button listing the next page.
func (p *excerptPanel) searchRows(query string, hits searchHits) []excerptRow {
	listed := hits.listed()
	rows := objects(heading(fmt.Sprintf("Search: %s", query)),
		caption(fmt.Sprintf("%s, %s in %s", plural(len(hits.Events), "event"), plural(hits.Total, "passage"),
			plural(len(hits.Articles), "article"))))
	if hits.Total == 0 {
		rows = append(rows, objects(hint("Nothing found."))...)
	}
	rows = append(rows, passageRows(listed)...)
	if n := hits.more(); n > 0 {
		rows = append(rows, objects(p.moreHitsButton(query, hits, n))...)
	}
	return rows
}

// moreHitsButton lists the next page of a search's passages, read off the
// UI goroutine (each passage's article text may be read from the cache),
// and shows it with its first passage at the top of the panel.
func (p *excerptPanel) moreHitsButton(query string, hits searchHits, more int) fyne.CanvasObject {
	label := fmt.Sprintf("List the next %d passages (%d not listed)", min(more, searchPage), more)
	var b *widget.Button
	b = widget.NewButtonWithIcon(label, theme.MoreVerticalIcon(), func() {
		b.Disable()
		b.SetText("Listing…")
		go func() {
			listed := hits.listMore()
			fyne.Do(func() {
				// Unless the panel shows something else now.
				if n := len(p.rows); n > 0 && p.rows[n-1].obj == b {
					p.showMoreHits(query, hits, listed)
				}
				if moreHitsShown != nil {
					moreHitsShown()
				}
			})
		}()
	})
	b.Importance = widget.LowImportance
	b.Alignment = widget.ButtonAlignLeading
	return b
}

// moreHitsShown, when set, is called on the UI goroutine once a page
// listed by "List the next" is shown (or dropped): for tests.
var moreHitsShown func()

// showMoreHits shows the passages listed by "List the next" below those
// shown, in place of the button: the view stays where it is, and the rows
// above keep their measured heights.
func (p *excerptPanel) showMoreHits(query string, hits searchHits, listed []data.Excerpt) {
	p.passages = listed
	p.rows = p.searchRows(query, hits)
	p.list.made = nil // the rows made were the old ones: the button's is a passage now
	p.list.list.Refresh()
}
