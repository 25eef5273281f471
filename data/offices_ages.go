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

// ageAt returns the age paragraph p gives the office-holder n that match
// m names (see this file's comment), and whether it gives one; lex are the
// titles of the article's language.
func ageAt(lex *titleWords, p Paragraph, m Match, n *Name) (personAge, bool) {
	if n.Born.IsZero() || diedInOffice(n) {
		return personAge{}, false
	}
	rel, end := m.Start-p.Start, m.End-p.Start
	age := 0
	after := strings.TrimLeft(p.Text[end:], " \t")
	if strings.HasPrefix(after, ",") || strings.HasPrefix(after, "،") || strings.HasPrefix(after, "(") {
		if g := ageAfter.FindStringSubmatch(p.Text[end:]); g != nil {
			age, _ = strconv.Atoi(g[1] + g[2])
		}
	}
	if age == 0 && strings.ContainsAny(p.Text[max(0, rel-80):rel], "0123456789") {
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
		return personAge{}, false
	}
	from, to := sentenceBounds(p.Text, rel, end)
	if len(appendYears(nil, p.Text[from:to])) > 0 {
		return personAge{}, false // "Tokayev, 66, elected in 2019": another time
	}
	return personAge{ageOf(n.Born, age), fmt.Sprintf("%s is %d (born %s)", n.English, age, n.Born)}, true
}

// mayTellAge reports whether text holds anything ageAfter or ageBefore
// could read: a number of two digits with a comma or a bracket before it
// (past spaces and "de"), or a hyphen, "岁", "歲" or a space and a "y"
// after it. Most reports hold none and need no scan of their names for
// ages; a byte loop, since a regular expression over every report costs
// more than the scan it saves.
func mayTellAge(text string) bool {
	digit := func(i int) bool { return i >= 0 && i < len(text) && text[i] >= '0' && text[i] <= '9' }
	for i := 0; i+1 < len(text); i++ {
		if text[i] < '1' || text[i] > '9' || !digit(i+1) || digit(i-1) || digit(i+2) {
			continue
		}
		// Before: ", 71", "، 71", "(71", ", de 47".
		k := i - 1
		for k >= 0 && (text[k] == ' ' || text[k] == '\t') {
			k--
		}
		if k >= 1 && text[k-1:k+1] == "de" {
			k -= 2
			for k >= 0 && (text[k] == ' ' || text[k] == '\t') {
				k--
			}
		}
		if k >= 0 && (text[k] == ',' || text[k] == '(') || k >= 1 && text[k-1:k+1] == "،" {
			return true
		}
		// After: "71-летний", "69-year-old", "69 yaşındaki", "71岁的".
		rest := text[i+2:]
		if strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "‐") || strings.HasPrefix(rest, "岁") || strings.HasPrefix(rest, "歲") ||
			len(rest) > 1 && rest[0] == ' ' && (rest[1] == 'y' || rest[1] == 'Y') {
			return true
		}
	}
	return false
}

// mayTellAgeIn reports whether a paragraph holds anything ageAfter or
// ageBefore could read: mayTellAge, with the white space of the regular
// expressions (\s: tab, line feed, form feed, carriage return, space)
// between the mark and the number, where mayTellAge, a quick look at a
// whole text, skips spaces and tabs only. A paragraph for which it is
// false gives no one an age (ageAt reads only its paragraph), whatever
// the rest of the text holds.
func mayTellAgeIn(text string) bool {
	digit := func(i int) bool { return i >= 0 && i < len(text) && text[i] >= '0' && text[i] <= '9' }
	space := func(i int) bool {
		switch text[i] {
		case ' ', '\t', '\n', '\f', '\r':
			return true
		}
		return false
	}
	for i := 0; i+1 < len(text); i++ {
		// (A digit before the number is not asked: ageBefore reads the
		// text from a sentence's start, whatever stands before it.)
		if text[i] < '1' || text[i] > '9' || !digit(i+1) || digit(i+2) {
			continue
		}
		// Before: ", 71", "، 71", "(71", ", de 47".
		k := i - 1
		for k >= 0 && space(k) {
			k--
		}
		if k >= 1 && text[k-1:k+1] == "de" {
			k -= 2
			for k >= 0 && space(k) {
				k--
			}
		}
		if k >= 0 && (text[k] == ',' || text[k] == '(') || k >= 1 && text[k-1:k+1] == "،" {
			return true
		}
		// After: "71-летний", "69-year-old", "69 yaşındaki", "71岁的".
		rest := text[i+2:]
		if strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "‐") || strings.HasPrefix(rest, "岁") || strings.HasPrefix(rest, "歲") ||
			len(rest) > 1 && rest[0] == ' ' && (rest[1] == 'y' || rest[1] == 'Y') {
			return true
		}
	}
	return false
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
