package discover

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data"
)

// The date an anniversary recalls is the recalled happening's. "The visit
// … is timed to the 85th anniversary of the victory of Soviet and
// Mongolian troops over Japanese forces at Khalkhin Gol in 1939" tells of
// a battle in 1939; the visit's word and Putin made it "Vladimir Putin
// hosts a visit in Vladivostok", a 1939 visit, and a storyline of 1939
// titled so. anniversaryDate keeps, for a date the anniversary word
// governs, only the words between the two: in English "anniversary of …
// in 1939", in Turkish, Kazakh or Chinese the other way round ("1939'daki
// Halhin Gol Muharebesi'nde … zaferin 85. yıl dönümüne", "1939 жылғы …
// шайқастың 85 жылдығы", "1939年…战役胜利85周年"). The kinds whose words
// stand there stay, the others go, and so do the names that stand
// elsewhere (Putin is no side of the battle). Nothing changes when no word of a kind stands between them ("in
// 2019, on the 80th anniversary, Putin visited": the date is the visit's)
// or another date does ("the anniversary of the victory in 1945 was marked
// by a parade on 9 May 2025": 9 May is the parade's), nor for a date the
// anniversary cannot recall (see recalled): Chinese writes the occasion
// after the anniversary ("去年1月25日…举行了建交30周年视频峰会", last
// year's summit for the 30th anniversary of relations), and the summit of
// 2022 is no happening of 1992.
func anniversaryDate(c *Candidate, run []*Candidate) {
	// What an anniversary recalls lies in the past: a year, or a date
	// told in retrospect. (Asked of every candidate: the others cost no
	// lowering of their sentence.)
	if c.Undated || !c.Background && c.Span().Precision() != data.Year {
		return
	}
	words := data.AnniversaryWords(c.Article.Language)
	own, ok := dateClue(c)
	if !ok {
		return
	}
	text := c.Article.Text
	sentence := lowerKeepingBytes(text[c.Start:c.End])
	// The stretch between the date and the anniversary word nearest it,
	// and the ordinal written before that word.
	from, to, nth, found := 0, 0, 0, false
	for _, w := range words {
		for i := 0; ; {
			k := strings.Index(sentence[i:], w)
			if k < 0 {
				break
			}
			at := int(c.Start) + i + k
			i += k + len(w)
			var f, t int
			if at >= int(own.end) {
				f, t = int(own.end), at
			} else if at+len(w) <= int(own.start) {
				f, t = at+len(w), int(own.start)
			} else {
				continue
			}
			if !found || t-f < to-from {
				from, to, found = f, t, true
				nth = data.AnniversaryOrdinal(c.Article.Language, sentence, at-int(c.Start), at-int(c.Start)+len(w))
			}
		}
	}
	if !found || !recalled(c, nth) {
		return
	}
	for _, o := range run {
		if o == c || o.Undated || o.Start != c.Start || o.End != c.End {
			continue
		}
		if d, ok := dateClue(o); ok && int(d.start) >= from && int(d.end) <= to {
			return // another date stands between: the words there are its own
		}
	}
	inside := func(x clue) bool { return int(x.start) >= from && int(x.end) <= to }
	var keep KindSet
	names := map[string]bool{}
	for _, x := range c.evidence {
		switch {
		case !inside(x):
		case x.kind == clueTerm:
			keep = keep.With(Kind(refName(x.ref)))
		case x.kind == cluePlace || x.kind == clueActor:
			names[refName(x.ref)] = true
		}
	}
	if keep &= c.Kinds; keep == 0 {
		return
	}
	c.Kinds = keep
	var places, actors, people []string
	for _, n := range c.Places() {
		if names[n] {
			places = append(places, n)
		}
	}
	for _, n := range c.Actors() {
		if names[n] {
			actors = append(actors, n)
		}
	}
	for _, n := range c.People() {
		if names[n] {
			people = append(people, n)
		}
	}
	// A new slice: candidates share their lists of names (copyOut).
	c.names = append(append(append([]string(nil), places...), actors...), people...)
	c.nPlaces, c.nActors = uint16(len(places)), uint16(len(actors))
	if len(c.names) == 0 {
		c.names = nil
	}
	if !names[refName(c.scene)] {
		c.scene = 0
	}
}

// lowerKeepingBytes lowers s rune by rune, keeping a rune whose lower case
// is written in another number of bytes (Turkish "İ"), so that a byte
// offset in the result is one in s.
func lowerKeepingBytes(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if l := unicode.ToLower(r); utf8.RuneLen(l) == utf8.RuneLen(r) {
			r = l
		}
		b.WriteRune(r)
	}
	return b.String()
}

// recalled reports whether c's date can be what an anniversary with
// ordinal nth (0: none read) recalls, in a report of a known
// year: nth years before it, give or take one (the report may be written
// the year after, or the date be a season's), or, without an ordinal, two
// years or more before. A report of no known year cannot tell.
func recalled(c *Candidate, nth int) bool {
	a := c.Article
	if a.Date.IsZero() {
		return true
	}
	year := c.Span().Last().Year
	if nth == 0 {
		return year <= a.Date.Year-2
	}
	d := year + nth - a.Date.Year
	return d >= -1 && d <= 1
}
