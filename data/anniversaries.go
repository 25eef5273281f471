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

// This file is rule 21 of the dating of undated reports (README "Years an
// anniversary places"): a report that tells of the Nth anniversary of
// something whose year is known is of that year plus N. "Бейжің, 3
// қыркүйек. … Екінші дүниежүзілік соғыстағы жеңістің 80 жылдығына
// арналған … шеру өтті" is 2025-09-03; "le défilé du 75e anniversaire de
// la victoire sur l'Allemagne nazie" is of 2020; "the 20th anniversary of
// the SCO" (founded 2001-06-15) of 2021. What is known is curated: the
// day a country became independent or an organisation was founded
// (names.toml's founded field), and a few happenings every reader dates
// (the victory of 1945, the invasion of Ukraine: anniversaryHappenings),
// with the words of each language for "anniversary" and its ordinals
// (anniversaries_words.go).
//
// What keeps it honest:
//   - the ordinal, the anniversary word and the anchor are read in one
//     sentence, and the sentence must give one year: two ordinals that
//     disagree, two anchors none of which is plainly nearest the
//     anniversary word, a year written that is neither the anchor's nor
//     the anniversary's, or an anniversary after today or before the
//     years the lists were written for (knownFrom) leave it open;
//   - a country is an anchor only with a word of its independence or
//     founding ("the 30th anniversary of Kazakhstan's independence", not
//     "of diplomatic relations with Kazakhstan"), and no anchor counts in
//     a sentence that tells of relations or of membership, whose years
//     the lists do not know;
//   - the victory of 1945 counts only with a word of victory or end: the
//     80th anniversary of the start of the war, of a battle or of a
//     siege is of another year;
//   - the anniversary's day is the anchor's day of that year, and a
//     year-less date takes the year that puts it within half a year of
//     that day (a parade on 24 June for the 75th anniversary of a victory
//     of 9 May is of 2020; a report of 2 January after an anniversary of
//     16 December is of the year after), or none;
//   - only a date in the anniversary's sentence, or the page's own
//     dateline when the title or lead tells of the anniversary without
//     announcing it ("ahead of next year's 80th anniversary" is not of
//     the anniversary's year) and without writing a year ("the parade
//     held in 2015 for the 70th anniversary" recalls another occasion),
//     is placed.

// anniversaryReach is how far, in days, a year-less date placed by an
// anniversary may lie from the anniversary's day.
const anniversaryReach = 183

// knownFrom is the first year the shipped lists were written for (their
// people's terms cover 2015–2026): an anniversary that falls before it
// is history, not the year of a report of the news.
const knownFrom = 2015

// anniversaryReason opens the reason of a year-less date placed by an
// anniversary its sentence tells of; dateArticle trusts such a year as if
// it were written.
const anniversaryReason = "an anniversary's year: "

// anniversaryFinder finds, in sentences that tell of an anniversary, the
// names of the lists that were founded on a known day, and the heads of
// state of such countries (who stand for their country when the sentence
// names no country: "Mirziyoyev … Mustaqilligining 33 yilligi"). It is
// compiled on first use and then only read.
type anniversaryFinder struct {
	once    sync.Once
	names   []*Name
	finder  *NameFinder
	founded map[string]*Name  // organisations and countries with a Founded day
	country map[string]string // a head of state → the country he leads
}

// newAnniversaryFinder returns a finder for the founded names of names,
// or nil when none was founded.
func newAnniversaryFinder(names []*Name) *anniversaryFinder {
	f := &anniversaryFinder{founded: map[string]*Name{}, country: map[string]string{}}
	for _, n := range names {
		if !n.Founded.IsZero() && n.Kind != Person {
			f.founded[n.ID] = n
			f.names = append(f.names, n)
		}
	}
	if len(f.founded) == 0 {
		return nil
	}
	for _, n := range names {
		if n.Kind == Person && len(n.Offices) > 0 && f.founded[n.Country] != nil {
			f.country[n.ID] = n.Country
			f.names = append(f.names, n)
		}
	}
	return f
}

