package data

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data/textnorm"
)

// This file tells page stamps and datelines from dates in the story, and
// finds the sentence a mention stands in, to know whether it announces
// what is to come.

// publishedStampWords and modifiedStampWords are the words a page writes
// before its stamps, in the languages Caravan reads dates in, lower case.
// A stamp is published unless it is modified; the words of both are
// matched in the text just before the date.
var (
	publishedStampWords = []string{
		"posted", "published", "date:", "publié", "publie le", "gepubliceerd", "geplaatst", "veröffentlicht", "stand:",
		"опубликовано", "опубликован", "дата публикации", "дата:", "опубліковано", "дата публікації",
		"publicado", "pubblicato", "yayınlanma", "yayınlandı", "yayın tarihi", "opublikowano", "data publikacji", "publikacja",
		"نشر", "تاريخ النشر", "تاریخ", "تاريخ", "发布", "发布时间", "来源", "жарияланды", "жарияланған", "e'lon qilingan", "эълон қилинган",
	}
	modifiedStampWords = []string{
		"updated", "modified", "last updated", "mis à jour", "actualisé", "bijgewerkt", "gewijzigd", "aktualisiert",
		"обновлено", "обновлен", "изменено", "оновлено", "actualizado", "aggiornato", "atualizado", "güncellendi",
		"güncelleme", "zaktualizowano", "aktualizacja", "تحديث", "آخر تحديث", "بهروزرسانی", "به\u200cروزرسانی", "更新", "жаңартылды", "yangilangan",
	}
)

// stampWindow is how many bytes before a date the stamp words are looked
// for: "Stand: 08.05.2025", "Modified 17 августа 2022", "تاریخ : 1400/08/04".
const stampWindow = 48

// datelineParagraphs are how many paragraphs from the top a dateline may
// stand in: the title, a subtitle, a byline and the date.
const datelineParagraphs = 5

var (
	// timeAfter: a clock time right after a date ("17:50", "om 11:29",
	// ", 11:31", "-08:22:48"), after the word for hour too ("- ساعت
	// ۱۴:۲۰", "saat 14:20", "сағат 09:30": see clockWords), in Persian
	// and Arabic-Indic digits as well.
	timeAfter = regexp.MustCompile(`^[\s,.|/·–—-]*(?:(?:\p{L}{1,3}\.?|` + clockWords + `)\s+)?` + clockDigit + `{1,2}:` + clockDigit + `{2}`)
	// clockRest: a clock time and nothing more after a date, as the last
	// line of a page writes it: "às 17h40", "at 17:40", "um 17.40 Uhr".
	clockRest = regexp.MustCompile(`^[\s,|·–—-]*(?:\p{L}{1,3}\.?\s+)?\d{1,2}[:h.]\d{2}(?:[:.]\d{2})?\s*(?:\p{L}{1,3}\.?)?\s*$`)
	// timeBefore: a clock time right before a date ("16:27 | 14 марта",
	// "11:31, 06 10月 2024", "16:36 / 2024-10-07").
	timeBefore = regexp.MustCompile(`\d{1,2}:\d{2}(?::\d{2})?\s*[|,/·–—-]?\s*$`)
	// timeAlone: a clock time and nothing else but marks, beside a date
	// on its line ("09:40", ", 08:12", "21:30:12 |", "às 17h40",
	// "10:12 Uhr"): a page's stamp under the story.
	timeAlone = regexp.MustCompile(`^[\s,.|/·–—-]*(?:\p{L}{1,3}\.?\s+)?\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:Uhr|[AaPp]\.?[Mm]\.?))?[\s,.|/·–—-]*$`)
	// placeBefore: a place and a mark opening a paragraph before its
	// date: "Moscou, ", "ASTANA – ", "(Tashkent) ", and after an agency
	// in brackets and a dash, as ANSA writes it: "(ANSA) - MOSCA, ". The
	// city may be followed by its state or region, capitalised too, after
	// a comma: "ANCHORAGE, Alaska, ", "KAZAN, Tatarstan, ". A feed may
	// name itself and its source in brackets first: "(MENAFN- Trend News
	// Agency) BAKU, Azerbaijan, ".
	placeBefore = regexp.MustCompile(`^(?:[(\[]\p{Lu}[\p{L}.]{1,15}[)\]]\s*[–—-]\s*|[(\[]\p{Lu}[\p{L}]{1,15}[-–—]\s+\p{Lu}[\p{L} ]{1,30}[)\]]\s+)?[(\[]?\p{Lu}[\p{L}.'’ -]{1,30}?(?:,\s*\p{Lu}[\p{L}.'’ -]{1,20}?)?[)\]]?\s*[,–—|-]?\s*(?:\(\p{L}+\)\s*[,–—-]?\s*)?$`)
	// placeCommaArabic: a city of up to three words closed by an Arabic
	// comma, before a date that an agency in brackets or a dash closes:
	// "طهران، 20 مايو/أيار (رويترز) -" (see agencyAfterArabic).
	placeCommaArabic = regexp.MustCompile(`^[\p{Arabic}\p{Mn}\x{200c}]{2,}(?: [\p{Arabic}\p{Mn}\x{200c}]{2,}){0,2}\s*،\s*$`)
	// agencyAfterArabic: what closes such a dateline's date: an agency in
	// brackets, then a dash, or the dash alone.
	agencyAfterArabic = regexp.MustCompile(`^\s*(?:\([\p{Arabic}\p{L} ]{2,24}\)\s*)?[-–—]`)
	// placeBeforeArabic: the same in the Arabic script, which has no
	// capitals to tell a place from a sentence: one or two groups of up to
	// three words (a city, a country or an agency in brackets) each closed
	// by a dash, as IRNA's "تهران- ایرنا- ۳ شهریور ۱۴۰۲-" and "قازان
	// (روسيا) - ٢٣ أكتوبر ٢٠٢٤ -" write them; the date is closed by a
	// dash too (see stampOf).
	placeBeforeArabic = regexp.MustCompile(`^(?:[(\[]?[\p{Arabic}\p{Mn}\x{200c}]{2,}[)\]]?(?: [(\[]?[\p{Arabic}\p{Mn}\x{200c}]{2,}[)\]]?){0,2}\s*[-–—]\s*){1,2}$`)
)

