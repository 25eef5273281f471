package discover

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/caravan-analytics/caravan/data"
)

// This file gives the corpus-year pass (corpus_year.go) a second kind of
// evidence that two reports tell the same happening: a figure they both
// write. Names and kinds of event recur (every Sunday vote in Kazakhstan
// names Kazakhstan and is a vote); a result such as "51.77%" ("51,77 %",
// "51.77 درصد") or a count such as "7,820,204" does not, and it is written
// alike in every language. When an undated report writes such a figure,
// and a report dated to the day writes it too, names someone or somewhere
// the undated one names, and is dated within figureWindow days of one of
// the undated report's year-less days, that day is of the dated report's
// year. Two figures in common need no name ("Варшава, 2 червня … 50,89% …
// 49,11%" beside "Data publikacji: 02.06.2025 … 50,89 proc. … 49,11 proc.",
// a report that names only the candidates, whom the shipped names do not
// know).
//
// What keeps look-alikes out:
//   - only distinctive figures count: a decimal of four significant digits
//     or more ("51.77", "7.820"), a whole number of 10,000 or more with four
//     digits before its trailing zeros ("7,820,204"); never a year, a small
//     count ("133 cardinals"), a round number ("150,000") or a date or time
//     ("10.11.2023", "04.17");
//   - a figure in a sentence that writes a year is another year's unless
//     the dated report's own year: "at the previous election, in 2018,
//     turnout was 67.5 %" is 2018's figure (in the undated report any year
//     written beside a figure sets it aside);
//   - one figure in common needs a name in common too;
//   - a reported weekday of the undated report that the corpus leaves
//     open (rule 13: one name in common, or a look-alike on another
//     day of that weekday) is the day the reports sharing a figure with
//     it tell of, of a kind that agrees, in the week up to their dates —
//     when that is one day ("a referendum on Sunday … 77.18 percent"
//     beside a report of 7 June 2022 with the same figure is Sunday 5
//     June 2022, though Kazakhstan's referendum of Sunday 6 October 2024
//     is in the folder too);
//   - every dated report that shares a figure with the undated one must
//     give the same year to the year-less day, and the years the corpus
//     gives one report must fit one writing day (fitOneReport);
//   - a year the names and kinds give (rule 2) and another the figures give
//     leave the day open.

// lastWeekday is how many days before a report's date its "last
// Saturday" may lie: a week, when it is written on a Saturday.
const lastWeekday = 7

// figureWindow is how many days from a dated report's date a year-less
// day of a report sharing a figure with it may lie: both tell the same
// happening, and a report writes the days around what it tells.
const figureWindow = 45

// figureLink is a report dated to the day that shares a figure with an
// undated report, and the figures ("50.89 and 49.11").
type figureLink struct {
	article *data.Article
	figure  string
	// tells are the candidates of the dated report told to the day, in
	// the week up to its date: what a weekday of the undated report may
	// name (see figureWeekday).
	tells []Candidate
}

// figureIndex files the distinctive figures of the corpus's undated
// reports (own) and the reports dated to the day that write one of them
// (writers). Reports the corpus pass dates to the day (by a dateline
// whose year it gave) join the writers for the next round.
type figureIndex struct {
	x       *Extractor
	own     map[int][]string // by article index: its figures, in text order
	wanted  map[string]bool  // the digits of the figures of own ("5177" for "51.77")
	writers map[string][]int
	filed   map[int]bool // articles scanned as writers
	s       *Scanner     // reads names, between rounds only
	named   map[int][]string
}

