package data

import (
	"fmt"
	"strings"
	"time"
)

// This file reads a time counted from a happening the sentence names
// beside a date of its own: "riots broke out on 8 January 2023, a week
// after Lula's inauguration", "избран в декабре 2016 года, через три
// месяца после смерти Каримова", "heeft woensdag de noodtoestand
// afgekondigd, een dag nadat troepen de grens waren overgestoken". The
// sentence's date is its main happening's; the happening the phrase
// names (its complement) lies the count before it (after it, for
// "before"): the inauguration on 1 January, the death in September 2016,
// the crossing on Tuesday. The phrases are found with the phrases of days
// relative to another date (dates_anchored.go, whose lexicon holds them,
// marked offset) and placed by placeOffset once the sentence's date is.
// "a week later", with no complement, is an anchored phrase of its own
// kind; "two days after the 12 June attack", whose complement has its
// date, is left alone.

// offsetLanguage is one language's words of a time counted from a
// happening named after them.
type offsetLanguage struct {
	// counts are the number words (a count in digits is read too);
	// bare: a unit alone is one of it ("через неделю после", "rok po").
	counts map[string]int
	bare   bool
	// units are the forms of the units after a count of one (or alone),
	// plurals after more, duals the forms that count two themselves
	// (Arabic "يومين").
	units, plurals, duals map[string]relUnit
	// after and before are the words around the count and its unit that
	// make it a time after (before) the complement: "через … после",
	// "… after", "بعد … من".
	after, before []offsetFrame
	// fixed are whole phrases of a day after (1) or before (-1) their
	// complement: "the day after", "le lendemain de", "غداة".
	fixed map[string]int
	// notAfter are words that make the phrase after them a vaguer one
	// ("à la veille de": in the days before).
	notAfter []string
}

// offsetFrame is the word written before the count (none in most
// languages) and the word or words written after its unit.
type offsetFrame struct{ pre, post string }

// countWords reads "one un|two|three" as the counts first, first+1, …
// of each group's words.
func countWords(first int, groups string) map[string]int {
	out := map[string]int{}
	for n, g := range strings.Split(groups, "|") {
		for _, w := range strings.Fields(g) {
			out[w] = first + n
		}
	}
	return out
}

// unitForms reads the forms of a day, a week, a month and a year, each
// argument the forms of one unit separated by spaces.
func unitForms(day, week, month, year string) map[string]relUnit {
	out := map[string]relUnit{}
	for u, forms := range map[relUnit]string{unitDay: day, unitWeek: week, unitMonth: month, unitYear: year} {
		for _, w := range strings.Fields(forms) {
			out[w] = u
		}
	}
	return out
}

// frames pairs its arguments as offsetFrames: pre, post, pre, post, ….
func frames(words ...string) []offsetFrame {
	var out []offsetFrame
	for i := 0; i+1 < len(words); i += 2 {
		out = append(out, offsetFrame{words[i], words[i+1]})
	}
	return out
}

// countMark stands for a count written in digits in a phrase's words.
const countMark = "#"

// offsetPhrases returns the phrases of l, written out: every frame with
// every count and a unit of its number ("two days after", "# days after",
// "a day after"), and the fixed phrases. A phrase's shift is the count of
// units its sentence's date lies after the complement: negative for
// "before". A phrase with a count in digits has shift ±1, multiplied by
// the count found.
func offsetPhrases(l offsetLanguage) map[string]anchoredShift {
	out := map[string]anchoredShift{}
	add := func(frame offsetFrame, sign int, count, unit string, n int, u relUnit) {
		words := strings.TrimSpace(strings.Join([]string{frame.pre, count, unit, frame.post}, " "))
		out[strings.Join(strings.Fields(words), " ")] = anchoredShift{n: sign * n, unit: u, offset: true}
	}
	for sign, fs := range map[int][]offsetFrame{1: l.after, -1: l.before} {
		for _, f := range fs {
			for unit, u := range l.units {
				if l.bare {
					add(f, sign, "", unit, 1, u)
				}
				for count, n := range l.counts {
					if n == 1 {
						add(f, sign, count, unit, 1, u)
					}
				}
			}
			for unit, u := range l.plurals {
				add(f, sign, countMark, unit, 1, u)
				for count, n := range l.counts {
					if n > 1 {
						add(f, sign, count, unit, n, u)
					}
				}
			}
			for unit, u := range l.duals {
				add(f, sign, "", unit, 2, u)
			}
		}
	}
	for text, n := range l.fixed {
		out[text] = anchoredShift{n: n, unit: unitDay, offset: true}
	}
	return out
}

