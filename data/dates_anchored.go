package data

import (
	"bytes"
	"slices"
	"strings"
	"unicode/utf8"
)

// This file reads the days written relative to another date of the text:
// "the next day", "на следующий день", "le lendemain", "am nächsten Tag",
// "次日", "في اليوم التالي" (+1), "the day before", "la veille", "此前一天"
// (-1), "the same day", "в тот же день", "当天" (0). They are not relative
// to the article's date, as "tomorrow" is, but to the date the text told
// last: "Putin arrived on 27 November. The next day he attended the CSTO
// summit." is 28 November whenever the report was written. Years are read
// the same way ("the same year", "当年", "次年"). The scanner does not read
// them (their words are common: "day", "jour", "день"); the words around
// their key words, which the scan meets as words of their own, are
// searched, and they are placed once the dates before them are
// (placeAnchored). The phrases of each language are in
// dates_anchored_words.go.

// anchoredLanguage is one language's phrases of days relative to another
// date of the text.
type anchoredLanguage struct {
	// phrases maps a phrase, as written, to the days it lies from the date
	// before it. A phrase ending in " |" is one only before punctuation or
	// the end of the paragraph ("the day before," but not "the day before
	// the vote", which is relative to the vote); one starting with "^ "
	// only after punctuation or at the start (Chinese "第二天", but not
	// "会议第二天", the second day of the meeting).
	phrases map[string]int
	// years are the phrases of a year relative to the year told before
	// ("the same year", "l'année suivante", "同年", "当年"), written and
	// guarded as phrases are. Not "на следующий год", "наступного
	// року", "w następnym roku", "سال بعد": they are also "next year",
	// from the article's.
	years map[string]int
	// keys are words one of which every phrase holds: the date lexicon
	// of the language gives them tokens of their own, marked anchorKey,
	// and a paragraph whose scan met none holds no phrase and is not
	// searched further (see findAnchored).
	keys []string
	// notBefore are words that make the phrase relative to what follows
	// them ("le lendemain du vote", "на следующий день после выборов",
	// "the same day as the vote"); notAfter words written before the
	// phrase that do the same ("seçimle aynı gün" is written "… ile aynı
	// gün"), or counts ("دو روز بعد", two days later).
	notBefore, notAfter []string
}

// anchoredShift is what a phrase says: n days or n years from the date
// told before it, or (offset) n units (days, weeks, months, years) from
// the happening it names to the date of its sentence (dates_offset.go).
type anchoredShift struct {
	n      int
	unit   relUnit
	offset bool
}

// all returns the phrases of days and of years together, and those of
// the language's offsetLanguage.
func (l anchoredLanguage) all(code string) map[string]anchoredShift {
	out := offsetPhrases(offsetLanguages[code])
	for text, shift := range laterPhrases(code) {
		if _, taken := out[text]; !taken {
			out[text] = shift
		}
	}
	for text, n := range l.phrases {
		out[text] = anchoredShift{n: n, unit: unitDay}
	}
	for text, n := range l.years {
		out[text] = anchoredShift{n: n, unit: unitYear}
	}
	return out
}

// anchoredPhrase is a phrase of anchoredLanguage, read.
type anchoredPhrase struct {
	words []string // normalised (normaliseDateWord); one word for Chinese
	shift int
	year  bool // shift counts years, from the year told before
	// offset: a time counted from the happening named after it (see
	// anchoredShift), in unit; countAt is where a count in digits is
	// written: before words[countAt], -1 for none.
	offset  bool
	unit    relUnit
	countAt int
	// closed: only before punctuation or the end; opens: only after
	// punctuation or at the start (see anchoredLanguage.phrases).
	closed, opens bool
}

// anchoredLexicon is an anchoredLanguage ready for the scan.
type anchoredLexicon struct {
	phrases []anchoredPhrase
	// byFirst lists the phrases by their first word (not for Chinese).
	byFirst   map[string][]int
	cjk       bool
	notBefore map[string]bool
	prefixes  []string // notBefore words ending in "*": prefixes of the word after
	notAfter  map[string]bool
	// offsetNotAfter are the offsetLanguage's notAfter; unitWords the
	// forms of its units, normalised.
	offsetNotAfter, unitWords map[string]bool
}

