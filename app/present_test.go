package app

import (
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"github.com/caravan-analytics/caravan/data"
)

// startTestPresentation opens a presentation of c's events in a test window
// of a 16:9 laptop screen's size.
func startTestPresentation(t *testing.T, c *data.Corpus, events []*data.Event) (*presentation, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	win := test.NewTempWindow(t, nil)
	win.SetPadded(false)
	p := newPresentation(win, c, events, 0)
	win.Resize(fyne.NewSize(1280, 720))
	return p, win
}

// pressKeys sends keys to the window's canvas, as the driver does for a
// keyboard or a presenter's clicker.
func pressKeys(win fyne.Window, keys ...fyne.KeyName) {
	for _, k := range keys {
		win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: k})
	}
}

// slideTexts returns the text of every canvas.Text drawn in the window.
func slideTexts(win fyne.Window) []string {
	var out []string
	for _, o := range test.LaidOutObjects(win.Content()) {
		if t, ok := o.(*canvas.Text); ok && o.Visible() {
			out = append(out, t.Text)
		}
	}
	return out
}

var progressPattern = regexp.MustCompile(`^\d+ / \d+$`)

// shownProgress returns the progress mark the window shows, or "".
func shownProgress(t *testing.T, win fyne.Window) string {
	t.Helper()
	var marks []string
	for _, s := range slideTexts(win) {
		if progressPattern.MatchString(s) {
			marks = append(marks, s)
		}
	}
	if len(marks) != 1 {
		t.Fatalf("want one progress mark, found %q", marks)
	}
	return marks[0]
}

// shows reports whether the window shows a text line equal to s.
func shows(win fyne.Window, s string) bool {
	for _, text := range slideTexts(win) {
		if text == s {
			return true
		}
	}
	return false
}

func TestPresentKeysMoveSlides(t *testing.T) {
	tests := []struct {
		name string
		keys []fyne.KeyName
		want string // progress mark afterwards
	}{
		{"starts at the first", nil, "1 / 5"},
		{"right", []fyne.KeyName{fyne.KeyRight}, "2 / 5"},
		{"space", []fyne.KeyName{fyne.KeySpace}, "2 / 5"},
		{"page down", []fyne.KeyName{fyne.KeyPageDown}, "2 / 5"},
		{"three forward", []fyne.KeyName{fyne.KeyRight, fyne.KeySpace, fyne.KeyPageDown}, "4 / 5"},
		{"left", []fyne.KeyName{fyne.KeyRight, fyne.KeyRight, fyne.KeyLeft}, "2 / 5"},
		{"page up", []fyne.KeyName{fyne.KeyRight, fyne.KeyRight, fyne.KeyPageUp}, "2 / 5"},
		{"not before the first", []fyne.KeyName{fyne.KeyLeft, fyne.KeyPageUp}, "1 / 5"},
		{"end", []fyne.KeyName{fyne.KeyEnd}, "5 / 5"},
		{"not past the last", []fyne.KeyName{fyne.KeyEnd, fyne.KeyRight, fyne.KeySpace}, "5 / 5"},
		{"home", []fyne.KeyName{fyne.KeyEnd, fyne.KeyHome}, "1 / 5"},
		{"other keys do nothing", []fyne.KeyName{fyne.KeyA, fyne.KeyF5, fyne.KeyReturn}, "1 / 5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := testCorpus()
			_, win := startTestPresentation(t, c, c.Events)
			pressKeys(win, tt.keys...)
			if got := shownProgress(t, win); got != tt.want {
				t.Errorf("progress %q, want %q", got, tt.want)
			}
		})
	}
}

func TestPresentSlideShowsTheEvent(t *testing.T) {
	c := testCorpus()
	_, win := startTestPresentation(t, c, c.Events)
	for i, e := range c.Events {
		if i > 0 {
			pressKeys(win, fyne.KeyRight)
		}
		if !shows(win, e.Title) {
			t.Errorf("slide %d does not show the title %q; shows %q", i+1, e.Title, slideTexts(win))
		}
		if !shows(win, formatSpan(e.Span)) {
			t.Errorf("slide %d does not show the date %q", i+1, formatSpan(e.Span))
		}
	}
}

