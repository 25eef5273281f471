package data

import (
	"fmt"
	"strings"

	"github.com/caravan-analytics/caravan/data/textnorm"
)

// This file is rule 19 of the dating of undated reports (README "Years the
// people in office place"): an inauguration's day is the first day of a
// term. "The inauguration will take place in Astana on November 26" in a
// report about Tokayev, "Yemin töreninin 26 Kasım'da …", "Moscou, 19 mars
// … la prestation de serment du nouveau chef de l'État" (Serdar
// Berdimuhamedov): when a paragraph tells of an inauguration or an oath of
// office and writes a day of a month without its year, and a person it
// names (or, when it names none, a person of the title and lead) took
// office on that day and month in exactly one year of the shipped terms,
// the day is of that year. The terms' first days are the inaugurations
// (people.toml); a day of a month on which two of the people's terms
// began (Putin's every 7 May) leaves it open, as does a weekday written
// with it that does not fall on it, and so does a day on which terms of
// the same office of the same country began in two years (the United
// States' 20 January: "Biden attended the inauguration on January 20"
// is his successor's), and a paragraph that tells of an anniversary.

// inaugurationWords are, per language, the words that tell of an
// inauguration, an oath of office or a taking of office, lower case,
// found inside the paragraph. Words that also open a bridge or a building ("inaugurato",
// "inauguração", "inauguré") are not here.
var inaugurationWords = map[string][]string{
	"en": {"took office", "assumed office", "takes office", "take office", "inauguration", "inaugurated", "sworn in", "swearing-in", "swearing in", "oath of office"},
	"fr": {"entrée en fonction", "entré en fonction", "prendra ses fonctions", "pris ses fonctions", "investiture", "prestation de serment", "prêté serment", "prêter serment", "prêtera serment"},
	"de": {"amtsantritt", "sein amt an", "ihr amt an", "amtseinführung", "vereidigung", "vereidigt", "amtseid"},
	"nl": {"inauguratie", "beëdiging", "beëdigd", "ingezworen"},
	"es": {"asumió el cargo", "asumirá el cargo", "asume el cargo", "investidura", "toma de posesión", "tomará posesión", "tomó posesión", "juramentación"},
	"it": {"entrata in carica", "entra in carica", "entrato in carica", "insediamento", "giuramento", "giurato"},
	"pt": {"assume o cargo", "assumiu o cargo", "assumirá o cargo", "tomada de posse", "tomar posse", "tomou posse", "tomará posse", "cerimônia de posse", "cerimónia de posse"},
	"tr": {"göreve başla", "yemin töreni", "yemin etti", "yemin ederek", "yemin edecek"},
	"pl": {"zaprzysiężeni", "zaprzysiężon", "zaprzysięży", "inauguracj"},
	"ru": {"в должность", "инаугурац", "принес присягу", "принёс присягу", "принесет присягу", "принесёт присягу", "принесения присяги", "приведен к присяге"},
	"uk": {"на посаду", "інавгурац", "склав присягу", "складе присягу", "складання присяги"},
	"kk": {"қызметіне кіріс", "ұлықта", "ант берді", "ант береді", "ант беру", "инаугурац"},
	"ky": {"инаугурац", "ант берди", "ант берүү"},
	"uz": {"inauguratsiya", "qasamyod", "инаугурация", "қасамёд"},
	"tg": {"иноугуратсия", "савганд"},
	"az": {"andiçmə", "inauqurasiya"},
	"ar": {"تولى منصبه", "يتولى منصبه", "سيتولى منصبه", "تنصيب", "اليمين الدستورية", "أدى اليمين", "يؤدي اليمين", "سيؤدي اليمين"},
	"fa": {"آغاز به کار", "تحلیف", "تنفیذ"},
	"zh": {"上任", "就职", "就任", "宣誓"},
}

// anniversaryWords are the starts of words that tell of an anniversary,
// in every language: "the anniversary of the inauguration on 26
// November" is the day of a later year.
var anniversaryWords = []string{
	"anniversar", "jubil", "jahrestag", "jaar na", "jaar geleden", "year since", "years since", "year after",
	"aniversari", "aniversário", "anniversaire", "yıldönüm", "yıl dönüm", "rocznic", "годовщин", "річниц",
	"жылдығ", "yilligi", "йиллиги", "солгард", "ildönüm", "ذكرى", "سالگرد", "周年",
}