// anchoredLexicons are the anchoredLanguages read, by language code.
var anchoredLexicons = func() map[string]*anchoredLexicon {
	out := map[string]*anchoredLexicon{}
	for code, l := range anchoredLanguages {
		x := &anchoredLexicon{notBefore: map[string]bool{}, notAfter: map[string]bool{}, byFirst: map[string][]int{}, offsetNotAfter: map[string]bool{}, unitWords: map[string]bool{}}
		for text, shift := range withJoinedConjunctions(code, l.all(code)) {
			p := anchoredPhrase{shift: shift.n, year: shift.unit == unitYear, unit: shift.unit, offset: shift.offset, countAt: -1}
			if rest, ok := strings.CutSuffix(text, " |"); ok {
				text, p.closed = rest, true
			}
			if rest, ok := strings.CutPrefix(text, "^ "); ok {
				text, p.opens = rest, true
			}
			if r, _ := utf8.DecodeRuneInString(text); isCJK(r) {
				x.cjk = true
				p.words = []string{text}
			} else {
				p.words = normalisedWords(text)
				if k := slices.Index(strings.Fields(text), countMark); k >= 0 {
					p.countAt = k // the mark is no word: it stands before word k
				}
			}
			if !x.cjk {
				x.byFirst[p.words[0]] = append(x.byFirst[p.words[0]], len(x.phrases))
			}
			x.phrases = append(x.phrases, p)
		}
		for _, w := range l.notBefore {
			if stem, ok := strings.CutSuffix(w, "*"); ok {
				x.prefixes = append(x.prefixes, string(normaliseDateWord(nil, stem)))
				continue
			}
			x.notBefore[string(normaliseDateWord(nil, w))] = true
		}
		for _, w := range l.notAfter {
			x.notAfter[string(normaliseDateWord(nil, w))] = true
		}
		o := offsetLanguages[code]
		for _, w := range o.notAfter {
			x.offsetNotAfter[string(normaliseDateWord(nil, w))] = true
		}
		for _, forms := range []map[string]relUnit{o.units, o.plurals, o.duals} {
			for w := range forms {
				x.unitWords[string(normaliseDateWord(nil, w))] = true
			}
		}
		out[code] = x
	}
	return out
}()

// normalisedWords splits text into its words (see isWord), each in its
// normal form.
func normalisedWords(text string) []string {
	var words []string
	for w := range strings.FieldsFuncSeq(text, func(r rune) bool { return !isWord(r) }) {
		words = append(words, string(normaliseDateWord(nil, w)))
	}
	return words
}

// anchoredFor returns the phrases of language lang, or nil.
func anchoredFor(lang string) *anchoredLexicon {
	return anchoredLexicons[strings.ToLower(lang)]
}

// lastRune is the last rune of s.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// anchoredWord is a word of a paragraph: where it is in the text, and
// where its normal form is in anchoredScratch.norms.
type anchoredWord struct {
	start, end       int
	normFrom, normTo int
}

// anchoredScratch is the memory find reuses from one paragraph to the
// next: the words of the paragraph and their normal forms, end to end.
type anchoredScratch struct {
	words []anchoredWord
	norms []byte
}

// norm is the normal form of word w. The callers convert it to a string
// right where they compare it or look it up, which copies nothing.
func (sc *anchoredScratch) norm(w anchoredWord) []byte {
	return sc.norms[w.normFrom:w.normTo]
}

// anchoredMatch is a phrase found in a paragraph; for an offset phrase,
// shift is its units (the count in digits taken in).
type anchoredMatch struct {
	start, end, shift int
	year              bool
	offset            bool
	unit              relUnit
}