// newFigureIndex returns the figure index of the undated articles of
// work, nil when none writes a distinctive figure.
func (x *Extractor) newFigureIndex(c *data.Corpus, work []openDates) *figureIndex {
	fi := &figureIndex{x: x, own: map[int][]string{}, wanted: map[string]bool{}, writers: map[string][]int{},
		filed: map[int]bool{}, named: map[int][]string{}}
	// Each article's figures are read on every core (a second of one
	// core at 100,000 articles), then filed in order.
	own := make([][]string, len(work))
	onEveryCore(len(work), func() func(int) {
		return func(k int) {
			if a := c.Articles[work[k].article]; a.Date.IsZero() && a.Text != "" {
				own[k] = reportFigures(a, 0, nil)
			}
		}
	})
	for k, fs := range own {
		if len(fs) > 0 {
			fi.own[work[k].article] = fs
			for _, f := range fs {
				fi.wanted[strings.Replace(f, ".", "", 1)] = true
			}
		}
	}
	if len(fi.own) == 0 {
		return nil
	}
	fi.s = x.NewScanner()
	return fi
}

// file scans those of articles that are dated to the day for the figures
// undated reports write.
func (fi *figureIndex) file(c *data.Corpus, articles []int) {
	if fi == nil {
		return
	}
	// The figures are read on every core (wanted is only read), then
	// filed in the articles' order.
	figs := make([][]string, len(articles))
	onEveryCore(len(articles), func() func(int) {
		return func(k int) {
			i := articles[k]
			if a := c.Articles[i]; !fi.filed[i] && a.DuplicateOf == "" && a.Date.Precision == data.Day && a.Text != "" {
				figs[k] = reportFigures(a, a.Date.Year, fi.wanted)
			}
		}
	})
	for k, i := range articles {
		a := c.Articles[i]
		if fi.filed[i] || a.DuplicateOf != "" || a.Date.Precision != data.Day || a.Text == "" {
			continue
		}
		fi.filed[i] = true
		for _, f := range figs[k] {
			fi.writers[f] = append(fi.writers[f], i)
		}
	}
}

// links returns, for each undated article with figures (by its index in
// the corpus), the reports dated to the day that write one of its
// figures and name someone or somewhere it names, or write two of its
// figures (a result "50.89 % against 49.11 %" in a report that names
// only the candidates, whom the shipped names do not know). per holds
// the articles' candidates.
func (fi *figureIndex) links(c *data.Corpus, per [][]Candidate) map[int][]figureLink {
	if fi == nil {
		return nil
	}
	namesOf := func(i int) []string {
		got, ok := fi.named[i]
		if !ok {
			got = fi.s.reportNames(c.Articles[i])
			fi.named[i] = got
		}
		return got
	}
	out := map[int][]figureLink{}
	for u, fs := range fi.own {
		if !c.Articles[u].Date.IsZero() {
			continue
		}
		// The figures each dated report shares with u, in u's order.
		var order []int
		shared := map[int][]string{}
		for _, f := range fs {
			for _, d := range fi.writers[f] {
				if d == u {
					continue
				}
				if shared[d] == nil {
					order = append(order, d)
				}
				shared[d] = append(shared[d], f)
			}
		}
		for _, d := range order {
			if len(shared[d]) >= 2 || fi.x.shareAName(namesOf(u), namesOf(d)) {
				out[u] = append(out[u], figureLink{c.Articles[d], strings.Join(shared[d], " and "), weekTold(c.Articles[d], per[d])})
			}
		}
	}
	return out
}

// weekTold returns the candidates of report a (dated to the day) that
// tell of one day of the week up to its date, its "last Saturday" too:
// a report of Saturday 19 March writes "samedi dernier" for the 12th,
// seven days before (told of the undated report's "on Saturday", that
// day and the 19th are two days of one weekday, and figureWeekday
// places it only when the kinds leave one).
func weekTold(a *data.Article, cands []Candidate) []Candidate {
	_, end := daysOf(data.Span{Start: a.Date})
	var out []Candidate
	for _, c := range cands {
		if c.Kind() != Happening && c.Span().Precision() == data.Day && c.to-c.from == 1 && c.from < end && c.from >= end-1-lastWeekday {
			out = append(out, c)
		}
	}
	return out
}

