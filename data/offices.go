package data

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data/textnorm"
)

// This file dates what a careful reader dates by who is in office. A
// report that never writes its year ("mercredi 14 septembre", "martedì 17
// giugno") often titles the people it names: "le président kirghiz Sadyr
// Japarov", "il presidente cinese Xi Jinping". A person is titled so only
// while in that office, so the report was written inside the terms of
// every office-holder it titles; a day of a month falls on the weekday
// written with it once in five, six or eleven years, and inside such a
// window at most one of them usually fits. The terms are curated
// knowledge (people.toml's office field); the titles are words of each
// language (offices_titles.go).
//
// What keeps it honest:
//   - only a title written right before the name counts ("President Joe
//     Biden", "le président kirghiz Sadyr Japarov", "Rusya Devlet Başkanı
//     Vladimir Putin", "俄罗斯总统普京"); between them only the names of
//     places and a few small words ("of", "de", a comma) may stand, so
//     "the former president", "President-elect", "الرئيس الأمريكي السابق",
//     "Senate President", "Vice President" and "Cumhurbaşkanı Yardımcısı"
//     title no one; words before the title that say the person no longer
//     or not yet holds it ("former", "ex", "late", "then", "elect",
//     "acting", "vice", "бывший", "前", …) take the person out;
//   - a person titled in a sentence that writes a year is left out (a
//     report recalls "in 2016, President Obama …"), and a person the
//     report also titles with such a word is left out altogether;
//   - the year-less date lies near the day the report was written, so
//     its years are counted in the window widened by half a year each
//     side, and it is placed only when exactly one year fits;
//   - a term still running ends today: no report is written after the
//     day it is read (and not before the end of 2026, the lists' horizon,
//     whatever the machine's clock says).

// OfficeKinds are the offices terms may be of.
var OfficeKinds = []string{"president", "prime-minister", "chancellor"}

// officeReach is how far, in days, a year-less date may lie outside the
// window in which the report was written: a date written without its year
// is near the day it is written (see discover's fitOneReport).
const officeReach = 183

// today is the last day a report can have been written; tests fix it.
// A clock set in the past must not end the terms still running before
// the reports are written: they run at least to knownUntil.
var today = func() time.Time {
	if now := time.Now().UTC(); now.After(knownUntil) {
		return now
	}
	return knownUntil
}

// knownUntil is the last day the shipped terms of office were written
// for (people.toml covers 2015–2026).
var knownUntil = time.Date(2026, time.December, 31, 0, 0, 0, 0, time.UTC)

// parseOffice reads one term: "president 2019-03-20" (still in office) or
// "president 2017-01-20 2021-01-20". It returns why it cannot, or "".
func parseOffice(s string) (Office, string) {
	fields := strings.Fields(s)
	died := len(fields) == 4 && fields[3] == "died"
	if died {
		fields = fields[:3]
	}
	if len(fields) < 2 || len(fields) > 3 {
		return Office{}, `want "OFFICE FROM [TO [died]]", such as "president 2019-03-20" or "president 2017-01-20 2021-01-20"`
	}
	if !slices.Contains(OfficeKinds, fields[0]) {
		return Office{}, fmt.Sprintf("unknown office %q (want one of %s)", fields[0], strings.Join(OfficeKinds, ", "))
	}
	o := Office{Kind: fields[0], Died: died}
	var err error
	if o.From, err = ParseDate(fields[1]); err != nil || o.From.Precision != Day {
		return Office{}, fmt.Sprintf("%q is no day (YYYY-MM-DD)", fields[1])
	}
	if len(fields) == 3 {
		if o.To, err = ParseDate(fields[2]); err != nil || o.To.Precision != Day {
			return Office{}, fmt.Sprintf("%q is no day (YYYY-MM-DD)", fields[2])
		}
		if o.To.Before(o.From) {
			return Office{}, fmt.Sprintf("the term ends (%s) before it begins (%s)", o.To, o.From)
		}
	}
	return o, ""
}

// String writes the term as the reasons quote it.
func (o Office) String() string {
	switch {
	case o.To.IsZero():
		return "since " + o.From.String()
	case o.Died:
		return o.From.String() + " to " + o.To.String() + ", died"
	}
	return o.From.String() + " to " + o.To.String()
}