// find appends to found the phrases of text, in text order, none
// overlapping; sc is its scratch memory.
func (x *anchoredLexicon) find(text string, sc *anchoredScratch, found []anchoredMatch) []anchoredMatch {
	if x.cjk {
		return x.findCJK(text, found)
	}
	sc.words, sc.norms = sc.words[:0], sc.norms[:0]
	for i, j := range dateWordsIn(text) {
		from := len(sc.norms)
		sc.norms = normaliseDateWord(sc.norms, text[i:j])
		sc.words = append(sc.words, anchoredWord{i, j, from, len(sc.norms)})
	}
	for k := 0; k < len(sc.words); k++ {
		best, bestCount, bestStart := -1, 0, 0
		for _, n := range x.byFirst[string(sc.norm(sc.words[k]))] {
			p := x.phrases[n]
			if best >= 0 && len(p.words) <= len(x.phrases[best].words) {
				continue
			}
			if count, start, ok := x.matches(text, sc, k, p); ok {
				best, bestCount, bestStart = n, count, start
			}
		}
		if best < 0 {
			continue
		}
		p := x.phrases[best]
		last := sc.words[k+len(p.words)-1]
		found = append(found, anchoredMatch{start: bestStart, end: last.end, shift: p.shift * max(bestCount, 1), year: p.year, offset: p.offset, unit: p.unit})
		k += len(p.words) - 1
	}
	return found
}

// matches reports whether phrase p is written at word k of text, with
// the words around it that its guards ask for. It returns the count
// written in digits where p has one (else 0) and where the phrase starts
// in text (at its count, when that comes first).
func (x *anchoredLexicon) matches(text string, sc *anchoredScratch, k int, p anchoredPhrase) (count, start int, ok bool) {
	words := sc.words
	if k+len(p.words) > len(words) || string(sc.norm(words[k])) != p.words[0] {
		return 0, 0, false
	}
	start = words[k].start
	if p.countAt == 0 {
		if count, start, ok = countBefore(text, start); !ok {
			return 0, 0, false
		}
	}
	for n, w := range p.words[1:] {
		n++
		if string(sc.norm(words[k+n])) != w {
			return 0, 0, false
		}
		// The words of a phrase stand in one clause: no full stop or
		// comma between them.
		gap := text[words[k+n-1].end:words[k+n].start]
		if strings.ContainsAny(gap, ".,;:!?()") {
			return 0, 0, false
		}
		if p.countAt == n {
			c, from, ok := countBefore(gap, len(gap))
			if !ok || strings.TrimSpace(gap[:from]) != "" {
				return 0, 0, false
			}
			count = c
		} else if p.offset && strings.IndexFunc(gap, func(r rune) bool { return dateDigit(r) >= 0 }) >= 0 {
			return 0, 0, false
		}
	}
	end := words[k+len(p.words)-1].end
	if p.offset {
		// A time counted from what follows: a word must follow in its
		// clause, and not the unit again ("day after day", "rok po roku").
		if k+len(p.words) >= len(words) {
			return 0, 0, false
		}
		next := words[k+len(p.words)]
		if strings.ContainsAny(text[end:next.start], anchorPhraseEnds) {
			return 0, 0, false
		}
		n := string(sc.norm(next))
		for _, w := range p.words {
			if x.unitWords[w] && strings.HasPrefix(n, w) {
				return 0, 0, false
			}
		}
	} else if k+len(p.words) < len(words) {
		next := words[k+len(p.words)]
		open := !strings.ContainsAny(text[end:next.start], anchorPhraseEnds)
		if open && (p.closed || x.notBefore[string(sc.norm(next))]) {
			return 0, 0, false
		}
		for _, pre := range x.prefixes {
			if n := sc.norm(next); open && bytes.HasPrefix(n, []byte(pre)) && len(n) > len(pre)+2 {
				return 0, 0, false
			}
		}
	}
	if k > 0 {
		prev := words[k-1]
		notAfter := x.notAfter
		if p.offset {
			notAfter = x.offsetNotAfter
		}
		if prev.end <= start && !strings.ContainsAny(text[prev.end:start], anchorPhraseEnds) && notAfter[string(sc.norm(prev))] {
			return 0, 0, false
		}
	}
	// A count before it ("2 days later" is no "a day later"): a digit
	// right before the phrase.
	before := strings.TrimRight(text[:start], " \u00a0")
	return count, start, dateDigit(lastRune(before)) < 0
}

// countBefore reads the count written in one or two digits right before
// byte at of text (spaces between): its value and where it starts.
func countBefore(text string, at int) (count, start int, ok bool) {
	rest := strings.TrimRight(text[:at], " \u00a0")
	start = len(rest)
	for start > 0 && dateDigit(lastRune(rest[:start])) >= 0 {
		_, size := utf8.DecodeLastRuneInString(rest[:start])
		start -= size
	}
	digits := rest[start:]
	if digits == "" || utf8.RuneCountInString(digits) > 2 || start > 0 && isWord(lastRune(rest[:start])) {
		return 0, 0, false
	}
	for _, r := range digits {
		count = count*10 + dateDigit(r)
	}
	return count, start, count > 0
}