// figureWeekday returns the day a reported weekday of an undated report
// names when reports that share a figure with it (links) tell of one day
// of that weekday alone in the week up to their dates, of a kind that
// agrees with the weekday's sentence (probe), and why.
func (x *Extractor) figureWeekday(probe *Candidate, wd time.Weekday, links []figureLink) (day, string, bool) {
	var found day = -1
	why := ""
	for _, l := range links {
		for k := range l.tells {
			c := &l.tells[k]
			if weekdayOf(c.from) != wd {
				continue
			}
			// Two occasions told in other words need two names in
			// common, as in rule 2.
			if v := x.verdict(probe, sigOf(c), true); !v.match || v.needTwo && x.countShared(probe, append(c.Places(), c.Actors()...)) < 2 {
				continue
			}
			if found >= 0 && c.from != found {
				return 0, "", false
			}
			if found < 0 {
				found = c.from
				why = fmt.Sprintf("on which %s, which writes the same figure %s, reports the %s", l.article.ID, l.figure, c.Kind())
			}
		}
	}
	return found, why, found >= 0
}

// reportNames returns the place and actor ids article a's paragraphs
// name.
func (s *Scanner) reportNames(a *data.Article) []string {
	s.names.In(a)
	var out []string
	for pi := range a.Paragraphs {
		places, actors := s.paragraphNames(a, pi)
		out = append(append(out, places...), actors...)
	}
	return out
}

// shareAName reports whether a name of a is one of b, or related to one
// (a country and its cities and leaders).
func (x *Extractor) shareAName(a, b []string) bool {
	for _, id := range a {
		if x.relatedToAny(id, b) {
			return true
		}
	}
	return false
}

// figureYear returns the year the figure links of an undated report give
// its year-less date y, and why; 0 when none gives one, -1 when two give
// different years.
func figureYear(y data.YearlessDate, links []figureLink) (int, string) {
	year, why := 0, ""
	for _, l := range links {
		ref := l.article.Date
		got := 0
		for yy := ref.Year - 1; yy <= ref.Year+1; yy++ {
			s := y.In(yy)
			if s.Start.IsZero() {
				continue
			}
			if d := s.Start.Start().Sub(ref.Start()) / (24 * time.Hour); d >= -figureWindow && d <= figureWindow {
				got = yy
			}
		}
		switch {
		case got == 0 || got == year:
		case year != 0:
			return -1, ""
		default:
			year = got
			why = fmt.Sprintf("%d%s%s writes the same figure %s and is dated %s", got, fromTheCorpus, l.article.ID, l.figure, ref)
		}
	}
	return year, why
}

// reportFigures returns the distinctive figures of article a's
// paragraphs (see figureOf), each once, leaving out those of a sentence
// that writes a year other than year (any year, when year is 0). With
// want, only figures whose digits it holds are read: the dated reports
// are scanned for the figures of undated ones, and a figure is made only
// for a run of those digits.
func reportFigures(a *data.Article, year int, want map[string]bool) []string {
	var out []string
	var figs []string
	var years []int
	for _, p := range a.Paragraphs {
		if !hasDigit(p.Text) {
			continue
		}
		text := mapDigits(p.Text)
		// Most paragraphs with a digit write dates and no figure: the
		// paragraph is read whole first and cut into its sentences only
		// when it has one. A run of digits never spans two sentences (a
		// full stop before a space is no separator, see numbersIn), so
		// the paragraph's runs are its sentences' runs.
		if figs, years = numbersIn(text, want, figs[:0], years[:0]); len(figs) == 0 {
			continue
		}
		for start := 0; start < len(text); {
			end := sentenceEnd(text, start)
			figs, years = numbersIn(text[start:end], want, figs[:0], years[:0])
			start = end
			if len(figs) == 0 || slicesHasOther(years, year) {
				continue
			}
			for _, f := range figs {
				if !slices.Contains(out, f) {
					out = append(out, f)
				}
			}
		}
	}
	return out
}

// hasDigit reports whether s has an ASCII, Arabic-Indic or Persian digit
// (the last two start with the bytes 0xD9 and 0xDB in UTF-8).
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if b := s[i]; isDigit(b) || b == 0xD9 || b == 0xDB {
			return true
		}
	}
	return false
}