// stampOf says whether the mention at text[start:end] of paragraph p (of
// n) is a stamp or a dateline. day says whether its words write a day: a
// dateline always does, so a year or a month alone shaped like one
// ("Келишимге ылайык, 1991-жылдан") is running text, not the page's date.
func stampOf(text string, start, end, p int, last bool, m MentionKind, day bool) StampKind {
	if m != MentionExplicit {
		return StampNone
	}
	// A stamp's words stand near the start of its line or end in a
	// colon; looking for them elsewhere would cost every mention of
	// running text eighty searches.
	window := text[max(0, start-stampWindow):start]
	// The line is only looked at near the date: a paragraph of megabytes
	// without a line break would otherwise be read back to its start for
	// every date in it. A stamp or dateline line is far shorter.
	lineStart, lineEnd := nearLine(text, start, end)
	if start-lineStart <= stampWindow || strings.IndexByte(window, ':') >= 0 {
		before := textnorm.Lower(window)
		pub, mod := publishedStampIndex.lastIndex(before), modifiedStampIndex.lastIndex(before)
		switch {
		case mod >= 0 && mod >= pub:
			return StampModified
		case pub >= 0:
			return StampPublished
		}
	}
	if !day {
		return StampNone
	}
	if p >= datelineParagraphs {
		// Some sites print the date alone under the story ("24.10.2024"
		// as its last line), or with the clock time as at the top of a
		// page ("11.06.2023 09:40", "2023-07-04 21:30:12", "12-05-2024,
		// 08:12", "um 17.40 Uhr" after it: clockRest): a full date so on
		// the last line of the page is its stamp.
		if last && (isNumericDate(text[start:end]) || fullDay(text[start:end])) {
			before, after := text[lineStart:start], text[end:lineEnd]
			if (strings.TrimFunc(before, notWordOrDigit) == "" || timeAlone.MatchString(before)) &&
				(strings.TrimFunc(after, notWordOrDigit) == "" || timeAlone.MatchString(after) || clockRest.MatchString(after)) {
				return StampPublished
			}
		}
		return StampNone
	}
	// The shape of a dateline is read on its line: a paragraph may hold
	// a title, a rubric and the date on lines of their own.
	before, after, words := text[lineStart:start], text[end:lineEnd], text[start:end]
	startsWithDate := words != "" && (dateDigit([]rune(words)[0]) >= 0)
	switch {
	case strings.HasPrefix(after, "电"):
		return StampPublished // Xinhua's "新华社阿斯塔纳7月4日电"
	case strings.TrimFunc(before, notWordOrDigit) == "" && fullDay(words) && dashOpens(after):
		// A full date opening the lead's line, a dash after it (a
		// weekday before it, as Persian pages print it): "دوشنبه، ۱۳
		// اسفند ۱۴۰۳ - کمیسیون …", "3 March 2025 – The commission …".
		return StampPublished
	case (strings.IndexByte(after, ':') >= 0 && timeAfter.MatchString(after) ||
		strings.IndexByte(before, ':') >= 0 && timeBefore.MatchString(before)) && stampHead(before):
		// (Both need the colon of a clock time: the search for it spares
		// most dates the regexps.)
		return StampPublished // "20 октября 2023 г. 17:50", "16:27 | 14 марта"
	case strings.TrimFunc(before, notWordOrDigit) == "" && strings.TrimFunc(after, notWordOrDigit) == "":
		return StampPublished // the date alone on its line, or "(Di venerdì 6 ottobre 2023)"
	case strings.HasSuffix(strings.TrimSpace(before), "(") && strings.HasPrefix(strings.TrimSpace(after), ")") &&
		strings.TrimFunc(strings.TrimSuffix(strings.TrimSpace(before), "("), notWordOrDigit) == "":
		// Only a bracket opening its line: "از اول ژانویه ۲۰۲۴ (۱۱ دی
		// ۱۴۰۲)" gives the date in the other calendar, inside a sentence.
		return StampPublished // "(6 ottobre 2023) Il 19 settembre …"
	case (startsWithDate || startsWithWeekday(words)) && placeBeforeArabic.MatchString(before) && (strings.TrimSpace(after) == "" || strings.ContainsRune("-–—", []rune(strings.TrimSpace(after))[0])):
		// (IRNA writes the weekday too: "تهران- ایرنا- یکشنبه ۱ تیر ۱۴۰۴-".)
		return StampPublished // "تهران- ایرنا- ۳ شهریور ۱۴۰۲- سران …"
	case startsWithDate && placeCommaArabic.MatchString(before) && agencyAfterArabic.MatchString(after):
		return StampPublished // "طهران، 20 مايو/أيار (رويترز) - أعلنت …"
	case before != "" && (startsWithDate || monthFirstDateline(words, after) || weekdayDateline(words, after)) &&
		placeBefore.MatchString(withoutDatelineArticle(before)) && !startsSentence(before) && writtenAsPlace(withoutDatelineArticle(before)):
		return StampPublished // "Moscou, 19 mars", "ASTANA, 3. Juli", "Londen, maandag 19 september 2022"
	case startsWithDate && placeStop(before, after):
		return StampPublished // Interfax's "Астана. 17 июня. ИНТЕРФАКС - …"
	case before == "" && isNumericDate(words):
		return StampPublished // "12.04.2023 Telegram-канал …"
	case before == "" && startsWithDate && fullDay(words) && !strings.HasPrefix(after, ","):
		return StampPublished // "28 novembre 2024 Putin avvia la visita"
	}
	return StampNone
}

