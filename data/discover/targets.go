package discover

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A date that is a target, a deadline or the end of a span is no day
// when anything happened: "carbon neutrality by 2060", "hasta 2035",
// "до 2030 года", "2035 yılına kadar", "到2030年", "the conference goes
// on until 22 November" ("noyabrın 22-dək davam edəcək"). Such a
// sentence made an event of its own, a "Meeting, 2035" or a second
// "Summit in Azerbaijan" on the closing day. A happening word that
// governs the date makes it one again: a summit "postponed until 2025"
// will be held then.

// targetBefore are, by language, the words before a date that make it a
// bound; targetAfter the postpositions after it (Turkic languages:
// "2035 yılına kadar", "2060 жылға қарай"), and targetSuffix the endings
// that say the same on the date's own word ("22-dək", "2030-yilgacha").
// Every language's words are looked for in every article: a short report's
// language may be guessed wrong, and the words of one language mean
// nothing else before a date in another.
var (
	targetBefore = map[string][]string{
		"en": {"by", "until", "till", "by the end of", "no later than", "up until"},
		"fr": {"d'ici", "d'ici à", "d'ici la fin de", "jusqu'à", "jusqu'au", "jusqu'en", "à l'horizon", "avant la fin de"},
		"de": {"bis", "bis zum", "bis zur", "bis ende", "bis spätestens", "spätestens bis"},
		"nl": {"tot", "tot en met", "uiterlijk", "tegen"},
		"es": {"hasta", "hasta el", "de aquí a", "antes de finales de"},
		"it": {"entro", "entro il", "entro la fine del", "fino al", "fino a"},
		"pt": {"até", "até ao", "até o", "até à", "até a"},
		"ru": {"до", "к", "вплоть до"},
		"uk": {"до", "вплоть до"},
		"pl": {"do", "najpóźniej do"},
		"ar": {"بحلول", "بحلول عام", "حتى", "حتى عام"},
		"fa": {"تا", "تا سال"},
		"tg": {"то", "то соли"},
	}
	targetAfter = map[string][]string{
		"tr": {"kadar", "dek", "değin"},
		"az": {"qədər", "dək", "dek"},
		"kk": {"дейін", "қарай", "шейін"},
		"ky": {"чейин", "карай"},
		"uz": {"qadar", "қадар"},
	}
	targetSuffix = map[string][]string{
		"az": {"dək", "dek"},
		"uz": {"gacha", "гача"},
	}
)

// targetWords are the words of targetBefore, targetAfter and
// targetSuffix in all languages, and the last and first words of those of
// targetBefore: most dates follow no bound, and one look-up of the word
// before them says so (grouping asks it of every dated statement).
var targetWords = sync.OnceValue(func() (w struct {
	before, suffix  []string
	after           map[string]bool
	lastOf, firstOf map[string]bool
}) {
	w.after, w.lastOf, w.firstOf = map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, ws := range targetBefore {
		for _, p := range ws {
			w.before = append(w.before, p)
			f := strings.Fields(p)
			w.firstOf[f[0]], w.lastOf[f[len(f)-1]] = true, true
		}
	}
	for _, ws := range targetAfter {
		for _, x := range ws {
			w.after[x] = true
		}
	}
	for _, ws := range targetSuffix {
		w.suffix = append(w.suffix, ws...)
	}
	return w
})

// postponed are stems of the words that put an event off to a later
// date, in any language: the date after them is the event's own.
var postponed = []string{
	"postpone", "delayed", "reschedul", "reporté", "repoussé", "verschoben", "vertagt",
	"aplazad", "pospuest", "postergad", "rinviat", "posticipat", "adiad", "перенес",
	"перенос", "отложен", "przełożon", "ertelen", "ertələn", "təxirə", "кейінге",
	"延期", "推迟", "تأجيل", "أرجئ", "تعویق",
}

// targetDate reports whether c's date is a target or a bound (see above)
// that no word of postponement governs.
func targetDate(c *Candidate) bool {
	if c.Undated {
		return false
	}
	date, ok := dateClue(c)
	if !ok {
		return false
	}
	a := c.Article
	text := a.Text
	start, end := int(date.start), int(date.end)
	if start < 0 || end > len(text) || start > end {
		return false
	}
	// A span's end written in the case or with the postposition of
	// "until" ("2026 йил 11 июндан 19 июлгача", "3 тамыздан 9 қыркүйекке
	// дейін") is the span's, a day of the event: only a word of "until"
	// before it bounds it.
	ranged := !c.Span().End.IsZero()
	if !boundBefore(text, start) && (ranged || !boundWithin(text, start, end) && !boundAfter(text, end)) {
		return false
	}
	sentence := lower(text[max(0, int(c.Start)):min(len(text), int(c.End))])
	for _, w := range postponed {
		if strings.Contains(sentence, w) {
			return false
		}
	}
	return true
}