// slicesHasOther reports whether years holds a year other than year (any,
// when year is 0).
func slicesHasOther(years []int, year int) bool {
	for _, y := range years {
		if year == 0 || y != year {
			return true
		}
	}
	return false
}

// sentenceEnd returns where the sentence of p that starts at start ends:
// after a full stop, question or exclamation mark followed by a space (or
// the end), or after a CJK one; a decimal point ("51.77") is followed by
// a digit and ends nothing.
func sentenceEnd(p string, start int) int {
	for i := start; i < len(p); i++ {
		switch p[i] {
		case '.', '!', '?':
			if i+1 == len(p) || p[i+1] == ' ' || p[i+1] == '\n' {
				return i + 1
			}
		case 0xE3, 0xEF, 0xD8:
			for _, mark := range []string{"。", "！", "？", "؟"} {
				if strings.HasPrefix(p[i:], mark) {
					return i + len(mark)
				}
			}
		}
	}
	return len(p)
}

// splitSentences cuts a paragraph into its sentences (see sentenceEnd).
func splitSentences(p string) []string {
	var out []string
	for start := 0; start < len(p); {
		end := sentenceEnd(p, start)
		out = append(out, p[start:end])
		start = end
	}
	return out
}

// numbersIn appends to figs the distinctive figures of sentence s
// (canonical, see figureOf) and to years the years it writes: a run of
// four digits alone from 1900 to 2099, or from 1300 to 1499 (Solar and
// lunar Hijri years).
//
// With want, a run whose digits it does not hold is no figure (see
// reportFigures).
func numbersIn(s string, want map[string]bool, figs []string, years []int) ([]string, []int) {
	for i := 0; i < len(s); {
		if !isDigit(s[i]) || i > 0 && (isDigit(s[i-1]) || isWordByte(s[i-1])) {
			i++
			continue
		}
		// A run of digits with single separators between them.
		j, digits := i, 0
		for j < len(s) {
			if isDigit(s[j]) {
				j++
				digits++
				continue
			}
			if sep := separatorLen(s, j); sep > 0 && j+sep < len(s) && isDigit(s[j+sep]) {
				j += sep
				continue
			}
			break
		}
		run := s[i:j]
		i = j
		if j < len(s) && isWordByte(s[j]) {
			continue // "C5", "F16", "3x": part of a word
		}
		if digits == 4 && len(run) == 4 {
			if y := atoi(run); y >= 1900 && y <= 2099 || y >= 1300 && y <= 1499 {
				years = append(years, y)
			}
			continue
		}
		// A figure has four significant digits or more: shorter runs are
		// left without a look.
		if digits < 4 {
			continue
		}
		if want != nil {
			var key [32]byte
			k := key[:0]
			for b := range len(run) {
				if isDigit(run[b]) && len(k) < len(key) {
					k = append(k, run[b])
				}
			}
			if !want[string(k)] {
				continue
			}
		}
		if f, ok := figureOf(run); ok {
			figs = append(figs, f)
		}
	}
	return figs, years
}

