package export

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"strconv"
	"strings"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/language"
)

// The TimelineJS3 JSON format (https://timeline.knightlab.com/docs/json-format.html),
// the parts Caravan writes. TimelineJS reads every date part as a string
// or a number; Caravan writes strings, as its own examples do.
type (
	tljsTimeline struct {
		Title  tljsSlide   `json:"title"`
		Events []tljsSlide `json:"events"`
		Eras   []tljsEra   `json:"eras,omitempty"`
	}
	tljsSlide struct {
		StartDate   *tljsDate `json:"start_date,omitempty"`
		EndDate     *tljsDate `json:"end_date,omitempty"`
		Text        tljsText  `json:"text"`
		Group       string    `json:"group,omitempty"`
		DisplayDate string    `json:"display_date,omitempty"`
		UniqueID    string    `json:"unique_id"`
	}
	// tljsDate holds only the parts its Date knows: a month-precision
	// date has no day, so TimelineJS shows "September 2022", not the 1st.
	tljsDate struct {
		Year  string `json:"year"`
		Month string `json:"month,omitempty"`
		Day   string `json:"day,omitempty"`
	}
	tljsText struct {
		Headline string `json:"headline"`
		Text     string `json:"text,omitempty"`
	}
	tljsEra struct {
		StartDate tljsDate `json:"start_date"`
		EndDate   tljsDate `json:"end_date"`
		Text      tljsText `json:"text"`
	}
)

// tljsTitleID is the title slide's unique_id; TimelineJS wants it distinct
// from every event's.
const tljsTitleID = "caravan-title"

// WriteTimelineJS writes the corpus's events as a TimelineJS3 timeline:
// one slide per dated event, grouped by storyline, its text the summary and
// the supporting excerpts (each a blockquote naming its article and
// language, right to left where the language is); one era per storyline,
// spanning its events. Undated events cannot be placed on a TimelineJS
// timeline and are left out; the title slide says how many. All text is
// HTML-escaped, since TimelineJS renders these fields as HTML.
func WriteTimelineJS(w io.Writer, c *data.Corpus) error {
	tl := tljsTimeline{Events: []tljsSlide{}}
	titles := map[string]string{} // storyline id → title
	for _, s := range c.Storylines {
		titles[s.ID] = s.Title
	}
	ids := map[string]bool{tljsTitleID: true}
	eras := newTljsEras()
	undated := 0
	for _, e := range c.Events {
		if e.Span.Start.IsZero() {
			undated++
			continue
		}
		group := tljsGroup(e.Storyline, titles)
		slide := tljsSlide{
			StartDate:   tljsDateOf(e.Span.Start),
			Text:        tljsText{Headline: html.EscapeString(e.Title), Text: tljsEventHTML(c, e)},
			Group:       tljsGroupText(group),
			DisplayDate: html.EscapeString(tljsDisplayDate(e.Span)),
			UniqueID:    tljsUniqueID(e.ID, ids),
		}
		if slide.Text.Headline == "" {
			slide.Text.Headline = slide.UniqueID // TimelineJS shows an empty slide otherwise
		}
		if !e.Span.End.IsZero() && e.Span.End != e.Span.Start {
			slide.EndDate = tljsDateOf(e.Span.End)
		}
		tl.Events = append(tl.Events, slide)
		eras.add(group, e.Span)
	}
	tl.Eras = eras.list()
	tl.Title = tljsSlide{
		Text:     tljsText{Headline: html.EscapeString(tljsHeadline(c)), Text: tljsTitleHTML(c, len(tl.Events), undated)},
		UniqueID: tljsTitleID,
	}

	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false) // the HTML is escaped already; keep the file readable
	if err := enc.Encode(tl); err != nil {
		return fmt.Errorf("writing the TimelineJS timeline: %w", err)
	}
	return nil
}

// tljsGroupText is a group name as the group field must carry it.
// TimelineJS decodes the entities of group and then inserts it as HTML, so
// text escaped once would come back as markup: a storyline titled
// "<script>…" would run. Escaped twice, the decoding leaves it escaped
// once, and the page shows the title as written.
func tljsGroupText(group string) string {
	return html.EscapeString(html.EscapeString(group))
}

// tljsGroup names a storyline for people: its title, else its id.
func tljsGroup(id string, titles map[string]string) string {
	switch {
	case titles[id] != "":
		return titles[id]
	case id != "":
		return id
	}
	return "Other events"
}