// tellsOfAnniversary reports whether paragraph text tells of an
// anniversary (anniversaryWords).
func tellsOfAnniversary(text string) bool {
	lower := textnorm.Lower(text)
	for _, w := range anniversaryWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// inaugurationReason opens the reason of a date whose year an
// inauguration's day chose; dateArticle trusts such a year as written.
const inaugurationReason = "an inauguration's day: "

// tellsOfInauguration reports whether paragraph text, in language lang,
// tells of an inauguration or an oath of office.
func tellsOfInauguration(lang, text string) bool {
	words := inaugurationWords[lang]
	if len(words) == 0 {
		return false
	}
	lower := textnorm.Lower(text)
	for _, w := range words {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// placeByInauguration places the year-less days of the paragraphs of
// article a that tell of an inauguration (see this file's comment).
func (r *dateReader) placeByInauguration(a *Article) {
	if r.offices == nil || len(inaugurationWords[a.Language]) == 0 {
		return
	}
	var open []int
	for i, m := range a.Mentions {
		w := r.meanings[i]
		if !m.Resolved() && m.Kind == MentionExplicit && w.from.day != 0 && w.from.month != 0 && w.from.year == 0 && !w.hasTo && !w.solar &&
			w.nWeekdays <= 1 && !cityWeekday(a.Language, m.Text) && tellsOfInauguration(a.Language, a.Paragraphs[m.Paragraph].Text) &&
			!tellsOfAnniversary(a.Paragraphs[m.Paragraph].Text) {
			open = append(open, i)
		}
	}
	if len(open) == 0 {
		return
	}
	if r.officeScan == nil {
		r.officeScan = r.offices.scanner()
	}
	s := r.officeScan.In(a)
	defer s.In(nil)
	holdersIn := func(from, to int) []*Name {
		var out []*Name
		var matches []Match
		for _, p := range a.Paragraphs[from:to] {
			for _, m := range s.Find(p.Text, p.Start, matches[:0]) {
				n := r.offices.holders[m.Ref]
				if n == nil || m.Kind != EvidenceActor || r.offices.fullOnly[n.ID] && !strings.ContainsAny(m.Text, " ·・\u00a0") {
					continue
				}
				if !containsName(out, n) {
					out = append(out, n)
				}
			}
		}
		return out
	}
	var lead []*Name
	leadDone := false
	for _, i := range open {
		m, w := &a.Mentions[i], r.meanings[i]
		people := holdersIn(m.Paragraph, m.Paragraph+1)
		if len(people) == 0 {
			// "The inauguration will take place in Astana on November
			// 26": the report's own people, of its title and lead.
			if !leadDone {
				lead, leadDone = holdersIn(0, min(len(a.Paragraphs), leadParagraphs(a)+1)), true
			}
			people = lead
		}
		year, who := 0, ""
		for _, n := range people {
			for _, o := range n.Offices {
				if o.From.Month != w.from.month || o.From.Day != w.from.day || o.From.Year == year || !termByTerm(n, o.Kind) ||
					r.offices.firstDays[firstDay{n.Country, o.Kind, o.From.Month, o.From.Day}] > 1 {
					continue
				}
				if w.nWeekdays == 1 && o.From.Start().Weekday() != w.weekdays[0] {
					continue
				}
				if year != 0 {
					year = -1
					break
				}
				year, who = o.From.Year, fmt.Sprintf("%s took office as %s on %s", n.English, strings.ReplaceAll(o.Kind, "-", " "), o.From)
			}
			if year < 0 {
				break
			}
		}
		if year <= 0 {
			continue
		}
		p := w.from
		p.year = year
		if d := p.toDate(); !d.IsZero() {
			m.SetSpan(Span{Start: d}, r.shareReason(fmt.Sprintf("%s%d: %s, and the paragraph tells of an inauguration", inaugurationReason, year, who)))
		}
	}
}

// longestMandate is the longest term of office of the people listed: no
// head of state or government of the lists is elected for more than seven
// years.
const longestMandate = 7*365 + 2 + 183

// termByTerm reports whether person n's terms of an office are listed one
// mandate at a time: none lasts longer than a mandate can. Only then is
// every first day of a term an inauguration and no inauguration hidden
// inside a term: Putin's terms since 2012 are one span, and his
// inaugurations of 2018 and 2024 fell on 7 May as that of 2012 did.
func termByTerm(n *Name, kind string) bool {
	for _, o := range n.Offices {
		if o.Kind != kind {
			continue
		}
		to := today()
		if !o.To.IsZero() {
			to = o.To.Start()
		}
		if to.Sub(o.From.Start()).Hours() > 24*longestMandate {
			return false
		}
	}
	return true
}

// containsName reports whether names holds n.
func containsName(names []*Name, n *Name) bool {
	for _, x := range names {
		if x == n {
			return true
		}
	}
	return false
}