// stampLineReach is how far from a date its line is read, each way.
const stampLineReach = 256

// nearLine returns the bounds of the line holding text[start:end], cut at
// stampLineReach bytes (on a character boundary) either side of it.
func nearLine(text string, start, end int) (lineStart, lineEnd int) {
	from := max(0, start-stampLineReach)
	// Invalid UTF-8 (a run of continuation bytes) must not carry the
	// bounds past the date itself.
	for from > 0 && from < start && !utf8.RuneStart(text[from]) {
		from++
	}
	lineStart = from
	if i := strings.LastIndexByte(text[from:start], '\n'); i >= 0 {
		lineStart = from + i + 1
	}
	to := min(len(text), end+stampLineReach)
	for to < len(text) && to > end && !utf8.RuneStart(text[to]) {
		to--
	}
	lineEnd = to
	if i := strings.IndexByte(text[end:to], '\n'); i >= 0 {
		lineEnd = end + i
	}
	return lineStart, lineEnd
}

// fullDay reports whether a mention's words write a day, a month and a
// four-digit year, for the datelines that open a page.
func fullDay(words string) bool {
	digits, runs := 0, 0
	in := false
	for _, r := range words {
		if dateDigit(r) >= 0 {
			digits++
			if !in {
				runs++
			}
			in = true
		} else {
			in = false
		}
	}
	return runs == 2 && digits >= 5
}