func TestPresentEscLeaves(t *testing.T) {
	c := testCorpus()
	test.NewTempApp(t)
	// Not a temporary window: its clean-up would close it a second time.
	win := test.NewWindow(nil)
	newPresentation(win, c, c.Events, 0)
	closed := false
	win.SetOnClosed(func() { closed = true })
	pressKeys(win, fyne.KeyRight, fyne.KeyEscape)
	if !closed {
		t.Error("Esc did not close the presentation")
	}
}

func TestPresentOneStoryline(t *testing.T) {
	c := testCorpus()
	events := presentationEvents(c, "unrest")
	if len(events) != 2 {
		t.Fatalf("storyline unrest: %d events, want 2", len(events))
	}
	_, win := startTestPresentation(t, c, events)
	pressKeys(win, fyne.KeyEnd)
	if got := shownProgress(t, win); got != "2 / 2" {
		t.Errorf("progress %q, want 2 / 2", got)
	}
	if !shows(win, "Russian-led CSTO troops land in Kazakhstan") {
		t.Errorf("last slide of the storyline shows %q", slideTexts(win))
	}
}

func TestPresentTextScalesWithTheScreen(t *testing.T) {
	c := testCorpus()
	titleSize := func(win fyne.Window) float32 {
		for _, o := range test.LaidOutObjects(win.Content()) {
			if t, ok := o.(*canvas.Text); ok && t.Text == c.Events[0].Title {
				return t.TextSize
			}
		}
		return 0
	}
	_, win := startTestPresentation(t, c, c.Events)
	small := titleSize(win)
	win.Resize(fyne.NewSize(2560, 1440))
	large := titleSize(win)
	if small == 0 || large < 1.9*small || large > 2.1*small {
		t.Errorf("title size %v at 720 px high, %v at 1440 px: want twice as large", small, large)
	}
}

func TestFormatSpan(t *testing.T) {
	day := func(m time.Month, d int) data.Date { return data.DayDate(2022, m, d) }
	tests := []struct {
		span data.Span
		want string
	}{
		{data.Span{Start: day(time.September, 16)}, "16 Sep 2022"},
		{data.Span{Start: day(time.September, 16), End: day(time.September, 16)}, "16 Sep 2022"},
		{data.Span{Start: day(time.September, 14), End: day(time.September, 16)}, "14–16 Sep 2022"},
		{data.Span{Start: day(time.August, 30), End: day(time.September, 2)}, "30 Aug – 2 Sep 2022"},
		{data.Span{Start: data.MonthDate(2023, time.January), End: data.MonthDate(2023, time.May)}, "Jan–May 2023"},
		{data.Span{Start: data.MonthDate(2022, time.September)}, "Sep 2022"},
		{data.Span{Start: data.MonthDate(2022, time.September), End: data.YearDate(2023)}, "Sep 2022 – 2023"},
		{data.Span{Start: data.DayDate(2022, time.December, 30), End: data.DayDate(2023, time.January, 2)}, "30 Dec 2022 – 2 Jan 2023"},
		{data.Span{}, "undated"},
	}
	for _, tt := range tests {
		if got := formatSpan(tt.span); got != tt.want {
			t.Errorf("formatSpan(%v) = %q, want %q", tt.span, got, tt.want)
		}
	}
}

func TestKeyExcerptsPreferOneLanguageEach(t *testing.T) {
	c := testCorpus()
	got := keyExcerpts(c.Event("xi-astana"), maxKeyExcerpts)
	var langs []string
	for _, x := range got {
		langs = append(langs, x.Language)
	}
	// The Arabic passage with most evidence, the German one, then the
	// second Arabic passage.
	if strings.Join(langs, " ") != "ar de ar" || got[0].Paragraph != 0 {
		t.Errorf("key excerpts in %v (first paragraph %d), want ar de ar starting with paragraph 0", langs, got[0].Paragraph)
	}
	if n := len(keyExcerpts(c.Event("xi-astana"), 2)); n != 2 {
		t.Errorf("limit 2 gave %d excerpts", n)
	}
	if n := len(keyExcerpts(c.Event("c5-summit"), maxKeyExcerpts)); n != 0 {
		t.Errorf("unsupported event gave %d excerpts", n)
	}
}