// scanner returns scratch space for one goroutine.
func (f *anniversaryFinder) scanner() *NameScanner {
	f.once.Do(func() { f.finder = NewNameFinder(f.names) })
	return f.finder.Scanner()
}

// anniversary is what one sentence says: the Nth anniversary of an anchor
// of a known day (or year), told in words.
type anniversary struct {
	nth    int
	anchor Date   // the anchor's day, month or year
	what   string // the anchor, as the reason names it
}

// day returns the anniversary's day: the anchor's day of the year
// anchor + nth (the middle of that year when only the year is known).
func (an anniversary) day() time.Time {
	y := an.anchor.Year + an.nth
	switch an.anchor.Precision {
	case Day:
		return time.Date(y, an.anchor.Month, an.anchor.Day, 0, 0, 0, 0, time.UTC)
	case Month:
		return time.Date(y, an.anchor.Month, 15, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(y, time.July, 1, 0, 0, 0, 0, time.UTC)
}

// yearNear returns the year in which the day of the month lies within
// anniversaryReach days of the anniversary's day, 0 when none does.
func (an anniversary) yearNear(month time.Month, day int) int {
	at := an.day()
	for y := at.Year() - 1; y <= at.Year()+1; y++ {
		d := time.Date(y, month, day, 0, 0, 0, 0, time.UTC)
		if d.Day() != day {
			continue
		}
		if diff := d.Sub(at).Hours() / 24; diff >= -anniversaryReach && diff <= anniversaryReach {
			return y
		}
	}
	return 0
}

// reason says which anniversary placed a date in year.
func (an anniversary) reason(year int) string {
	return fmt.Sprintf("the %s anniversary of %s (%s) is in %d", ordinalEnglish(an.nth), an.what, an.anchor, year)
}

// ordinalEnglish writes n as an English ordinal: 1st, 22nd, 80th.
func ordinalEnglish(n int) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return fmt.Sprint(n) + suffix
}

// anniversaryAnchorReach is how far, in bytes, the nearest of several anchors may
// lie from the anniversary word, and how much nearer than the next it
// must be: "the Nth anniversary of X" writes X right by it in every
// language ("Birleşmiş Milletler Genel Kurulu, … Ukrayna'yı işgalinin
// birinci yıl dönümü": the invasion's, not the United Nations').
const anniversaryAnchorReach = 40

// of returns the anniversary sentence tells of, in the words of lex, with
// the founded names s finds in it (text at article offset base), and
// whether it tells of one with one year.
func (f *anniversaryFinder) of(lex *anniversaryTerms, s *NameScanner, sentence string, base int, matches []Match) (anniversary, bool) {
	lower := lowerPlain(sentence)
	ords := lex.ordinals(lower)
	if len(ords) == 0 {
		return anniversary{}, false
	}
	for _, o := range ords[1:] {
		if o.n != ords[0].n {
			return anniversary{}, false // "the 70th … and now the 80th"
		}
	}
	if lex.containsAny(lower, lex.guards) {
		return anniversary{}, false // relations, membership: years the lists do not know
	}
	// distance is how far the span [from, to) of the sentence lies from
	// the nearest anniversary word.
	distance := func(from, to int) int {
		best := len(lower)
		for _, o := range ords {
			d := 0
			switch {
			case to <= o.at:
				d = o.at - to
			case from >= o.end:
				d = from - o.end
			}
			best = min(best, d)
		}
		return best
	}
	type anchor struct {
		an   anniversary
		dist int
	}
	var anchors []anchor
	add := func(an anniversary, dist int) {
		for k, old := range anchors {
			if old.an.anchor.Year == an.anchor.Year {
				anchors[k].dist = min(old.dist, dist)
				return
			}
		}
		anchors = append(anchors, anchor{an, dist})
	}
	nth := ords[0].n
	for _, h := range anniversaryHappenings {
		if at, end := h.in(lex.lang, lower); at >= 0 {
			add(anniversary{nth: nth, anchor: h.day, what: h.what}, distance(at, end))
		}
	}
	if f != nil && s != nil {
		independence := lex.containsAny(lower, lex.independence)
		type country struct {
			n    *Name
			dist int
		}
		var places, leaders []country
		note := func(list []country, n *Name, dist int) []country {
			for k := range list {
				if list[k].n == n {
					list[k].dist = min(list[k].dist, dist)
					return list
				}
			}
			return append(list, country{n, dist})
		}
		for _, m := range s.Find(sentence, base, matches[:0]) {
			dist := distance(m.Start-base, m.End-base)
			if n := f.founded[m.Ref]; n != nil {
				switch {
				case n.Kind == Organisation:
					add(anniversary{nth: nth, anchor: n.Founded, what: "the " + n.English}, dist)
				case independence:
					places = note(places, n, dist)
				}
			} else if c := f.founded[f.country[m.Ref]]; c != nil && independence {
				leaders = note(leaders, c, dist)
			}
		}
		// A country named is the anchor; only when none is named does
		// the one country of the heads of state it names stand in. Of
		// several, the one plainly nearest the anniversary word ("Chinese
		// President Xi Jinping congratulated the people of Kazakhstan on
		// the 30th anniversary of the country's independence").
		if len(places) == 0 {
			places = leaders
		}
		slices.SortStableFunc(places, func(a, b country) int { return a.dist - b.dist })
		if len(places) > 1 && (places[0].dist > anniversaryAnchorReach || places[1].dist < places[0].dist+anniversaryAnchorReach) {
			return anniversary{}, false // whose independence is not known
		}
		if len(places) > 0 {
			add(anniversary{nth: nth, anchor: places[0].n.Founded, what: "the independence or founding of " + places[0].n.English}, places[0].dist)
		}
	}
	if len(anchors) == 0 {
		return anniversary{}, false
	}
	slices.SortStableFunc(anchors, func(a, b anchor) int { return a.dist - b.dist })
	if len(anchors) > 1 && (anchors[0].dist > anniversaryAnchorReach || anchors[1].dist < anchors[0].dist+anniversaryAnchorReach) {
		return anniversary{}, false // two anchors, neither plainly the one
	}
	an := anchors[0].an
	year := an.anchor.Year + an.nth
	if year > today().Year() || year < knownFrom {
		// After today, or before the years the lists were written for:
		// "BM Genel Kurulu, işgalin birinci yıl dönümünde" is not the
		// United Nations' first anniversary, of 1946.
		return anniversary{}, false
	}
	for _, y := range appendYears(nil, sentence) {
		if y != year && y != an.anchor.Year {
			return anniversary{}, false // "in 2015 … the 70th anniversary; now the 80th …"
		}
	}
	return an, true
}

// placeByAnniversary places the year-less dates of an undated report that
// an anniversary places (see this file's comment): the dates of the
// sentence that tells of it, and the page's dateline when its title or
// lead does.
func (r *dateReader) placeByAnniversary(a *Article) {
	lex := anniversaryWordsFor(a.Language)
	if lex == nil || a.Header.Precision >= Month {
		return
	}
	var open []int
	for i, m := range a.Mentions {
		w := r.meanings[i]
		if !m.Resolved() && m.Kind == MentionExplicit && w.from.day != 0 && w.from.month != 0 && w.from.year == 0 && !w.solar {
			open = append(open, i)
		}
	}
	if len(open) == 0 || !lex.mentionedLower(r.text.plainOf(a.Text)) {
		return
	}
	var s *NameScanner
	if r.anniversaries != nil {
		if r.anniversaryScan == nil {
			r.anniversaryScan = r.anniversaries.scanner()
		}
		s = r.anniversaryScan.In(a)
		defer s.In(nil)
	}
	// The sentences that tell of an anniversary, by paragraph.
	type told struct {
		paragraph, from, to int
		an                  anniversary
		// announced: the sentence announces what is to come; dated: it
		// writes a year other than the anchor's (a report with no year
		// of its own that writes the anniversary's year recalls another
		// occasion: "the parade held in 2015 for the 70th anniversary";
		// "the 80th anniversary of the victory of 1945" does not).
		announced, dated bool
	}
	var tells []told
	var matches []Match
	for i, p := range a.Paragraphs {
		if !lex.mentioned(p.Text, &r.lowered) {
			continue
		}
		// Sentence by sentence: each ends at a mark sentenceBounds takes
		// for an end, the next begins after it; the dot of an ordinal
		// ("den 75. Jahrestag", "1700. yıl dönümü") ends none.
		for from := 0; from < len(p.Text); {
			to := sentenceEnd(p.Text, from)
			sentence := p.Text[from:to]
			if lex.mentioned(sentence, &r.lowered) {
				if an, ok := r.anniversaries.of(lex, s, sentence, p.Start+from, matches); ok {
					dated := slices.ContainsFunc(appendYears(nil, sentence), func(y int) bool { return y != an.anchor.Year })
					tells = append(tells, told{i, from, to, an, r.sc.lex.announces(sentence), dated})
				}
			}
			from = to + 1
		}
	}
	if len(tells) == 0 {
		return
	}
	upTo := min(len(a.Paragraphs), leadParagraphs(a)+1)
	for _, i := range open {
		m, w := &a.Mentions[i], r.meanings[i]
		rel := m.Start - a.Paragraphs[m.Paragraph].Start
		year, why := 0, ""
		for _, t := range tells {
			in := t.paragraph == m.Paragraph && rel >= t.from && rel < t.to && m.Stamp != StampPublished
			// The dateline is the page's: its title or lead (or the
			// paragraph after it) telling of the anniversary, not
			// announcing it, places it.
			dateline := m.Stamp == StampPublished && t.paragraph < upTo && !t.announced && !t.dated
			if !in && !dateline {
				continue
			}
			y := t.an.yearNear(w.from.month, w.from.day)
			if y == 0 || year != 0 && y != year {
				year = -1
				break
			}
			year, why = y, t.an.reason(y)
		}
		if year <= 0 {
			continue
		}
		placed := w.from
		placed.year = year
		if w.nWeekdays == 1 {
			if d := placed.toDate(); d.IsZero() || d.Start().Weekday() != w.weekdays[0] {
				continue // "mercredi 24 juin" must be a Wednesday
			}
		}
		span := Span{Start: placed.toDate()}
		if w.hasTo {
			to := w.to
			to.year = year
			if to.month < placed.month {
				to.year++
			}
			span.End = to.toDate()
		}
		if span.Start.IsZero() {
			continue
		}
		m.SetSpan(span, r.shareReason(anniversaryReason+why))
	}
}

// sentenceEnd returns where the sentence of text that begins at from
// ends: at a mark sentenceBounds takes for an end, but not at the dot of
// an ordinal ("den 75. Jahrestag", "1700. yıl dönümü").
func sentenceEnd(text string, from int) int {
	_, to := sentenceBounds(text, from, from)
	for to < len(text) && text[to] == '.' && to > from && dateDigit(rune(text[to-1])) >= 0 {
		_, to = sentenceBounds(text, to+1, to+1)
	}
	return to
}

// lowerPlain lower-cases s for the anniversary words, dropping the dot
// that Go's lower case of Turkish "İ" keeps ("İşgal" → "işgal").
func lowerPlain(s string) string {
	return strings.ReplaceAll(textnorm.Lower(s), "\u0307", "")
}

// numberBefore reads the ordinal written right before byte i of lower:
// digits in any script with a short suffix ("80th", "75e", "80.º", "30.",
// "80-й", "80-"), or an ordinal word of the language.
func (lex *anniversaryTerms) numberBefore(lower string, i int) int {
	s := strings.TrimRightFunc(lower[:i], unicode.IsSpace)
	// A suffix of at most four letters or marks, then digits.
	t := s
	for k := 0; k < 4 && t != ""; k++ {
		r, size := utf8.DecodeLastRuneInString(t)
		if dateDigit(r) >= 0 || unicode.IsSpace(r) {
			break
		}
		t = t[:len(t)-size]
	}
	if n, ok := digitsAtEnd(t); ok {
		return n
	}
	w := lastWord(s)
	n := lex.words[w]
	if k := strings.LastIndexAny(w, "'’"); n == 0 && k >= 0 {
		// "l'ottantesimo": the ordinal after an elided article.
		_, size := utf8.DecodeRuneInString(w[k:])
		n = lex.words[w[k+size:]]
	}
	if n == 0 {
		return 0
	}
	// "vigésimo quinto", "yetmiş beşinci": the last word of a compound
	// ordinal is not the ordinal.
	prev := lastWord(strings.TrimRightFunc(s[:len(s)-len(w)], unicode.IsSpace))
	if prev != "" && (lex.words[prev] > 0 || slices.Contains(lex.tens, prev)) {
		return 0
	}
	return n
}

// numberAfter reads the ordinal written right after byte i of lower, as
// Arabic writes it ("الذكرى الثمانين", "الذكرى الـ80", "الذكرى السنوية
// الـ80"): the next word, or the one after a listed filler.
func (lex *anniversaryTerms) numberAfter(lower string, i int) int {
	rest := lower[i:]
	for k := 0; k < 2; k++ {
		rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
		w := firstWord(rest)
		if w == "" {
			return 0
		}
		if n := lex.words[w]; n > 0 {
			// "الخامسة والعشرين": the first word of a compound ordinal
			// is not the ordinal.
			if next := firstWord(strings.TrimLeftFunc(rest[len(w):], unicode.IsSpace)); strings.HasPrefix(next, "و") {
				return 0
			}
			return n
		}
		bare := strings.TrimPrefix(strings.TrimPrefix(w, "الـ"), "ال")
		if n, ok := digitsAtEnd(bare); ok && len(bare) > 0 && dateDigit(firstRune(bare)) >= 0 {
			return n
		}
		if !slices.Contains(lex.fillers, w) {
			return 0
		}
		rest = rest[len(w):]
	}
	return 0
}

// digitsAtEnd reads the number s ends with (one to four digits, in any
// script), and whether it ends with one.
func digitsAtEnd(s string) (int, bool) {
	n, mul, digits := 0, 1, 0
	for s != "" && digits < 5 {
		r, size := utf8.DecodeLastRuneInString(s)
		d := dateDigit(r)
		if d < 0 {
			break
		}
		n += d * mul
		mul *= 10
		digits++
		s = s[:len(s)-size]
	}
	if digits == 0 || digits > 4 || n == 0 {
		return 0, false
	}
	if s != "" {
		// "2025-80" or a word glued before the digits is no ordinal.
		// Chinese writes no space ("成立75周年").
		if r, _ := utf8.DecodeLastRuneInString(s); unicode.IsLetter(r) && !unicode.Is(unicode.Han, r) && !strings.HasSuffix(s, "الـ") && !strings.HasSuffix(s, "ال") || unicode.IsDigit(r) {
			return 0, false
		}
	}
	return n, true
}

// firstWord returns the first word of s (letters, digits, marks and
// hyphens), "" when s starts otherwise.
func firstWord(s string) string {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r) && r != '-' && r != '\u200c' && r != 'ـ' {
			break
		}
		i += size
	}
	return s[:i]
}

// firstRune returns the first rune of s.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