// officeFinder finds, in reports, the people of the name lists who hold
// offices, with the places that may stand between a title and a name. It
// is compiled on first use (most loads never need it) and then only read.
type officeFinder struct {
	once    sync.Once
	names   []*Name
	finder  *NameFinder
	holders map[string]*Name
	// firstDays counts, for each country, office and day of a month, the
	// years in which a term of the lists began on it: a day on which
	// several did is the constitution's (20 January in the United States,
	// 7 May in Russia), and an outgoing president attends his successor's
	// inauguration on the day his own term began (see
	// placeByInauguration).
	firstDays map[firstDay]int
	// fullOnly holds the office-holders who share their surname with
	// another person of the lists (the Berdimuhamedows, the Sharifs, the
	// Japarovs): the surname alone is given to one of them (people.toml)
	// but may mean the other, so only their full name counts here.
	fullOnly map[string]bool
}

// newOfficeFinder returns a finder for the office-holders of names, or
// nil when no name has terms.
func newOfficeFinder(names []*Name) *officeFinder {
	var keep []*Name
	holders := map[string]*Name{}
	countries := map[string]bool{}
	for _, n := range names {
		if len(n.Offices) > 0 {
			holders[n.ID] = n
			keep = append(keep, n)
			countries[n.Country] = true
		}
	}
	if len(holders) == 0 {
		return nil
	}
	// The places that stand between a title and a name are the countries
	// the office-holders serve ("Russian President", "президент России",
	// "Kazakistan Cumhurbaşkanı"); compiling every place of the lists
	// would take a quarter of a second.
	for _, n := range names {
		if n.Kind == Place && countries[n.ID] {
			keep = append(keep, n)
		}
	}
	surnames := map[string][]string{}
	for _, n := range names {
		if n.Kind == Person {
			f := strings.Fields(n.English)
			last := strings.ToLower(f[len(f)-1])
			surnames[last] = append(surnames[last], n.ID)
		}
	}
	fullOnly := map[string]bool{}
	for _, ids := range surnames {
		if len(ids) > 1 {
			for _, id := range ids {
				fullOnly[id] = true
			}
		}
	}
	firstDays := map[firstDay]int{}
	seen := map[firstDay]map[int]bool{}
	for _, n := range holders {
		for _, o := range n.Offices {
			k := firstDay{n.Country, o.Kind, o.From.Month, o.From.Day}
			if seen[k] == nil {
				seen[k] = map[int]bool{}
			}
			if !seen[k][o.From.Year] {
				seen[k][o.From.Year] = true
				firstDays[k]++
			}
		}
	}
	return &officeFinder{names: keep, holders: holders, fullOnly: fullOnly, firstDays: firstDays}
}

// firstDay is a day of a month on which a term of an office of a country
// began.
type firstDay struct {
	country, kind string
	month         time.Month
	day           int
}

// scanner returns scratch space for one goroutine.
func (f *officeFinder) scanner() *NameScanner {
	f.once.Do(func() { f.finder = NewNameFinder(f.names) })
	return f.finder.Scanner()
}

// dayRange is a stretch of days, both ends included.
type dayRange struct{ from, to time.Time }

// officeWindow is when a report was written, as the office-holders it
// titles say: the days of ranges (nil ranges and no who: nothing said).
type officeWindow struct {
	ranges []dayRange
	who    []string // "Sadyr Japarov is president (since 2021-01-28)"
}

// window returns the officeWindow of article a (see this file's comment).
func (f *officeFinder) window(a *Article, s *NameScanner) officeWindow {
	w, _ := f.windowAndAges(a, s, false)
	return w
}