// tljsUniqueID returns id, or id with a number added when it is taken or
// empty, and marks the result taken.
func tljsUniqueID(id string, taken map[string]bool) string {
	if id == "" {
		id = "event"
	}
	out := id
	for n := 2; taken[out]; n++ {
		out = id + "-" + strconv.Itoa(n)
	}
	taken[out] = true
	return out
}

// tljsDateOf writes d to its precision; d is not zero.
func tljsDateOf(d data.Date) *tljsDate {
	out := &tljsDate{Year: strconv.Itoa(d.Year)}
	if d.Precision >= data.Month {
		out.Month = strconv.Itoa(int(d.Month))
	}
	if d.Precision >= data.Day {
		out.Day = strconv.Itoa(d.Day)
	}
	return out
}

// tljsDisplayDate reads a span for people, to its precision: "16 Sep 2022",
// "15–16 Sep 2022", "Jan–Mar 2022", "Sep 2022 – 2023".
func tljsDisplayDate(s data.Span) string {
	a, b := s.Start, s.End
	if b.IsZero() || a == b {
		return a.Human()
	}
	if a.Precision == b.Precision && a.Year == b.Year {
		switch {
		case a.Precision == data.Day && a.Month == b.Month:
			return fmt.Sprintf("%d–%s", a.Day, b.Human())
		case a.Precision == data.Day:
			return fmt.Sprintf("%d %s – %s", a.Day, a.Month.String()[:3], b.Human())
		case a.Precision == data.Month:
			return fmt.Sprintf("%s–%s", a.Month.String()[:3], b.Human())
		}
	}
	return a.Human() + " – " + b.Human()
}

// tljsEventHTML is a slide's text: the summary, where and who, and the
// passages that support the event.
func tljsEventHTML(c *data.Corpus, e *data.Event) string {
	var b strings.Builder
	if e.Summary != "" {
		fmt.Fprintf(&b, "<p>%s</p>", html.EscapeString(e.Summary))
	}
	var facts []string
	if e.Place != "" {
		facts = append(facts, "Place: "+html.EscapeString(tljsDisplayName(c, e.Place)))
	}
	if len(e.Actors) > 0 {
		names := make([]string, len(e.Actors))
		for i, a := range e.Actors {
			names[i] = html.EscapeString(tljsDisplayName(c, a))
		}
		facts = append(facts, "Actors: "+strings.Join(names, ", "))
	}
	if len(facts) > 0 {
		fmt.Fprintf(&b, "<p>%s</p>", strings.Join(facts, " · "))
	}
	if e.Source == data.EventFromText {
		b.WriteString("<p><em>Found in the articles' text; not in the catalogue.</em></p>")
	}
	if e.Unsupported() {
		b.WriteString("<p><em>No passage of the corpus supports this event.</em></p>")
	}
	shown := tljsShownExcerpts(e.Excerpts)
	for _, i := range shown {
		tljsWriteExcerpt(&b, e.Excerpts[i])
	}
	if more := len(e.Excerpts) - len(shown); more > 0 {
		fmt.Fprintf(&b, "<p><em>%s</em></p>", html.EscapeString(tljsMoreText(e.Excerpts, more)))
	}
	return b.String()
}

// tljsWriteExcerpt writes one passage as a blockquote naming its article
// and language. A right-to-left passage says so in dir and also in an
// explicit alignment, because TimelineJS's stylesheet sets
// text-align:left on every blockquote paragraph, and that beats dir.
func tljsWriteExcerpt(b *strings.Builder, x data.Excerpt) {
	dir, align := "ltr", ""
	if data.IsRTL(x.Language) {
		dir, align = "rtl", ` style="text-align:right"`
	}
	lang := x.Language
	if lang == "" {
		lang = "und" // BCP 47 for "undetermined"
	}
	fmt.Fprintf(b, `<blockquote lang="%s" dir="%s"%s><p dir="%s"%s>%s</p><cite dir="ltr">%s · %s</cite></blockquote>`,
		html.EscapeString(lang), dir, align, dir, align, html.EscapeString(quotedPassage(x)), html.EscapeString(x.Article), html.EscapeString(lang))
}

// tljsMaxExcerpts is how many passages a slide quotes before it only counts
// the rest: a slide is read, not scrolled through, and a timeline of
// hundreds of passages per event would be megabytes of JSON.
const tljsMaxExcerpts = 8