// figureOf returns the canonical form of a run of digits and separators
// when it is a distinctive figure: "7,820,204" and "7 820 204" are
// "7820204", "51,77" and "51.77" are "51.77". A run whose groups after the
// first are of three digits, all cut by one separator, is a whole number;
// one full stop or comma before other than three digits is a decimal
// point; anything else (a date "10.11.2023", a time "04.17" with its
// leading zero, "2024 51" two numbers) is no figure. It allocates only
// the figure it returns.
func figureOf(run string) (string, bool) {
	// The groups of digits, as offsets into run, and the first
	// separator; every separator must be that one for a whole number.
	var groups [12][2]int
	n, start := 0, 0
	firstSep, sameSeps := "", true
	for i := 0; i < len(run); {
		if isDigit(run[i]) {
			i++
			continue
		}
		if n == len(groups)-1 {
			return "", false
		}
		k := separatorLen(run, i)
		if firstSep == "" {
			firstSep = run[i : i+k]
		} else if run[i:i+k] != firstSep {
			sameSeps = false
		}
		groups[n] = [2]int{start, i}
		n++
		i += k
		start = i
	}
	groups[n] = [2]int{start, len(run)}
	n++
	group := func(k int) string { return run[groups[k][0]:groups[k][1]] }
	var buf [40]byte
	if n == 1 {
		return wholeFigure(buf[:0], group(0))
	}
	thousands := sameSeps && len(group(0)) <= 3 && run[0] != '0'
	for k := 1; k < n && thousands; k++ {
		thousands = len(group(k)) == 3
	}
	if thousands {
		digits := buf[:0]
		for k := range n {
			digits = append(digits, group(k)...)
		}
		return wholeFigure(buf[len(digits):len(digits)], string(digits))
	}
	decimalPoint := firstSep == "." || firstSep == "," || firstSep == "\u066b"
	if n != 2 || !decimalPoint || len(group(0)) > 1 && run[0] == '0' {
		return "", false
	}
	whole, frac := strings.TrimLeft(group(0), "0"), strings.TrimRight(group(1), "0")
	if frac == "" {
		return wholeFigure(buf[:0], group(0))
	}
	significant := len(whole) + len(frac)
	if whole == "" {
		significant = len(strings.TrimLeft(frac, "0"))
	}
	if significant < 4 {
		return "", false
	}
	if whole == "" {
		whole = "0"
	}
	out := append(append(append(buf[:0], whole...), '.'), frac...)
	return string(out), true
}

// wholeFigure returns a whole number as a figure when it is distinctive:
// 10,000 or more, with four digits or more before its trailing zeros. buf
// is scratch space.
func wholeFigure(buf []byte, digits string) (string, bool) {
	digits = strings.TrimLeft(digits, "0")
	if len(digits) < 5 || len(strings.TrimRight(digits, "0")) < 4 {
		return "", false
	}
	return string(append(buf, digits...)), true
}

// separatorLen returns the length of the separator of digit groups at
// s[i] ("," "." "'" a space, a no-break or narrow no-break space, the
// Arabic decimal and thousands marks), or 0.
func separatorLen(s string, i int) int {
	switch s[i] {
	case ',', '.', ' ', '\'':
		return 1
	case 0xC2: // U+00A0
		if strings.HasPrefix(s[i:], "\u00a0") {
			return 2
		}
	case 0xE2: // U+202F
		if strings.HasPrefix(s[i:], "\u202f") {
			return 3
		}
	case 0xD9: // U+066B, U+066C
		if strings.HasPrefix(s[i:], "\u066b") || strings.HasPrefix(s[i:], "\u066c") {
			return 2
		}
	}
	return 0
}

// mapDigits returns s with Arabic-Indic and Persian digits as ASCII ones
// (s itself when it has none).
func mapDigits(s string) string {
	for i := 0; i+1 < len(s); i++ {
		// U+0660–0669 are D9 A0–A9 in UTF-8, U+06F0–06F9 DB B0–B9.
		if s[i] == 0xD9 && s[i+1] >= 0xA0 && s[i+1] <= 0xA9 || s[i] == 0xDB && s[i+1] >= 0xB0 && s[i+1] <= 0xB9 {
			return strings.Map(asciiDigit, s)
		}
	}
	return s
}

// asciiDigit maps Arabic-Indic and Persian digits to ASCII ones: "۴۲.۷"
// and "42.7" are one figure.
func asciiDigit(r rune) rune {
	switch {
	case r >= '\u0660' && r <= '\u0669':
		return '0' + r - '\u0660'
	case r >= '\u06f0' && r <= '\u06f9':
		return '0' + r - '\u06f0'
	}
	return r
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// isWordByte reports whether b is an ASCII letter: a digit beside one is
// part of a name or code ("C5+1", "Su-35").
func isWordByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