// boundBefore reports whether a word of targetBefore (or, in Chinese,
// 到 至 截至 直到) stands right before the date at start.
func boundBefore(text string, start int) bool {
	if r, n := utf8.DecodeLastRuneInString(text[:start]); r == '到' || r == '至' {
		return !afterDate(text[max(0, start-n-8) : start-n])
	}
	prev := strings.TrimRight(text[max(0, start-40):start], " \u00a0")
	last := prev
	if i := strings.LastIndexFunc(prev, unicode.IsSpace); i >= 0 {
		_, n := utf8.DecodeRuneInString(prev[i:])
		last = prev[i+n:]
	}
	if !targetWords().lastOf[lower(last)] {
		return false
	}
	prev = lower(prev)
	for _, w := range targetWords().before {
		if !strings.HasSuffix(prev, w) {
			continue
		}
		// A whole word: "by", not "Abby".
		r, _ := utf8.DecodeLastRuneInString(prev[:len(prev)-len(w)])
		if len(prev) > len(w) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue
		}
		// After another date the word joins a span ("3月15日至17日",
		// "from 15 until 17 March"): its end is a day of the event.
		if !afterDate(prev[:len(prev)-len(w)]) {
			return true
		}
	}
	return false
}

// boundWithin reports whether the date's own text opens with a word of
// targetBefore, or 到 or 至, or ends in a suffix of targetSuffix: the
// date readers take "until 2037", "к 2035 году" and "13-noyabrgacha"
// whole.
func boundWithin(text string, start, end int) bool {
	own := text[start:end]
	if r, _ := utf8.DecodeRuneInString(own); r == '到' || r == '至' {
		return !afterDate(text[max(0, start-8):start])
	}
	if i := strings.IndexByte(own, ' '); i > 0 && targetWords().firstOf[lower(own[:i])] {
		ownLower := lower(own)
		for _, w := range targetWords().before {
			// (Not HasPrefix(ownLower, w+" "): the concatenation cost 3 % of
			// a load's instructions.)
			if strings.HasPrefix(ownLower, w) && strings.HasPrefix(ownLower[len(w):], " ") && !afterDate(text[max(0, start-8):start]) {
				return true
			}
		}
	}
	// Or it ends in a suffix of targetSuffix: "13-noyabrgacha".
	tail := lower(own[strings.LastIndexAny(own, " -")+1:])
	for _, sfx := range targetWords().suffix {
		if strings.HasSuffix(tail, sfx) {
			return true
		}
	}
	return false
}

// boundAfter reports whether a postposition of targetAfter follows the
// date ending at end within two words, or its word ends in one of
// targetSuffix; in Chinese, whether 前 ("2030年前", before 2030) or 为止
// follows it.
func boundAfter(text string, end int) bool {
	rest := text[end:min(len(text), end+48)]
	if strings.HasPrefix(rest, "为止") {
		return true
	}
	if r, n := utf8.DecodeRuneInString(rest); r == '前' {
		next, _ := utf8.DecodeRuneInString(rest[n:])
		return !strings.ContainsRune("往夕后", next)
	}
	words, suffixes := targetWords().after, targetWords().suffix
	// The date's word may go on ("22-dək", "2030-yilgacha", "Kasım'a"):
	// its rest is the first token. The last token may be cut at 48 bytes:
	// a bound is no longer than that.
	for i := 0; i < 3 && rest != ""; i++ {
		rest = strings.TrimLeftFunc(rest, tokenBreak)
		j := strings.IndexFunc(rest, tokenBreak)
		if j < 0 {
			j = len(rest)
		}
		tok := lower(rest[:j])
		rest = rest[j:]
		if words[tok] {
			return true
		}
		for _, s := range suffixes {
			if strings.HasSuffix(tok, s) {
				return true
			}
		}
	}
	return false
}

// tokenBreak reports whether r ends a token after a date: a space, a
// hyphen or an apostrophe before a case ending ("22-dək", "Kasım'a"), a
// comma or a stop.
func tokenBreak(r rune) bool {
	return unicode.IsSpace(r) || r == '-' || r == '\'' || r == '’' || r == ',' || r == '.'
}

// afterDate reports whether s ends with a day or a number (spaces, "日"
// and "号" aside): a bound after it closes a span opened there.
func afterDate(s string) bool {
	s = strings.TrimRight(s, " \u00a0日号")
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsDigit(r)
}