// anchorPhraseEnds end a clause for the anchored phrases: a phrase before
// one has no complement (more marks than clauseBounds cuts at).
const anchorPhraseEnds = ".,;:!?—–()\"«»"

// findCJK finds the Chinese phrases: written without spaces, they are
// found anywhere, but only where a clause opens (after punctuation, at
// the start, or after a word of time "于", "在", "并", "而"), since
// "本次日程" (this schedule) holds "次日" and "同日本" (with Japan)
// "同日".
func (x *anchoredLexicon) findCJK(text string, found []anchoredMatch) []anchoredMatch {
	for i := 0; i < len(text); {
		var best *anchoredPhrase
		for n := range x.phrases {
			p := &x.phrases[n]
			if strings.HasPrefix(text[i:], p.words[0]) && (best == nil || len(p.words[0]) > len(best.words[0])) {
				best = p
			}
		}
		if best == nil || !cjkClauseOpens(text[:i]) || strings.HasPrefix(text[i+len(best.words[0]):], "本") {
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size
			continue
		}
		found = append(found, anchoredMatch{start: i, end: i + len(best.words[0]), shift: best.shift, year: best.year, unit: best.unit})
		i += len(best.words[0])
	}
	return found
}

// cjkClauseOpens reports whether a clause may open after before.
func cjkClauseOpens(before string) bool {
	r, _ := utf8.DecodeLastRuneInString(before)
	return before == "" || strings.ContainsRune("，。、；：！？“”「」（）,;: \n于在并而", r)
}

// phraseAt returns the phrase found at bytes start..end of text, read in
// its clause (the guards read the words around it); sc is scratch memory,
// which the caller keeps from one date to the next (a fresh one for each
// was 120 MB allocated at 100,000 articles).
func (x *anchoredLexicon) phraseAt(text string, start, end int, sc *anchoredScratch) (anchoredMatch, bool) {
	if x == nil {
		return anchoredMatch{}, false
	}
	from, to := anchorWindow(text, start-anchorReach, end+anchorReach)
	for _, f := range x.find(text[from:to], sc, nil) {
		if from+f.start == start && from+f.end == end {
			f.start, f.end = start, end
			return f, true
		}
	}
	return anchoredMatch{}, false
}

// shiftOf returns the days (years, for a phrase of years) phrase text
// lies from the date before it, when text is one of the lexicon's
// phrases.
func (x *anchoredLexicon) shiftOf(text string) (anchoredMatch, bool) {
	if x == nil {
		return anchoredMatch{}, false
	}
	var sc anchoredScratch
	var buf [2]anchoredMatch
	got := x.find(text, &sc, buf[:0])
	if len(got) != 1 || got[0].start != 0 || got[0].end != len(text) {
		return anchoredMatch{}, false
	}
	return got[0], true
}

// anchoredReason is the reason of a phrase not placed yet.
const anchoredReason = "relative to a date of the text, not placed yet"