// windowAndAges returns the officeWindow of article a and, when ages is
// set, the ages it gives office-holders (offices_ages.go), from one scan
// of its names.
func (f *officeFinder) windowAndAges(a *Article, s *NameScanner, ages bool) (officeWindow, []personAge) {
	s.In(a)
	defer s.In(nil)
	lex := titlesFor(a.Language)
	var aged []personAge
	type titled struct {
		kinds   []string
		guarded bool
	}
	byID := map[string]*titled{}
	var order []string
	var matches []Match
	for _, p := range a.Paragraphs {
		matches = s.Find(p.Text, p.Start, matches[:0])
		for k, m := range matches {
			n := f.holders[m.Ref]
			if n == nil || m.Kind != EvidenceActor || f.fullOnly[n.ID] && !strings.ContainsAny(m.Text, " ·・\u00a0") {
				continue
			}
			if ages {
				if age, ok := ageAt(lex, p, m, n); ok {
					aged = append(aged, age)
				}
			}
			kind, guarded := lex.titleBefore(p, matches[:k], m, a.Language)
			if kind == "" && !guarded {
				continue
			}
			from, to := sentenceBounds(p.Text, m.Start-p.Start, m.End-p.Start)
			if !guarded && len(appendYears(nil, p.Text[from:to])) > 0 {
				continue // "in 2016, President Obama …" recalls
			}
			// "the death of President Ebrahim Raisi": no longer in office.
			guarded = guarded || tellsOfDeath(p.Text[from:to])
			t := byID[n.ID]
			if t == nil {
				t = &titled{}
				byID[n.ID] = t
				order = append(order, n.ID)
			}
			t.guarded = t.guarded || guarded
			if kind != "" && !slices.Contains(t.kinds, kind) {
				t.kinds = append(t.kinds, kind)
			}
		}
	}
	var w officeWindow
	bounded := false
	for _, id := range order {
		t, n := byID[id], f.holders[id]
		if t.guarded {
			continue
		}
		for _, kind := range t.kinds {
			var terms []dayRange
			var said []string
			for _, o := range mergedTerms(n.Offices, kind) {
				to := today()
				if !o.To.IsZero() {
					to = o.To.Start()
				}
				if o.Died {
					// The reports of a death and a funeral title
					// the dead man as they did the day before
					// ("伊朗总统莱希" the day after the crash).
					to = to.AddDate(0, 0, deathReach)
				}
				terms = append(terms, dayRange{o.From.Start(), to})
				said = append(said, o.String())
			}
			if len(terms) == 0 {
				continue // an office the lists give the person no term of
			}
			if !bounded {
				w.ranges, bounded = terms, true
			} else {
				w.ranges = intersectRanges(w.ranges, terms)
			}
			w.who = append(w.who, fmt.Sprintf("%s is %s (%s)", n.English, strings.ReplaceAll(kind, "-", " "), strings.Join(said, ", ")))
		}
	}
	if len(w.ranges) == 0 {
		return officeWindow{}, aged
	}
	return w, aged
}

// mergedTerms returns the terms of offices of the given kind, the terms
// that follow one another without a gap (one mandate after the other)
// joined into one.
func mergedTerms(offices []Office, kind string) []Office {
	var out []Office
	for _, o := range offices {
		if o.Kind != kind {
			continue
		}
		if k := len(out) - 1; k >= 0 && !out[k].To.IsZero() && out[k].To == o.From {
			out[k].To = o.To
			continue
		}
		out = append(out, o)
	}
	return out
}

// intersectRanges returns the days both a and b hold.
func intersectRanges(a, b []dayRange) []dayRange {
	var out []dayRange
	for _, x := range a {
		for _, y := range b {
			from, to := x.from, x.to
			if y.from.After(from) {
				from = y.from
			}
			if y.to.Before(to) {
				to = y.to
			}
			if !to.Before(from) {
				out = append(out, dayRange{from, to})
			}
		}
	}
	return out
}

// yearFor returns the one year in which the day of the month p, written
// with the weekday wd, falls on that weekday within officeReach days of
// the window; 0 when none or several do.
func (w officeWindow) yearFor(month time.Month, day int, wd time.Weekday) int {
	if len(w.ranges) == 0 {
		return 0
	}
	first, last := w.ranges[0].from.Year(), w.ranges[0].to.Year()
	for _, r := range w.ranges {
		first, last = min(first, r.from.Year()), max(last, r.to.Year())
	}
	fit := 0
	for y := first - 1; y <= last+1; y++ {
		d := time.Date(y, month, day, 0, 0, 0, 0, time.UTC)
		if d.Day() != day || d.Weekday() != wd {
			continue
		}
		for _, r := range w.ranges {
			if !d.Before(r.from.AddDate(0, 0, -officeReach)) && !d.After(r.to.AddDate(0, 0, officeReach)) {
				if fit != 0 {
					return 0
				}
				fit = y
				break
			}
		}
	}
	return fit
}

// officeYearReason says why a weekday's year was chosen by the offices.
func officeYearReason(year int, w officeWindow) string {
	return fmt.Sprintf("%s%d while %s", weekdayYearReason, year, strings.Join(w.who, " and "))
}