// offsetReach is how many words may stand between the sentence's date
// and the phrase: "woensdag de noodtoestand afgekondigd, een dag nadat".
// Further, the date is more often another clause's.
const offsetReach = 4

// offsetGapStops are the words that, between the date and the phrase,
// open another clause whose time the phrase may be counted from ("the
// vote was on 5 May and the results came a week after it").
var offsetGapStops = map[string]bool{
	"and": true, "but": true, "while": true, "when": true, "und": true, "aber": true, "als": true, "en": true, "maar": true,
	"toen": true, "et": true, "mais": true, "quand": true, "y": true, "pero": true, "cuando": true, "e": true, "ma": true,
	"quando": true, "mas": true, "и": true, "но": true, "когда": true, "і": true, "й": true, "але": true, "коли": true,
	"i": true, "ale": true, "gdy": true, "kiedy": true, "و": true, "لكن": true, "عندما": true, "اما": true,
	"وقتی": true, "که": true,
}

// placeOffset places the phrase of mention i of a, a time counted from
// the happening it names (see offsetLanguage), against the date of its
// sentence: the one date written before it in its sentence, at most
// offsetReach words before, with no date after it there (which of them
// the count is from is not known, and a complement may carry its own). A
// day gives a day for days and weeks, the month for months, the year for
// years; a month gives a month for months and a year for years; a year
// gives a year for years.
func placeOffset(a *Article, i int, shift anchoredShift) {
	m := &a.Mentions[i]
	p := a.Paragraphs[m.Paragraph]
	from, to := sentenceBounds(p.Text, m.Start-p.Start, m.End-p.Start)
	var anchor *DateMention
	var after []*DateMention
	for j := range a.Mentions {
		o := &a.Mentions[j]
		if j == i || o.Paragraph != m.Paragraph || o.End-p.Start <= from || o.Start-p.Start >= to || o.Stamp != StampNone {
			continue // a dateline is the page's day, not the sentence's
		}
		if o.Start >= m.End {
			after = append(after, o)
			continue
		}
		if anchor != nil {
			m.Reason = "counted from what its sentence names, but its sentence has two dates before it"
			return
		}
		anchor = o
	}
	if anchor == nil || anchor.End > m.Start || !anchor.Resolved() || anchor.Stamp != StampNone || possessive(a.Text, anchor.End) {
		m.Reason = "counted from what its sentence names, but no date of the sentence comes before it"
		return
	}
	if gap := a.Text[anchor.End:m.Start]; !offsetGapOpen(gap, lexiconFor(a.Language)) {
		m.Reason = "counted from what its sentence names, but its sentence's date is another clause's"
		return
	}
	s := anchor.Span.Span()
	at := s.Start
	if !s.End.IsZero() {
		m.Reason = "counted from what its sentence names, but its sentence's date is a span"
		return
	}
	var placed Date
	switch {
	case shift.unit == unitYear && at.Precision >= Year:
		placed = YearDate(at.Year - shift.n)
	case shift.unit == unitMonth && at.Precision >= Month:
		t := time.Date(at.Year, at.Month, 1, 0, 0, 0, 0, time.UTC).AddDate(0, -shift.n, 0)
		placed = MonthDate(t.Year(), t.Month())
	case (shift.unit == unitDay || shift.unit == unitWeek) && at.Precision == Day:
		days := shift.n
		if shift.unit == unitWeek {
			days *= 7
		}
		placed = DateOf(at.Start().AddDate(0, 0, -days))
	default:
		m.Reason = "counted from what its sentence names, but its sentence's date is not that precise"
		return
	}
	// A date after the phrase may be its complement's own ("a week after
	// the vote of 28 April"): the count is not needed, and may disagree.
	// One past a clause mark in another year tells of something else
	// ("через три месяца после смерти Каримова, руководившего страной с
	// 1989 года").
	for _, o := range after {
		s := o.Span.Span()
		if !strings.ContainsAny(a.Text[m.End:o.Start], ",;") || !o.Resolved() || s.Start.Year <= placed.Year && placed.Year <= s.Last().Year {
			m.Reason = "counted from what its sentence names, but a date follows it there"
			return
		}
	}
	m.SetSpan(Span{Start: placed}, fmt.Sprintf("what the phrase names, counted back from %q, its sentence's date", anchor.Text))
	m.Announced = m.Announced || anchor.Announced
}