// findAnchored adds to r.mentions the phrases of paragraph i of a (text p)
// that no date the scanner found overlaps, in text order; from is the
// index in r.mentions of the paragraph's first mention.
func (r *dateReader) findAnchored(x *anchoredLexicon, i int, p Paragraph, from int) {
	// A phrase follows a date of its paragraph or of the few before it:
	// where there is none, it would not be placed, and is not looked for;
	// nor where the scan of the paragraph met none of the key words.
	if n := len(r.mentions); n == 0 || r.mentions[n-1].Paragraph < i-anchorParagraphs || !r.sc.anchorKeySeen() {
		return
	}
	r.anchoredFound = r.anchoredFound[:0]
	done := 0 // the window searched last ends here
	for k := range r.sc.toks {
		t := &r.sc.toks[k]
		if t.kind != tokWord || t.entry == nil || !t.entry.anchorKey || int(t.end)+anchorReach/2 <= done {
			continue // (a phrase with this key lies inside the last window)
		}
		if r.inMention(p, from, int(t.start)) {
			continue // "vorig jaar", "last year": a date the scan read
		}
		// Only the words around a key word can make a phrase with it:
		// a window of them is searched, not the paragraph.
		wf, wt := anchorWindow(p.Text, int(t.start)-anchorReach, int(t.end)+anchorReach)
		n, last := len(r.anchoredFound), 0
		if n > 0 {
			last = r.anchoredFound[n-1].end
		}
		r.anchoredFound = x.find(p.Text[wf:wt], &r.anchored, r.anchoredFound)
		kept := n
		for _, f := range r.anchoredFound[n:] {
			if f.start += wf; f.start >= last { // not one the last window found
				f.end += wf
				r.anchoredFound[kept] = f
				kept++
			}
		}
		r.anchoredFound = r.anchoredFound[:kept]
		done = wt
	}
	for _, f := range r.anchoredFound {
		at := len(r.mentions)
		overlaps := false
		for k := from; k < len(r.mentions); k++ {
			m := r.mentions[k]
			if m.End-p.Start > f.start && m.Start-p.Start < f.end {
				overlaps = true
				break
			}
			if m.Start-p.Start >= f.end && at == len(r.mentions) {
				at = k
			}
		}
		if overlaps {
			continue
		}
		m := DateMention{Paragraph: i, Start: p.Start + f.start, End: p.Start + f.end, Text: p.Text[f.start:f.end], Kind: MentionRelative, Reason: anchoredReason}
		r.mentions = slices.Insert(r.mentions, at, m)
		r.meanings = slices.Insert(r.meanings, at, dateWords{kind: MentionRelative, unit: f.unit, shift: f.shift})
	}
}

// inMention reports whether byte at of paragraph p lies inside one of the
// mentions the scan found in it (r.mentions[from:]).
func (r *dateReader) inMention(p Paragraph, from, at int) bool {
	for _, m := range r.mentions[from:] {
		if m.Start-p.Start <= at && at < m.End-p.Start {
			return true
		}
	}
	return false
}

// anchorKeySeen reports whether the text scanned last holds one of the
// key words of the phrases (see anchoredLanguage.keys).
func (s *dateScanner) anchorKeySeen() bool {
	for i := range s.toks {
		if t := &s.toks[i]; t.kind == tokWord && t.entry != nil && t.entry.anchorKey {
			return true
		}
	}
	return false
}

// addAnchorKeys gives the key words of language code's phrases entries of
// their own (see anchoredLanguage.keys).
func (l *dateLexicon) addAnchorKeys(code string) {
	for _, k := range anchoredLanguages[code].keys {
		l.add(k, 0, func(e *dateEntry) { e.anchorKey = true })
	}
	// The units of the phrases counted from a happening, and their
	// phrases of one word ("غداة").
	o := offsetLanguages[code]
	for _, forms := range []map[string]relUnit{o.units, o.plurals, o.duals} {
		for k := range forms {
			l.add(k, 0, func(e *dateEntry) { e.anchorKey = true })
		}
	}
	for k := range o.fixed {
		if !strings.Contains(k, " ") {
			l.add(k, 0, func(e *dateEntry) { e.anchorKey = true })
		}
	}
}

// anchorReach is how many bytes either side of a key word the phrases are
// looked for in: the words of the longest phrases around their key word
// ("за день до этого", "ошол эле күнү", "في اليوم التالي") with the word
// before or after them that a guard reads.
const anchorReach = 48

// anchorWindow returns text[from:to] widened or narrowed to whole words:
// from moved forward past a word it cuts, to moved back before one.
func anchorWindow(text string, from, to int) (int, int) {
	from, to = max(from, 0), min(to, len(text))
	for from > 0 && from < len(text) && !utf8.RuneStart(text[from]) {
		from++
	}
	for from > 0 && from < len(text) && isWord(lastRune(text[:from])) {
		_, size := utf8.DecodeRuneInString(text[from:])
		from += size
	}
	for to < len(text) && !utf8.RuneStart(text[to]) {
		to--
	}
	for to < len(text) && to > from && isWord(lastRune(text[:to])) {
		if r, _ := utf8.DecodeRuneInString(text[to:]); !isWord(r) {
			break
		}
		_, size := utf8.DecodeLastRuneInString(text[:to])
		to -= size
	}
	return from, max(from, to)
}