// placeByOffice places the year-less dates written with a weekday that
// placeByWeekday left open in the one year the office-holders the report
// titles allow (see this file's comment).
func (r *dateReader) placeByOffice(a *Article) {
	if r.offices == nil {
		return
	}
	var open []int
	for i, m := range a.Mentions {
		w := r.meanings[i]
		if !m.Resolved() && m.Kind == MentionExplicit && w.nWeekdays == 1 && w.from.day != 0 && w.from.month != 0 && w.from.year == 0 && !w.hasTo && !w.solar &&
			!cityWeekday(a.Language, m.Text) {
			open = append(open, i)
		}
	}
	if len(open) == 0 {
		return
	}
	if r.officeScan == nil {
		r.officeScan = r.offices.scanner()
	}
	win := r.offices.window(a, r.officeScan)
	if len(win.ranges) == 0 {
		return
	}
	for _, i := range open {
		w := r.meanings[i]
		y := win.yearFor(w.from.month, w.from.day, w.weekdays[0])
		if y == 0 {
			continue
		}
		p := w.from
		p.year = y
		if d := p.toDate(); !d.IsZero() {
			a.Mentions[i].SetSpan(Span{Start: d}, r.shareReason(officeYearReason(y, win)))
		}
	}
}

// cityWeekdays are weekday words that also name a city: Tajik and
// Persian "Monday" is Dushanbe, and "Душанбе, 13 март" opening a Tajik
// report is its dateline, not a Monday. A weekday one cannot tell from a
// city chooses no year here.
var cityWeekdays = map[string][]string{"tg": {"душанбе"}, "fa": {"دوشنبه"}, "ru": {"душанбе"}, "uz": {"душанбе", "dushanbe"}}

// cityWeekday reports whether mention text, in language lang, holds a
// weekday word that is also a city's name.
func cityWeekday(lang, text string) bool {
	lower := textnorm.Lower(text)
	for _, w := range cityWeekdays[lang] {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// titleBefore returns the office that the words right before the name m
// in paragraph p title it with ("" when none), and whether words there
// say the person no longer or not yet holds it, or holds another ("the
// former president", "Vice President", "президент-элект"). places are
// the matches of p before m.
func (t *titleWords) titleBefore(p Paragraph, before []Match, m Match, lang string) (kind string, guarded bool) {
	if t == nil {
		return "", false
	}
	rel := m.Start - p.Start
	from, _ := sentenceBounds(p.Text, rel, m.End-p.Start)
	pre := p.Text[from:rel]
	// Trim, from the end, the places and small words that may stand
	// between a title and a name.
	k := len(before) - 1
	trim := func() bool {
		n := len(pre)
		pre = strings.TrimRightFunc(pre, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '\u200c' })
		for _, s := range [...]string{"'s", "’s"} { // "Kazakhstan's President"
			if strings.HasSuffix(pre, s) {
				pre = strings.TrimSuffix(pre, s)
			}
		}
		for k >= 0 && before[k].End-p.Start > from+len(pre) {
			k--
		}
		if k >= 0 && before[k].Kind == EvidencePlace && before[k].End-p.Start == from+len(pre) && before[k].Start-p.Start >= from {
			pre = pre[:before[k].Start-p.Start-from]
			k--
			return true
		}
		if w := lastWord(pre); w != "" && slices.Contains(t.fillers, textnorm.Lower(w)) {
			pre = pre[:len(pre)-len(w)]
			return true
		}
		return len(pre) != n
	}
	for trim() {
	}
	kind, rest := t.titleAtEnd(pre)
	if kind == "" {
		return "", false
	}
	// The words before the title, past the places: "former US
	// President", "the late", "Vice", "Senate President", "前总统".
	if t.han {
		r := []rune(rest)
		if t.guard(string(r[max(0, len(r)-3):])) {
			return kind, true
		}
		return kind, false
	}
	pre = rest
	for i := range 3 {
		for trim() {
		}
		w := lastWord(pre)
		if w == "" {
			break
		}
		if t.guard(w) {
			return kind, true
		}
		if i == 0 && startsUpper(w) && !weekdayWord(lang, w) {
			// "Senate President Tokayev": a title qualified by a
			// capitalised word may be another office. A weekday is
			// none: "On Saturday President Shavkat Mirziyoyev
			// abandoned …" titles the president of that Saturday.
			return "", false
		}
		pre = pre[:len(pre)-len(w)]
	}
	return kind, false
}

// weekdayWord reports whether word w is a weekday of language lang.
func weekdayWord(lang, w string) bool {
	return lexiconFor(lang).get(normaliseDateWord(nil, w)).has(roleWeekday)
}

// startsUpper reports whether word w begins with a capital letter.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// lastWord returns the last word of s: the letters, digits, apostrophes
// and hyphens it ends with ("" when s ends otherwise).
func lastWord(s string) string {
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r) && r != '-' && r != '\'' && r != '’' && r != '\u200c' {
			break
		}
		i -= size
	}
	return s[i:]
}