// quoteCases are passages written for the tests, each with the quotation
// a slide should show and the evidence words that should stay marked.
func quoteCases() []struct {
	name     string
	x        data.Excerpt
	limit    int
	want     string
	evidence []string
} {
	long := func(lang string, evidence []string, sentences ...string) data.Excerpt {
		a := testArticle("a", lang, data.Date{}, strings.Join(sentences, " "))
		return quote(a, 0, evidence...)
	}
	nl := long("nl", []string{"Russische"},
		"De eerste zin gaat over iets anders en is vrij lang, zodat de alinea de grens ruim overschrijdt.",
		"Op 6 januari landden Russische troepen in Kazachstan.",
		"Ook de derde zin voegt weinig toe aan wat het publiek moet weten over de landing van de troepen.")
	ar := long("ar", []string{"أستانا"},
		"هذه جملة أولى طويلة لا علاقة لها بالحدث وتستمر طويلا حتى تتجاوز الفقرة الحد المسموح به في الشريحة؟",
		"زار الرئيس الصيني أستانا يوم 14 سبتمبر 2022.",
		"وهذه جملة ثالثة طويلة أيضا لا تضيف شيئا مهما إلى ما يجب أن يعرفه الجمهور عن الزيارة.")
	short := long("de", []string{"Xi", "Kasachstan"}, "Am Mittwoch reist Xi nach Kasachstan.")
	return []struct {
		name     string
		x        data.Excerpt
		limit    int
		want     string
		evidence []string
	}{
		{"short paragraph whole", short, 240, "Am Mittwoch reist Xi nach Kasachstan.", []string{"Xi", "Kasachstan"}},
		{"Dutch: the sentence with the evidence", nl, 60, "… Op 6 januari landden Russische troepen in Kazachstan. …", []string{"Russische"}},
		{"Dutch: grows by whole sentences", nl, 160, "… Op 6 januari landden Russische troepen in Kazachstan. Ook de derde zin voegt weinig toe aan wat het publiek moet weten over de landing van de troepen.", []string{"Russische"}},
		{"Arabic: question mark ends a sentence", ar, 60, "… زار الرئيس الصيني أستانا يوم 14 سبتمبر 2022. …", []string{"أستانا"}},
		{"one sentence too long is cut at a word; evidence cut off is dropped", short, 20, "Am Mittwoch reist …", nil},
	}
}

func TestQuoteExcerpt(t *testing.T) {
	for _, tt := range quoteCases() {
		t.Run(tt.name, func(t *testing.T) {
			q := quoteExcerpt(tt.x, tt.limit)
			if q.Text != tt.want {
				t.Errorf("got  %q\nwant %q", q.Text, tt.want)
			}
			var marked []string
			for _, sp := range q.Evidence {
				marked = append(marked, q.Text[sp.Start:sp.End])
			}
			if strings.Join(marked, "|") != strings.Join(tt.evidence, "|") {
				t.Errorf("evidence marked %q, want %q", marked, tt.evidence)
			}
		})
	}
}

// FuzzQuoteExcerpt checks, for any paragraph and any evidence span, that
// the quotation stays within the limit (plus its ellipses), and that every
// marked span lies inside it and holds the evidence's words.
func FuzzQuoteExcerpt(f *testing.F) {
	for _, tt := range quoteCases() {
		ev := 0
		if len(tt.x.Evidence) > 0 {
			ev = tt.x.Evidence[0].Start - tt.x.Start
		}
		f.Add(tt.x.Text, ev, 3, tt.limit)
	}
	f.Fuzz(func(t *testing.T, text string, evStart, evLen, limit int) {
		if !utf8.ValidString(text) || limit < 4 || limit > 1000 {
			return
		}
		x := data.Excerpt{Start: 100, End: 100 + len(text), Text: text}
		if evStart >= 0 && evLen > 0 && evStart+evLen <= len(text) {
			words := text[evStart : evStart+evLen]
			x.Evidence = []data.Match{{Start: 100 + evStart, End: 100 + evStart + evLen, Text: words}}
		}
		q := quoteExcerpt(x, limit)
		if n := utf8.RuneCountInString(q.Text); n > limit+4 {
			t.Errorf("quotation of %d runes for limit %d: %q", n, limit, q.Text)
		}
		for _, sp := range q.Evidence {
			if sp.Start < 0 || sp.End > len(q.Text) || sp.Start >= sp.End {
				t.Fatalf("span %v outside %q", sp, q.Text)
			}
			if q.Text[sp.Start:sp.End] != x.Evidence[0].Text {
				t.Errorf("span %v marks %q, want %q", sp, q.Text[sp.Start:sp.End], x.Evidence[0].Text)
			}
		}
	})
}