// offsetGapOpen reports whether the words between a sentence's date and
// a phrase counted from what the sentence names leave the date the
// phrase's clause's: at most offsetReach words, none opening a clause of
// its own (a conjunction, or "that" in lex's language).
func offsetGapOpen(gap string, lex *dateLexicon) bool {
	if lex != nil && lex.complementizerIn(gap) >= 0 {
		return false
	}
	words := normalisedWords(gap)
	if len(words) > offsetReach {
		return false
	}
	for _, w := range words {
		if offsetGapStops[w] {
			return false
		}
	}
	return true
}

// laterWords are the words after a count and its unit that make it a
// time after (later) or before (earlier) the date told before it: "two
// days later", "drie dagen eerder", "deux jours plus tard", "три дня
// спустя". They are anchored phrases (dates_anchored.go), placed as "a
// day later" is; Spanish and Portuguese "dos días después" keep the
// language's guards against a complement ("después de"), Italian "dopo"
// is read only before punctuation.
var laterWords = map[string]struct{ later, earlier []string }{
	"en": {[]string{"later"}, []string{"earlier"}},
	"de": {[]string{"später", "danach"}, []string{"zuvor", "früher", "vorher"}},
	"nl": {[]string{"later", "daarna"}, []string{"eerder", "daarvoor"}},
	"fr": {[]string{"plus tard"}, []string{"plus tôt", "auparavant"}},
	"es": {[]string{"después", "más tarde"}, []string{"antes"}},
	"it": {[]string{"dopo", "più tardi"}, []string{"prima"}},
	"pt": {[]string{"depois", "mais tarde"}, []string{"antes"}},
	"ru": {[]string{"спустя", "позже", "позднее"}, []string{"раньше", "ранее"}},
	"uk": {[]string{"пізніше", "потому"}, []string{"раніше"}},
	"pl": {[]string{"później"}, []string{"wcześniej"}},
}

// laterPhrases returns the anchored phrases of a count of units later or
// earlier than the date told before, in language code: "two days later",
// "# days later", "a week earlier". Closed (only before punctuation or
// the end of the clause) in Italian, whose "dopo" takes a complement
// without a preposition ("due giorni dopo un incontro").
func laterPhrases(code string) map[string]anchoredShift {
	words, ok := laterWords[code]
	l := offsetLanguages[code]
	out := map[string]anchoredShift{}
	if !ok {
		return out
	}
	closed := ""
	if code == "it" {
		closed = " |" // "una settimana dopo un incontro" is counted from the meeting
	}
	for sign, list := range map[int][]string{1: words.later, -1: words.earlier} {
		for _, w := range list {
			for unit, u := range l.units {
				for count, n := range l.counts {
					if n == 1 {
						out[count+" "+unit+" "+w+closed] = anchoredShift{n: sign, unit: u}
					}
				}
				if l.bare {
					out[unit+" "+w+closed] = anchoredShift{n: sign, unit: u}
				}
			}
			for unit, u := range l.plurals {
				out[countMark+" "+unit+" "+w+closed] = anchoredShift{n: sign, unit: u}
				for count, n := range l.counts {
					if n > 1 {
						out[count+" "+unit+" "+w+closed] = anchoredShift{n: sign * n, unit: u}
					}
				}
			}
		}
	}
	return out
}