// tljsShownExcerpts chooses which passages a slide quotes, by index: the
// first tljsMaxExcerpts, then the first passage of every further language,
// so that the slide still shows each language the event is reported in.
func tljsShownExcerpts(xs []data.Excerpt) []int {
	var shown []int
	langs := map[string]bool{}
	for i, x := range xs {
		if len(shown) < tljsMaxExcerpts || !langs[x.Language] {
			shown = append(shown, i)
			langs[x.Language] = true
		}
	}
	return shown
}

// tljsMoreText says what the slide leaves out: "12 more passages from 9
// articles are in Caravan's other exports."
func tljsMoreText(xs []data.Excerpt, more int) string {
	articles := map[string]bool{}
	for _, x := range xs {
		articles[x.Article] = true
	}
	return fmt.Sprintf("%s not quoted here (%s support this event in all); Caravan's CSV, XLSX and JSON exports list every one.",
		tljsCount(more, "more passage"), tljsCount(len(articles), "article"))
}

// tljsDisplayName is the English name of a name-list id, or ref as it is.
func tljsDisplayName(c *data.Corpus, ref string) string {
	if n := c.Name(ref); n != nil && n.English != "" {
		return n.English
	}
	return ref
}

// tljsHeadline titles the timeline after the corpus folder's name. The
// folder's path stays out: it tells whoever the timeline is shared with
// how the analyst's disk is laid out, and nothing about the story.
func tljsHeadline(c *data.Corpus) string {
	name := strings.TrimRight(c.Root, `/\`)
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	if name == "" || name == "." || name == ".." {
		return "Caravan timeline"
	}
	return "Caravan timeline: " + name
}

// tljsTitleHTML is the title slide's text: what the timeline holds and
// what it leaves out.
func tljsTitleHTML(c *data.Corpus, events, undated int) string {
	langs := map[string]bool{}
	var order []string
	for _, a := range c.Articles {
		if a.Language != "" && !langs[a.Language] {
			langs[a.Language] = true
			order = append(order, language.Name(a.Language))
		}
	}
	text := fmt.Sprintf("%s from %s", tljsCount(events, "event"), tljsCount(len(c.Articles), "article"))
	if len(order) > 0 {
		text += " in " + strings.Join(order, ", ")
	}
	text += "."
	switch {
	case undated == 1:
		text += " 1 undated event is not shown."
	case undated > 1:
		text += fmt.Sprintf(" %d undated events are not shown.", undated)
	}
	return "<p>" + html.EscapeString(text) + "</p>"
}

// tljsDateAfter returns the day, month or year after d, to d's precision.
func tljsDateAfter(d data.Date) data.Date {
	next := d.End()
	switch d.Precision {
	case data.Day:
		return data.DateOf(next)
	case data.Month:
		return data.MonthDate(next.Year(), next.Month())
	}
	return data.YearDate(next.Year())
}

// tljsCount writes n things: "1 event", "2 events".
func tljsCount(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return strconv.Itoa(n) + " " + thing + "s"
}

// tljsEras collects the span of each storyline's events.
type tljsEras struct {
	order []string
	spans map[string]*[2]data.Date // first start, last end
}

func newTljsEras() *tljsEras {
	return &tljsEras{spans: map[string]*[2]data.Date{}}
}

// add widens the group's era to cover s.
func (e *tljsEras) add(group string, s data.Span) {
	span := e.spans[group]
	if span == nil {
		span = &[2]data.Date{s.Start, s.Last()}
		e.spans[group] = span
		e.order = append(e.order, group)
	}
	if s.Start.Start().Before(span[0].Start()) {
		span[0] = s.Start
	}
	if s.Last().End().After(span[1].End()) {
		span[1] = s.Last()
	}
}

// list returns the eras, in the order their storylines first appear.
//
// TimelineJS draws an era from one point to another, and drops the end of
// an era that ends where it starts (then rejects the era for having no
// end). So the end written is the first day, month or year after the
// storyline's last event, at that event's precision: the era covers the
// whole of it, and a storyline of one event still has a length.
func (e *tljsEras) list() []tljsEra {
	var out []tljsEra
	for _, group := range e.order {
		span := e.spans[group]
		out = append(out, tljsEra{
			StartDate: *tljsDateOf(span[0]),
			EndDate:   *tljsDateOf(tljsDateAfter(span[1])),
			Text:      tljsText{Headline: html.EscapeString(group)},
		})
	}
	return out
}
