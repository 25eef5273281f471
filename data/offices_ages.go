package data

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// This file reads the ages a report gives the office-holders it names
// ("Putin, 71,", "Navalni, de 47 años,", "the 69-year-old President
// Tokayev", "71岁的普京"). A person of the lists whose birthday is known
// (people.toml's born field) is N years old during one year of days, so
// the report was written in that year of days: a clue of its year that
// placeByClues intersects with the others (report_clues.go).
//
// What keeps it honest:
//   - the age must stand right by the name: in apposition after it
//     (", 71,", " (71)", ", de 47 años,") or as an adjective right before
//     it, only a title between ("the 64-year-old president X"): "the
//     40-year-old son of President X" gives X no age;
//   - a sentence that writes a year is left out ("Tokayev, 66, elected in
//     2019"): it may tell the age at another time;
//   - a person whose term ended with his death is left out: the age of a
//     dead man is the age he died at, not his age when the report was
//     written.

// ageAfter matches an age in apposition right after a name: ", 71,",
// ", 42 ans,", ", de 47 años.", " (71)", "، 71 عاما،". The number is
// group 1 or 2.
var ageAfter = regexp.MustCompile(`^(?:\s*[,،]\s*(?:de\s+)?([1-9][0-9])(?:\s*(?:ans|años|anos|anni|jaar|lat|лет|года|год|років|роки|jahre|yaşında|عاما|عامًا|سنة|ساله|yoshda|жаста))?\s*(?:[,،;]|\.(?:\s|$)|$)|\s*\(([1-9][0-9])\))`)

// ageBefore matches an age written as an adjective at the end of the text
// before a name (and its title): "the 69-year-old", "der 71-jährige",
// "71-летний", "71 yaşındaki", "71岁的". The number is group 1.
var ageBefore = regexp.MustCompile(`(?i)(?:^|[^0-9])([1-9][0-9])(?:[-‐ ]year[-‐ ]old|-jährigen?|-jarige|-летн(?:ий|его|ему|им)|-річн(?:ий|ого)|-letni(?:ego|m)?|[- ]yaşındaki|岁的|歲的)\s*$`)

// personAge is the age a report gives a person: the days during which
// the person is that old.
type personAge struct {
	days dayRange
	who  string // "Vladimir Putin is 71 (born 1952-10-07)"
}

// ageOf returns the days during which a person born on born is age years
// old.
func ageOf(born Date, age int) dayRange {
	b := born.Start()
	return dayRange{b.AddDate(age, 0, 0), b.AddDate(age+1, 0, 0).AddDate(0, 0, -1)}
}

// ages returns the ages article a gives the office-holders with a known
// birthday (see this file's comment), in text order.
func (f *officeFinder) ages(a *Article, s *NameScanner) []personAge {
	s.In(a)
	defer s.In(nil)
	lex := titlesFor(a.Language)
	var out []personAge
	var matches []Match
	for _, p := range a.Paragraphs {
		matches = s.Find(p.Text, p.Start, matches[:0])
		for _, m := range matches {
			n := f.holders[m.Ref]
			if n == nil || n.Born.IsZero() || m.Kind != EvidenceActor || f.fullOnly[n.ID] && !strings.ContainsAny(m.Text, " ·・\u00a0") || diedInOffice(n) {
				continue
			}
			rel, end := m.Start-p.Start, m.End-p.Start
			age := 0
			if g := ageAfter.FindStringSubmatch(p.Text[end:]); g != nil {
				age, _ = strconv.Atoi(g[1] + g[2])
			} else {
				from, _ := sentenceBounds(p.Text, rel, end)
				pre := strings.TrimRight(p.Text[from:rel], " \u00a0")
				if lex != nil {
					if kind, rest := lex.titleAtEnd(pre); kind != "" {
						pre = strings.TrimRight(rest, " \u00a0")
					}
				}
				if g := ageBefore.FindStringSubmatch(pre); g != nil {
					age, _ = strconv.Atoi(g[1])
				}
			}
			if age == 0 {
				continue
			}
			from, to := sentenceBounds(p.Text, rel, end)
			if len(appendYears(nil, p.Text[from:to])) > 0 {
				continue // "Tokayev, 66, elected in 2019": another time
			}
			out = append(out, personAge{ageOf(n.Born, age), fmt.Sprintf("%s is %d (born %s)", n.English, age, n.Born)})
		}
	}
	return out
}

// diedInOffice reports whether a term of n ended with n's death.
func diedInOffice(n *Name) bool {
	for _, o := range n.Offices {
		if o.Died {
			return true
		}
	}
	return false
}

// bornBefore is the earliest birthday names.toml accepts: no one in
// office today was born before it.
var bornBefore = time.Date(1900, time.January, 1, 0, 0, 0, 0, time.UTC)