// placeStop reports whether a line opens with a place and a full stop, the
// date closing with one of its own: "Астана. 17 июня. ИНТЕРФАКС - …". A
// sentence of one capitalised word is no sentence of running text, and a
// date followed by a full stop opens none either.
func placeStop(before, after string) bool {
	place, ok := strings.CutSuffix(strings.TrimSpace(before), ".")
	if !ok || utf8.RuneCountInString(place) < 3 || strings.IndexFunc(place, notLetter) >= 0 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(place)
	return unicode.IsUpper(first) && strings.HasPrefix(strings.TrimLeft(after, " "), ".")
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) && r != '-' }

// startsSentence reports whether the words before a date are a sentence
// opening rather than a place: "En", "Le", "On" are not datelines.
func startsSentence(before string) bool {
	w := strings.TrimSpace(before)
	return utf8.RuneCountInString(w) <= 3 || !strings.ContainsAny(w, ",–—-|)")
}

// writtenAsPlace reports whether the words before a date are written as
// a dateline's place is: every word of four letters or more opens with a
// capital ("Moscou", "Rio de Janeiro", "Sharm el-Sheikh", "(ANSA) -
// MOSCA"). A sentence's subject and comma ("Muhalif gruplar, 27 Kasım'da
// Halep'in batısında …", the rebels, on 27 November, west of Aleppo)
// opens no page.
func writtenAsPlace(before string) bool {
	for _, w := range strings.FieldsFunc(before, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if first, _ := utf8.DecodeRuneInString(w); utf8.RuneCountInString(w) >= 4 && !unicode.IsUpper(first) {
			return false
		}
	}
	return true
}

func notWordOrDigit(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// isNumericDate reports whether a mention's words are all digits and
// separators ("12.04.2023", "2024-10-07").
func isNumericDate(s string) bool {
	digits := 0
	for _, r := range s {
		switch {
		case dateDigit(r) >= 0:
			digits++
		case r == '.' || r == '/' || r == '-':
		default:
			return false
		}
	}
	return digits >= 6
}

// wordsByFirstByte are words indexed by their first byte, for lastIndex.
type wordsByFirstByte [256][]string

var (
	publishedStampIndex = indexByFirstByte(publishedStampWords)
	modifiedStampIndex  = indexByFirstByte(modifiedStampWords)
)

func indexByFirstByte(words []string) *wordsByFirstByte {
	var x wordsByFirstByte
	for _, w := range words {
		if w != "" {
			x[w[0]] = append(x[w[0]], w)
		}
	}
	return &x
}

// lastIndex returns the greatest index in s at which one of the words
// starts, or -1: the greatest strings.LastIndex of any of them, found in
// one pass from the end of s instead of one search per word (stampOf
// asks it of every date near the start of its line, with some eighty
// words).
func (x *wordsByFirstByte) lastIndex(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		for _, w := range x[s[i]] {
			if strings.HasPrefix(s[i:], w) {
				return i
			}
		}
	}
	return -1
}

// sentenceBounds returns the byte span of the sentence of text that holds
// text[start:end]: from after the last full stop, question or exclamation
// mark (or line break or semicolon) before it to the next one after it.
func sentenceBounds(text string, start, end int) (int, int) {
	from := lastIndexSentenceMark(text[:start]) + 1
	// A full stop inside a number or an abbreviation ("15.", "г.") is no
	// sentence end: only a stop followed by a space and a capital counts.
	for from > 0 && !sentenceBreak(text, from-1) {
		from = lastIndexSentenceMark(text[:from-1]) + 1
	}
	to := len(text)
	for i := end; i < len(text); {
		j := indexSentenceMark(text[i:])
		if j < 0 {
			break
		}
		if sentenceBreak(text, i+j) {
			to = i + j
			break
		}
		i += j + 1
	}
	return from, to
}

// sentenceBreak reports whether the mark at text[i] ends a sentence.
func sentenceBreak(text string, i int) bool {
	if text[i] != '.' {
		return true
	}
	rest := text[i+1:]
	if rest == "" {
		return true
	}
	r, size := utf8.DecodeRuneInString(rest)
	if !unicode.IsSpace(r) {
		return false
	}
	after := strings.TrimLeftFunc(rest[size:], unicode.IsSpace)
	next, _ := utf8.DecodeRuneInString(after)
	return !unicode.IsLower(next) && !unicode.IsDigit(next) && !ordinalDayDot(text, i, after) && !titleAbbreviation(text[:i])
}

// startsWithWeekday reports whether a mention's first word is a weekday
// of some language Caravan reads dates in.
func startsWithWeekday(words string) bool {
	first, _, _ := strings.Cut(words, " ")
	var buf [64]byte
	return lexiconFor("").get(normaliseDateWord(buf[:0], first)).has(roleWeekday)
}
