package discover

import (
	"fmt"
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
	wanted  map[string]bool  // the figures of own
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
	for _, o := range work {
		a := c.Articles[o.article]
		if !a.Date.IsZero() || a.Text == "" {
			continue
		}
		if fs := reportFigures(a, 0); len(fs) > 0 {
			fi.own[o.article] = fs
			for _, f := range fs {
				fi.wanted[f] = true
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
	for _, i := range articles {
		a := c.Articles[i]
		if fi.filed[i] || a.DuplicateOf != "" || a.Date.Precision != data.Day || a.Text == "" {
			continue
		}
		fi.filed[i] = true
		for _, f := range reportFigures(a, a.Date.Year) {
			if fi.wanted[f] {
				fi.writers[f] = append(fi.writers[f], i)
			}
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
// tell of one day of the week up to its date.
func weekTold(a *data.Article, cands []Candidate) []Candidate {
	_, end := daysOf(data.Span{Start: a.Date})
	var out []Candidate
	for _, c := range cands {
		if c.Kind() != Happening && c.Span().Precision() == data.Day && c.to-c.from == 1 && c.from < end && c.from >= end-7 {
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
// that writes a year other than year (any year, when year is 0).
func reportFigures(a *data.Article, year int) []string {
	var out []string
	seen := map[string]bool{}
	for _, p := range a.Paragraphs {
		for _, sentence := range splitSentences(mapDigits(p.Text)) {
			figs, years := numbersIn(sentence)
			if len(figs) == 0 || slicesHasOther(years, year) {
				continue
			}
			for _, f := range figs {
				if !seen[f] {
					seen[f] = true
					out = append(out, f)
				}
			}
		}
	}
	return out
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

// splitSentences cuts a paragraph after each full stop, question or
// exclamation mark followed by a space (or the end): a decimal point
// ("51.77") is followed by a digit and cuts nothing.
func splitSentences(p string) []string {
	var out []string
	start := 0
	for i, r := range p {
		switch r {
		case '.', '!', '?', '。', '！', '？', '؟':
			end := i + len(string(r))
			if end == len(p) || p[end] == ' ' || p[end] == '\n' || r == '。' || r == '！' || r == '？' {
				out = append(out, p[start:end])
				start = end
			}
		}
	}
	if start < len(p) {
		out = append(out, p[start:])
	}
	return out
}

// numbersIn returns the distinctive figures of sentence s (canonical, see
// figureOf) and the years it writes: a run of four digits alone from 1900
// to 2099, or from 1300 to 1499 (Solar and lunar Hijri years).
func numbersIn(s string) (figs []string, years []int) {
	for i := 0; i < len(s); {
		if !isDigit(s[i]) || i > 0 && (isDigit(s[i-1]) || isWordByte(s[i-1])) {
			i++
			continue
		}
		// A run of digits with single separators between them.
		j := i
		for j < len(s) {
			if isDigit(s[j]) {
				j++
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
		if len(run) == 4 && allDigits(run) {
			if y := atoi(run); y >= 1900 && y <= 2099 || y >= 1300 && y <= 1499 {
				years = append(years, y)
			}
			continue
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
// leading zero, "2024 51" two numbers) is no figure.
func figureOf(run string) (string, bool) {
	groups, seps := splitRun(run)
	if len(groups) == 1 {
		return wholeFigure(groups[0])
	}
	thousands := len(groups[0]) <= 3 && groups[0][0] != '0'
	for k, g := range groups[1:] {
		thousands = thousands && len(g) == 3 && seps[k] == seps[0]
	}
	if thousands {
		return wholeFigure(strings.Join(groups, ""))
	}
	decimalPoint := seps[0] == "." || seps[0] == "," || seps[0] == "\u066b"
	if len(groups) != 2 || !decimalPoint || len(groups[0]) > 1 && groups[0][0] == '0' {
		return "", false
	}
	whole, frac := strings.TrimLeft(groups[0], "0"), strings.TrimRight(groups[1], "0")
	if frac == "" {
		return wholeFigure(groups[0])
	}
	if len(strings.TrimLeft(whole+frac, "0")) < 4 {
		return "", false
	}
	if whole == "" {
		whole = "0"
	}
	return whole + "." + frac, true
}

// wholeFigure returns a whole number as a figure when it is distinctive:
// 10,000 or more, with four digits or more before its trailing zeros.
func wholeFigure(digits string) (string, bool) {
	digits = strings.TrimLeft(digits, "0")
	if len(digits) < 5 || len(strings.TrimRight(digits, "0")) < 4 {
		return "", false
	}
	return digits, true
}

// splitRun cuts a run of digits at its separators, and returns the
// separators too.
func splitRun(run string) (groups, seps []string) {
	start := 0
	for i := 0; i < len(run); {
		if isDigit(run[i]) {
			i++
			continue
		}
		n := separatorLen(run, i)
		groups, seps = append(groups, run[start:i]), append(seps, run[i:i+n])
		i += n
		start = i
	}
	return append(groups, run[start:]), seps
}

// separatorLen returns the length of the separator of digit groups at
// s[i] ("," "." "'" a space, a no-break or narrow no-break space), or 0.
func separatorLen(s string, i int) int {
	switch s[i] {
	case ',', '.', ' ', '\'':
		return 1
	}
	for _, sep := range []string{"\u00a0", "\u202f", "\u066b", "\u066c"} {
		if strings.HasPrefix(s[i:], sep) {
			return len(sep)
		}
	}
	return 0
}

// mapDigits returns s with Arabic-Indic and Persian digits as ASCII ones.
func mapDigits(s string) string { return strings.Map(asciiDigit, s) }

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
