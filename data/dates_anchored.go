package data

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// This file reads the days written relative to another date of the text:
// "the next day", "на следующий день", "le lendemain", "am nächsten Tag",
// "次日", "في اليوم التالي" (+1), "the day before", "la veille", "此前一天"
// (-1), "the same day", "в тот же день", "当天" (0). They are not relative
// to the article's date, as "tomorrow" is, but to the date the text told
// last: "Putin arrived on 27 November. The next day he attended the CSTO
// summit." is 28 November whenever the report was written. The scanner
// does not read them (their words are common: "day", "jour", "день"); a
// cheap search for their key words finds the paragraphs that may hold one,
// and they are placed once the dates before them are (placeAnchored).

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
	// keys are words, as written in running text, one of which every
	// phrase holds: a paragraph with none of them (as whole words) holds
	// no phrase, and is not searched further.
	keys []string
	// notBefore are words that make the phrase relative to what follows
	// them ("le lendemain du vote", "на следующий день после выборов",
	// "the same day as the vote"); notAfter words written before the
	// phrase that do the same ("seçimle aynı gün" is written "… ile aynı
	// gün"), or counts ("دو روز بعد", two days later).
	notBefore, notAfter []string
}

// anchoredLanguages are the phrases by language. The forms are the ones
// news writes for a day told after another: an adverbial of the clause,
// not a noun phrase with a complement (those are guarded, see above).
var anchoredLanguages = map[string]anchoredLanguage{
	"en": {
		phrases: map[string]int{"the next day": 1, "the following day": 1, "a day later": 1, "one day later": 1,
			"the next morning": 1, "the following morning": 1, "the day after |": 1,
			"the day before |": -1, "a day earlier": -1, "one day earlier": -1, "the previous day": -1,
			"the same day": 0, "that same day": 0, "later that day": 0, "earlier that day": 0},
		keys:      []string{"day", "morning"},
		notBefore: []string{"of", "as", "that"},
	},
	"fr": {
		phrases: map[string]int{"le lendemain": 1, "au lendemain": 1, "le jour suivant": 1, "un jour plus tard": 1,
			"la veille": -1, "le jour précédent": -1, "un jour plus tôt": -1,
			"le même jour": 0, "le jour même": 0, "ce même jour": 0},
		keys:      []string{"lendemain", "veille", "jour"},
		notBefore: []string{"de", "du", "des", "d", "que", "qu", "où"},
	},
	"de": {
		phrases: map[string]int{"am nächsten Tag": 1, "am folgenden Tag": 1, "am Tag darauf": 1, "tags darauf": 1, "einen Tag später": 1,
			"am Vortag": -1, "tags zuvor": -1, "einen Tag zuvor": -1, "einen Tag früher": -1,
			"am selben Tag": 0, "am gleichen Tag": 0, "am selben Abend": 0},
		keys:      []string{"Tag", "tags", "Vortag", "Abend"},
		notBefore: []string{"wie", "nach", "vor", "des", "der"},
	},
	"nl": {
		phrases: map[string]int{"de volgende dag": 1, "de dag erna": 1, "de dag daarna": 1, "een dag later": 1, "daags erna": 1, "daags daarna": 1,
			"de dag ervoor": -1, "de dag daarvoor": -1, "een dag eerder": -1, "daags ervoor": -1, "daags daarvoor": -1,
			"dezelfde dag": 0, "diezelfde dag": 0},
		keys:      []string{"dag", "daags"},
		notBefore: []string{"als", "na", "van"},
	},
	"ru": {
		phrases: map[string]int{"на следующий день": 1, "на другой день": 1, "днём позже": 1, "спустя день": 1,
			"днём ранее": -1, "за день до этого": -1,
			"в тот же день": 0, "в этот же день": 0, "тем же днём": 0},
		keys:      []string{"день", "днём", "днем"},
		notBefore: []string{"после", "до", "когда"},
	},
	"uk": {
		phrases: map[string]int{"наступного дня": 1, "на наступний день": 1, "днем пізніше": 1,
			"днем раніше": -1, "напередодні того": -1,
			"того ж дня": 0, "того самого дня": 0, "в той же день": 0, "у той же день": 0},
		keys:      []string{"дня", "день", "днем", "того"},
		notBefore: []string{"після", "до", "коли"},
	},
	"pl": {
		phrases: map[string]int{"następnego dnia": 1, "nazajutrz": 1, "dzień później": 1, "kolejnego dnia": 1,
			"dzień wcześniej": -1, "poprzedniego dnia": -1,
			"tego samego dnia": 0, "w tym samym dniu": 0},
		keys:      []string{"dnia", "dniu", "nazajutrz", "dzień"},
		notBefore: []string{"po", "co", "przed", "gdy"},
	},
	"es": {
		phrases: map[string]int{"al día siguiente": 1, "el día siguiente": 1, "un día después |": 1,
			"el día anterior": -1, "un día antes |": -1, "la víspera": -1,
			"el mismo día": 0, "ese mismo día": 0, "aquel mismo día": 0},
		keys:      []string{"día", "víspera"},
		notBefore: []string{"de", "del", "que", "en"},
	},
	"it": {
		phrases: map[string]int{"il giorno dopo |": 1, "il giorno successivo": 1, "il giorno seguente": 1, "l'indomani": 1, "all'indomani": 1,
			"un giorno dopo |": 1, "il giorno prima |": -1, "il giorno precedente": -1, "un giorno prima |": -1, "la vigilia": -1,
			"lo stesso giorno": 0, "nello stesso giorno": 0, "quello stesso giorno": 0},
		keys:      []string{"giorno", "indomani", "vigilia"},
		notBefore: []string{"di", "del", "della", "dello", "dei", "delle", "che", "in"},
	},
	"pt": {
		phrases: map[string]int{"no dia seguinte": 1, "um dia depois |": 1,
			"no dia anterior": -1, "um dia antes |": -1, "na véspera": -1,
			"no mesmo dia": 0, "nesse mesmo dia": 0, "naquele mesmo dia": 0},
		keys:      []string{"dia", "véspera"},
		notBefore: []string{"de", "do", "da", "dos", "das", "em", "que"},
	},
	"tr": {
		phrases:  map[string]int{"ertesi gün": 1, "ertesi günü": 1, "aynı gün": 0, "aynı günü": 0},
		keys:     []string{"ertesi", "aynı"},
		notAfter: []string{"ile"},
	},
	"az": {
		phrases:  map[string]int{"ertəsi gün": 1, "növbəti gün": 1, "həmin gün": 0, "eyni gün": 0},
		keys:     []string{"ertəsi", "növbəti", "həmin", "eyni"},
		notAfter: []string{"ilə"},
	},
	"ar": {
		phrases: map[string]int{"في اليوم التالي": 1, "اليوم التالي": 1, "اليوم الموالي": 1, "بعد ذلك بيوم": 1,
			"في اليوم السابق": -1, "قبل ذلك بيوم": -1,
			"في اليوم نفسه": 0, "في نفس اليوم": 0, "في اليوم ذاته": 0, "في ذات اليوم": 0},
		keys:      []string{"التالي", "الموالي", "بيوم", "السابق", "اليوم"},
		notBefore: []string{"من", "على", "لل*", "ل*"},
	},
	"fa": {
		phrases:   map[string]int{"روز بعد": 1, "فردای آن روز": 1, "روز قبل |": -1, "همان روز": 0, "در همان روز": 0},
		keys:      []string{"روز"},
		notBefore: []string{"از"},
		notAfter:  []string{"دو", "سه", "چهار", "پنج", "شش", "هفت", "ده", "چند"},
	},
	"zh": {
		phrases: map[string]int{"^ 次日": 1, "^ 翌日": 1, "^ 隔天": 1, "^ 第二天": 1, "^ 此前一天": -1, "^ 前一天": -1,
			"^ 当天": 0, "^ 同日": 0, "^ 当日": 0},
		keys: []string{"次日", "翌日", "隔天", "第二天", "前一天", "当天", "同日", "当日"},
	},
	"kk": {
		phrases:  map[string]int{"келесі күні": 1, "ертесі күні": 1, "ертесіне": 1, "сол күні": 0, "kelesi kúni": 1, "ertesi kúni": 1, "sol kúni": 0},
		keys:     []string{"күні", "ертесіне", "kúni"},
		notAfter: []string{"мен", "бен", "пен"},
	},
	"uz": {
		phrases: map[string]int{"ertasi kuni": 1, "ertasiga": 1, "эртаси куни": 1, "эртасига": 1,
			"o‘sha kuni": 0, "o'sha kuni": 0, "oʻsha kuni": 0, "ўша куни": 0},
		keys: []string{"kuni", "ertasiga", "куни", "эртасига"},
	},
	"ky": {
		phrases: map[string]int{"эртеси күнү": 1, "ошол эле күнү": 0, "ошол күнү": 0},
		keys:    []string{"күнү"},
	},
	"tg": {
		phrases:   map[string]int{"рӯзи баъд": 1, "фардои он рӯз": 1, "ҳамон рӯз": 0},
		keys:      []string{"рӯз", "рӯзи"},
		notBefore: []string{"аз"},
	},
}

