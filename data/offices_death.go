package data

import (
	"fmt"
	"strings"
	"time"
)

// This file is rule 20 of the dating of undated reports (README "Years the
// people in office place"): a report of a leader's death or funeral is
// written in the days after it. "TAHRAN, 22 Mayıs (AA) - Helikopter
// kazasında hayatını kaybeden İran Cumhurbaşkanı İbrahim Reisi … cenaze
// namazını …", "ТЕГЕРАН, 23 мая. … Раиси, погибшего при крушении
// вертолета, похоронили …": when the title and lead tell of a death
// (deathWords) and name a person whose term ended with his death (the
// "died" of people.toml's office field), a year-less dateline that falls
// on that day or in the deathReach days after it, in one year only, is of
// that year.

// deathReach is how many days after a death its reports and funeral are
// dated.
const deathReach = 31

// placeDatelineAfterDeath places the year-less datelines of article a
// after the death its lead tells of (see this file's comment).
func (r *dateReader) placeDatelineAfterDeath(a *Article) {
	if r.offices == nil || a.Header.Precision >= Month {
		return
	}
	var open []int
	for i, m := range a.Mentions {
		w := r.meanings[i]
		if m.Stamp == StampPublished && !m.Resolved() && m.Kind == MentionExplicit && w.from.day != 0 && w.from.month != 0 && w.from.year == 0 && !w.hasTo && !w.solar {
			open = append(open, i)
		}
	}
	if len(open) == 0 {
		return
	}
	upTo := min(len(a.Paragraphs), leadParagraphs(a)+1)
	told := false
	for _, p := range a.Paragraphs[:upTo] {
		told = told || tellsOfDeath(p.Text)
	}
	if !told {
		return
	}
	if r.officeScan == nil {
		r.officeScan = r.offices.scanner()
	}
	s := r.officeScan.In(a)
	defer s.In(nil)
	var deaths []Office
	var who []string
	var matches []Match
	for _, p := range a.Paragraphs[:upTo] {
		matches = s.Find(p.Text, p.Start, matches[:0])
		for _, m := range matches {
			n := r.offices.holders[m.Ref]
			if n == nil || m.Kind != EvidenceActor || r.offices.fullOnly[n.ID] && !strings.ContainsAny(m.Text, " ·・\u00a0") {
				continue
			}
			for _, o := range n.Offices {
				if o.Died && !containsOffice(deaths, o) {
					deaths = append(deaths, o)
					who = append(who, n.English)
				}
			}
		}
	}
	if len(deaths) != 1 {
		return // none, or two deaths: which one the report tells of is not known
	}
	died := deaths[0].To.Start()
	for _, i := range open {
		w := r.meanings[i]
		year := 0
		for _, y := range []int{died.Year(), died.Year() + 1} {
			d := time.Date(y, w.from.month, w.from.day, 0, 0, 0, 0, time.UTC)
			if d.Day() != w.from.day || d.Before(died) || d.After(died.AddDate(0, 0, deathReach)) {
				continue
			}
			if w.nWeekdays == 1 && d.Weekday() != w.weekdays[0] {
				continue
			}
			year = y
		}
		if year == 0 {
			continue
		}
		p := w.from
		p.year = year
		if d := p.toDate(); !d.IsZero() {
			a.Mentions[i].SetSpan(Span{Start: d}, r.shareReason(fmt.Sprintf("%sthe death of %s on %s, which the lead tells of: %d", datelineYearReason, who[0], deaths[0].To, year)))
		}
	}
}

// containsOffice reports whether terms holds o.
func containsOffice(terms []Office, o Office) bool {
	for _, t := range terms {
		if t == o {
			return true
		}
	}
	return false
}