// anchoredPhrase is a phrase of anchoredLanguage, read.
type anchoredPhrase struct {
	words []string // normalised (normaliseDateWord); one word for Chinese
	shift int
	// closed: only before punctuation or the end; opens: only after
	// punctuation or at the start (see anchoredLanguage.phrases).
	closed, opens bool
}

// anchoredLexicon is an anchoredLanguage ready for the scan.
type anchoredLexicon struct {
	phrases   []anchoredPhrase
	keys      []string
	cjk       bool
	notBefore map[string]bool
	prefixes  []string // notBefore words ending in "*": prefixes of the word after
	notAfter  map[string]bool
}

// anchoredLexicons are the anchoredLanguages read, by language code.
var anchoredLexicons = func() map[string]*anchoredLexicon {
	out := map[string]*anchoredLexicon{}
	for code, l := range anchoredLanguages {
		x := &anchoredLexicon{keys: l.keys, notBefore: map[string]bool{}, notAfter: map[string]bool{}}
		for text, shift := range l.phrases {
			p := anchoredPhrase{shift: shift}
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

// mayHold reports whether text holds one of the lexicon's keys as a whole
// word (anywhere, for Chinese): the cheap test before the paragraph is
// split into words. The first letter of a key is compared without its
// case, so that "Nazajutrz" opening a sentence is found.
func (x *anchoredLexicon) mayHold(text string) bool {
	for _, key := range x.keys {
		if x.cjk {
			if strings.Contains(text, key) {
				return true
			}
			continue
		}
		first, size := utf8.DecodeRuneInString(key)
		rest := key[size:]
		firstFold, _, _ := foldRune(first)
		for from := 0; from < len(text); {
			i := strings.Index(text[from:], rest)
			if i < 0 {
				break
			}
			i += from
			from = i + len(rest)
			r, n := utf8.DecodeLastRuneInString(text[:i])
			if f, _, _ := foldRune(r); f != firstFold || !endsWord(text, i+len(rest)) {
				continue
			}
			if before, _ := utf8.DecodeLastRuneInString(text[:i-n]); i-n == 0 || !isWord(before) {
				return true
			}
		}
	}
	return false
}

// anchoredWord is a word of a paragraph: its bytes and normal form.
type anchoredWord struct {
	start, end int
	norm       string
}

// anchoredMatch is a phrase found in a paragraph.
type anchoredMatch struct {
	start, end, shift int
}

// find returns the phrases of text, in text order, none overlapping.
func (x *anchoredLexicon) find(text string) []anchoredMatch {
	if !x.mayHold(text) {
		return nil
	}
	if x.cjk {
		return x.findCJK(text)
	}
	var words []anchoredWord
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWord(r) {
			i += size
			continue
		}
		j := i + strings.IndexFunc(text[i:], func(r rune) bool { return !isWord(r) })
		if j < i {
			j = len(text)
		}
		words = append(words, anchoredWord{i, j, string(normaliseDateWord(nil, text[i:j]))})
		i = j
	}
	var found []anchoredMatch
	for k := 0; k < len(words); k++ {
		best := -1
		for n, p := range x.phrases {
			if x.matches(text, words, k, p) && (best < 0 || len(p.words) > len(x.phrases[best].words)) {
				best = n
			}
		}
		if best < 0 {
			continue
		}
		p := x.phrases[best]
		last := words[k+len(p.words)-1]
		found = append(found, anchoredMatch{words[k].start, last.end, p.shift})
		k += len(p.words) - 1
	}
	return found
}

// matches reports whether phrase p is written at word k of text, with
// the words around it that its guards ask for.
func (x *anchoredLexicon) matches(text string, words []anchoredWord, k int, p anchoredPhrase) bool {
	if k+len(p.words) > len(words) {
		return false
	}
	for n, w := range p.words {
		if words[k+n].norm != w {
			return false
		}
		// The words of a phrase stand in one clause: no full stop or
		// comma between them.
		if n > 0 && strings.ContainsAny(text[words[k+n-1].end:words[k+n].start], ".,;:!?()") {
			return false
		}
	}
	end := words[k+len(p.words)-1].end
	if k+len(p.words) < len(words) {
		next := words[k+len(p.words)]
		between := text[end:next.start]
		open := !strings.ContainsAny(between, ".,;:!?—–()\"«»")
		if open && p.closed {
			return false
		}
		if open && x.notBefore[next.norm] {
			return false
		}
		for _, pre := range x.prefixes {
			if open && strings.HasPrefix(next.norm, pre) && len(next.norm) > len(pre)+2 {
				return false
			}
		}
	}
	if k > 0 {
		prev := words[k-1]
		between := text[prev.end:words[k].start]
		if !strings.ContainsAny(between, ".,;:!?—–()\"«»") && x.notAfter[prev.norm] {
			return false
		}
	}
	// A count before it ("2 days later" is no "a day later"): a digit
	// right before the phrase.
	before := strings.TrimRight(text[:words[k].start], " \u00a0")
	if r, _ := utf8.DecodeLastRuneInString(before); dateDigit(r) >= 0 {
		return false
	}
	return true
}

// findCJK finds the Chinese phrases: written without spaces, they are
// found anywhere, but only where a clause opens (after punctuation, at
// the start, or after a word of time "于", "在", "并", "而"), since
// "本次日程" (this schedule) holds "次日" and "同日本" (with Japan)
// "同日".
func (x *anchoredLexicon) findCJK(text string) []anchoredMatch {
	var found []anchoredMatch
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
		found = append(found, anchoredMatch{i, i + len(best.words[0]), best.shift})
		i += len(best.words[0])
	}
	return found
}

// cjkClauseOpens reports whether a clause may open after before.
func cjkClauseOpens(before string) bool {
	r, _ := utf8.DecodeLastRuneInString(before)
	return before == "" || strings.ContainsRune("，。、；：！？“”「」（）,;: \n于在并而", r)
}

// shiftOf returns the days phrase text lies from the date before it, when
// text is one of the lexicon's phrases.
func (x *anchoredLexicon) shiftOf(text string) (int, bool) {
	if x == nil {
		return 0, false
	}
	got := x.find(text)
	if len(got) != 1 || got[0].start != 0 || got[0].end != len(text) {
		return 0, false
	}
	return got[0].shift, true
}

// anchoredReason is the reason of a phrase not placed yet.
const anchoredReason = "relative to a date of the text, not placed yet"

// findAnchored adds to r.mentions the phrases of paragraph i of a (text p)
// that no date the scanner found overlaps, in text order; from is the
// index in r.mentions of the paragraph's first mention.
func (r *dateReader) findAnchored(x *anchoredLexicon, i int, p Paragraph, from int) {
	for _, f := range x.find(p.Text) {
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
		w := dateWords{kind: MentionRelative, unit: unitDay, shift: f.shift}
		r.mentions = append(r.mentions[:at], append([]DateMention{m}, r.mentions[at:]...)...)
		r.meanings = append(r.meanings[:at], append([]dateWords{w}, r.meanings[at:]...)...)
	}
}

// placeAnchored places the article's phrases of days relative to another
// date of its text (see findAnchored) against that date, once the dates
// before them are placed: the dates of their own clause before them, or
// else of the last sentence before them with a date, in their paragraph
// or up to anchorParagraphs before. Those dates must all be the same
// day; a month, a span or two different days leave the phrase unplaced
// (which of them it follows is not known). Datelines and stamps are
// passed over.
func placeAnchored(a *Article) {
	x := anchoredFor(a.Language)
	if x == nil {
		return
	}
	for i := range a.Mentions {
		m := &a.Mentions[i]
		if m.Resolved() || m.Kind != MentionRelative || m.Stamp != StampNone {
			continue
		}
		shift, ok := x.shiftOf(m.Text)
		if !ok {
			continue
		}
		anchor, ok := anchorOf(a, i)
		if !ok {
			m.Reason = "relative to a date of the text, but no single day comes before it"
			continue
		}
		day := DateOf(anchor.Span.Start().Start().AddDate(0, 0, shift))
		how := "the day of"
		switch {
		case shift > 0:
			how = "the day after"
		case shift < 0:
			how = "the day before"
		}
		m.SetSpan(Span{Start: day}, fmt.Sprintf("%s %q, the date the text told before it", how, anchor.Text))
		m.Announced = m.Announced || anchor.Announced
	}
}

// anchorOf returns the date phrase i of a follows (see placeAnchored).
// A year or month recalled from long before the article ("disputed since
// 1991") is passed over: "that same day" follows the news, not it.
func anchorOf(a *Article, i int) (DateMention, bool) {
	m := a.Mentions[i]
	p := a.Paragraphs[m.Paragraph]
	from, _ := sentenceBounds(p.Text, m.Start-p.Start, m.End-p.Start)
	var anchor DateMention
	n := 0
	// The sentence whose dates are read: its paragraph, and where it
	// starts in it; the phrase's own clause when it holds a date.
	para, start := -1, 0
	for j := i - 1; j >= 0; j-- {
		o := a.Mentions[j]
		q := a.Paragraphs[o.Paragraph]
		s := o.Span.Span()
		if o.Stamp != StampNone || o.Resolved() && s.Start.Precision < Day && recalled(s, a.Date) {
			continue // a dateline is the page's day, not the story's
		}
		if para < 0 {
			if o.Paragraph < m.Paragraph-anchorParagraphs {
				break
			}
			para = o.Paragraph
			if start = from; o.Paragraph != m.Paragraph || o.Start-p.Start < from {
				start, _ = sentenceBounds(q.Text, o.Start-q.Start, o.End-q.Start)
			}
		} else if o.Paragraph != para || o.Start-q.Start < start {
			break
		}
		if !o.Resolved() || !s.End.IsZero() || s.Start.Precision != Day {
			return DateMention{}, false
		}
		if n > 0 && s.Start != anchor.Span.Span().Start {
			return DateMention{}, false
		}
		if n == 0 {
			anchor = o
		}
		n++
	}
	return anchor, n > 0
}

// anchorParagraphs is how many paragraphs before its own a phrase's date
// may be told: news puts a paragraph of background or quotes between a
// day and "the next day" at times, rarely more.
const anchorParagraphs = 3

// recalled reports whether s lies more than backgroundDays before the
// article's date (known to the day or month).
func recalled(s Span, date Date) bool {
	return date.Precision >= Month && s.To().Before(date.Start().AddDate(0, 0, -backgroundDays))
}
