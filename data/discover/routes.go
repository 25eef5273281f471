package discover

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data"
)

// A place joined to another by a dash is one end of a route or a pair —
// "the flight Baku — Grozny", "the «Central Asia – China» summit" — and
// not where the event happened: the plane came down near Aktau, the summit
// was held in Xi'an. Nor is a place the text says it happened outside of:
// "the first General Conference held outside Paris since 1985" met in
// Samarkand. sceneOf is the candidate's scene with such places left out,
// and notHere tells them.

// outsideBefore are the words before a place that say an event is away
// from it, by language; outsideAfter the postpositions after it (Turkic
// languages: "Paris dışında", "Parijdan tashqarida").
var (
	outsideBefore = map[string][]string{
		"en": {"outside", "outside of", "away from"},
		"fr": {"hors de", "en dehors de", "loin de", "hors d'", "en dehors d'"},
		"de": {"außerhalb", "außerhalb von", "fern von"},
		"nl": {"buiten"},
		"es": {"fuera de"},
		"it": {"fuori da", "fuori di", "lontano da"},
		"pt": {"fora de", "longe de"},
		"ru": {"вне", "за пределами", "вдали от"},
		"uk": {"поза", "за межами"},
		"pl": {"poza", "z dala od"},
	}
	outsideAfter = map[string][]string{
		"tr": {"dışında"},
		"uz": {"tashqarida", "ташқарида"},
		"kk": {"тыс", "сыртында"},
		"az": {"xaricində"},
	}
)

// backBefore are the words before a place that a leader went back to or
// came from, by language, and backAfter those after it: where he came
// from, not where the summit, the talks or the visit were ("Aliyev broke
// off his trip to the CIS summit in Saint Petersburg and returned to
// Baku", "landed in Beirut, coming from Istanbul").
var (
	backBefore = map[string][]string{
		"en": {"returned to", "returning to", "back to", "flew back to", "went back to", "coming from", "arriving from", "arrived from", "flying in from"},
		"fr": {"retourné à", "rentré à", "retour à", "regagné", "en provenance de", "en provenance d'", "venant de", "venu de", "arrivé de"},
		"de": {"zurück nach", "rückkehr nach", "kehrte nach", "reiste nach"},
		"nl": {"terug naar", "keerde terug naar"},
		"ru": {"вернулся в", "вернулась в", "вернулся на", "возвратился в", "возвращения в", "возвращении в", "прибыв из", "прилетев из", "прибывший из", "прилетевший из"},
		"uk": {"повернувся до", "повернувся в", "повернулася до"},
		"es": {"regresó a", "volvió a", "de regreso a", "procedente de", "proveniente de", "llegado de"},
		"it": {"rientrato a", "tornato a", "rientro a", "rientrato in", "tornato in", "proveniente da", "in arrivo da", "arrivato da"},
		"pt": {"regressou a", "voltou a", "retornou a", "regressou ao", "voltou ao", "vindo de", "procedente de", "proveniente de"},
		"pl": {"wrócił do", "powrócił do"},
		"ar": {"عاد إلى", "عاد الى", "العودة إلى"},
		"fa": {"بازگشت به", "برگشت به"},
	}
	backAfter = map[string][]string{
		"tr": {"döndü", "geri döndü"},
		"kk": {"қайтып", "оралды"},
		"uz": {"qaytdi", "қайтди", "qaytib", "қайтиб"},
		"az": {"qayıtdı"},
	}
)

// journeyBefore are the words before a place a vehicle was bound for or
// coming back to, by language, and journeyAfter those after it: a crash
// on the way is not where the journey was going ("the helicopter crashed
// on its way to Tabriz", "در مسیر تبریز", "返回大不里士途中", "Təbrizə
// aparan helikopter"). Chinese is matched without word breaks.
var (
	journeyBefore = map[string][]string{
		"en": {"on the way to", "on its way to", "en route to", "bound for", "heading to", "heading for", "returning to", "flying to", "headed to", "headed for"},
		"fr": {"en route vers", "à destination de", "à destination d'", "en direction de", "en direction d'", "sur le chemin de", "qui rentrait à", "qui se rendait à"},
		"de": {"auf dem weg nach", "unterwegs nach", "auf dem rückweg nach", "auf dem rückflug nach", "auf dem flug nach", "in richtung"},
		"nl": {"op weg naar", "onderweg naar", "op de terugweg naar", "richting"},
		"ru": {"по пути в", "на пути в", "направлявшийся в", "направлявшегося в", "летевший в", "летевшего в", "возвращавшийся в", "возвращавшегося в", "следовавший в", "следовавшего в", "по дороге в"},
		"uk": {"на шляху до", "по дорозі до", "прямував до", "який летів до"},
		"es": {"rumbo a", "con destino a", "camino de", "camino a", "en ruta hacia", "de regreso a", "que se dirigía a"},
		"it": {"diretto a", "diretto verso", "in rotta verso", "sulla strada per", "di ritorno a", "in volo verso"},
		"pt": {"a caminho de", "rumo a", "com destino a", "em direção a", "de regresso a", "de volta a"},
		"pl": {"w drodze do", "lecący do", "w kierunku"},
		"ar": {"في طريقها إلى", "في طريقه إلى", "متجهة إلى", "متجها إلى", "في طريق عودته إلى", "أثناء عودته إلى"},
		"fa": {"در مسیر", "به مقصد", "در راه", "عازم"},
		"zh": {"返回", "飞往", "前往", "驶往"},
	}
	journeyAfter = map[string][]string{
		"tr": {"giden", "gitmekte olan", "yolunda", "yönünde", "istikametinde", "dönen"},
		"az": {"aparan", "gedən", "istiqamətində", "qayıdan"},
		"uz": {"ketayotgan", "кетаётган"},
		"kk": {"бара жатқан", "ұшып бара жатқан"},
	}
)

// notHere reports whether place id is named in c only as the end of a
// route or as where the event was not (see above), or, for what leaders do
// together, as where one of them went back to or as a leader's country
// (see nationality), or, for an attack, as the attacker's (see attacker).
func notHere(c *Candidate, id string, h *homes) bool {
	if h != nil && sideCity(c, id, h.byID) {
		return true // a side of the fighting, not its place
	}
	n := 0
	k := c.Kind()
	leaders := k == Summit || diplomatic(k)
	for _, x := range c.evidence {
		if x.kind != cluePlace || refName(x.ref) != id {
			continue
		}
		start, end := int(x.start), int(x.end)
		if !paired(c.Article.Text, start, end) && !outside(c.Article, start, end, outsideBefore, outsideAfter) && !datelinePlace(c, x) &&
			!(leaders && (outside(c.Article, start, end, backBefore, backAfter) || nationality(c, x, h))) && !attacker(c, x) &&
			!((leaders || k == Announcement) && outside(c.Article, start, end, withBefore, withAfter)) &&
			!(k == Disaster && outside(c.Article, start, end, journeyBefore, journeyAfter)) && !asGovernment(c, id, start, end) {
			return false
		}
		n++
	}
	return n > 0
}

// datelinePlace reports whether place clue x of c is the place of a
// dateline: it opens its paragraph, alone or after the agency that filed
// the report, a comma, a bracket or a dash follows it, and the dateline's
// date, agency or dash comes within a few words ("(ANSA) - ISTANBUL, 10
// FEB -", "KAHRAMANMARAŞ (AA) -", "TBILISI, Georgia —"). The report was
// filed there: the earthquake was in Hatay. "Astana, the capital, hosted
// the summit" is no dateline: nothing of one follows.
func datelinePlace(c *Candidate, x clue) bool {
	p, ok := paragraphAt(c.Article, int(x.start))
	text := c.Article.Text
	if !ok || int(x.start)-p.Start > agencyReach {
		return false
	}
	opens := onlyPunct(text[p.Start:x.start]) || agencyOpens(text[p.Start:x.start])
	for _, y := range c.evidence {
		if y.kind == clueActor && y.end <= x.start && inDateline(c, y) && onlyPunct(text[p.Start:y.start]) && onlyPunct(text[y.end:x.start]) {
			opens = true
		}
	}
	if !opens {
		return false
	}
	next, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[x.end:min(int(x.end)+4, len(text))], " "))
	if !strings.ContainsRune(",(–—-", next) {
		return false
	}
	reach := min(int(x.end)+datelineTail, p.End, len(text))
	for _, dash := range []string{" - ", " – ", " — ", "–", "—"} {
		if strings.Contains(text[x.end:reach], dash) {
			return true
		}
	}
	for _, y := range c.evidence {
		if (y.kind == clueDate || y.kind == clueActor) && y.start >= x.end && int(y.start) < reach {
			return true
		}
	}
	return false
}

// agencyOpens reports whether s, a paragraph's start before a place, is an
// agency's name in brackets and punctuation: "(ANSA) - ", "(AGI) – ". The
// agency need not be in the name lists: agencies sign in capitals.
func agencyOpens(s string) bool {
	name, rest, ok := strings.Cut(strings.TrimLeft(s, " "), ")")
	name, bracketed := strings.CutPrefix(name, "(")
	if !ok || !bracketed || name == "" || len(name) > 12 {
		return false
	}
	for _, r := range name {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return onlyPunct(rest)
}

// datelineTail is how far after its place, in bytes, a dateline's date,
// agency or dash stands: ", Georgia —", " (AA) -", ", 10 FEB".
const datelineTail = 24

// onlyPunct reports whether s is only spaces and punctuation.
func onlyPunct(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) && !unicode.IsPunct(r) {
			return false
		}
	}
	return true
}

// nationalityGap is how many bytes at most stand between a country and a
// person of it for the country to be his title's: " President ", "总理".
const nationalityGap = 24

// nationality reports whether place clue x of c is a country that only
// says where a person named beside it comes from: "Russian President
// Vladimir Putin", "президент России Владимир Путин", "印度总理莫迪" — not
// where the talks were. Between the two stand only letters and spaces.
func nationality(c *Candidate, x clue, h *homes) bool {
	if h == nil || h.byID == nil || !countries()[refName(x.ref)] {
		return false
	}
	text := c.Article.Text
	for _, y := range c.evidence {
		if y.kind != clueActor {
			continue
		}
		p := h.byID[refName(y.ref)]
		if p == nil || p.Country != refName(x.ref) {
			continue
		}
		from, to := int(x.end), int(y.start)
		if y.start < x.start {
			from, to = int(y.end), int(x.start)
			// The title may follow the name as an apposition: "Vladimir
			// Putin, President of Russia", "ولادیمیر پوتین، رئیس‌جمهور
			// روسیه".
			from += appositionComma(text[from:to])
		}
		if from > to || to-from > nationalityGap {
			continue
		}
		if onlyLetters(strings.ReplaceAll(text[from:to], "\u200c", "")) && !placePreposition(text, int(x.start)) {
			return true
		}
	}
	return false
}

// appositionComma returns the length of the comma (Latin or Arabic) and
// spaces that open gap, or 0 when it opens with none.
func appositionComma(gap string) int {
	rest := strings.TrimLeft(gap, " ")
	for _, comma := range []string{",", "،"} {
		if after, ok := strings.CutPrefix(rest, comma); ok {
			return len(gap) - len(after)
		}
	}
	return 0
}

// placePrepositions are the words before a name that make it a place,
// whoever is named beside it: "talks with Modi in India", "в Индии".
var placePrepositions = map[string]bool{
	"in": true, "at": true, "to": true, "into": true, "from": true, "à": true, "en": true, "au": true,
	"aux": true, "dans": true, "im": true, "nach": true, "aus": true, "naar": true, "a": true, "em": true,
	"na": true, "no": true, "ao": true, "в": true, "во": true, "на": true, "из": true, "у": true,
	"до": true, "з": true, "w": true, "we": true, "do": true, "في": true, "إلى": true, "الى": true,
	"در": true, "به": true,
}

// placePreposition reports whether the name at start follows a word of
// placePrepositions, or in Chinese one of 在 到 赴 抵 访 于.
func placePreposition(text string, start int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:start])
	if strings.ContainsRune("在到赴抵访于", r) {
		return true
	}
	return placePrepositions[prevWord(text, start, 16)]
}

// prevWord returns, lower case, the word that ends before text[start:]
// among the reach bytes before it.
func prevWord(text string, start, reach int) string {
	prev := strings.TrimRight(text[max(0, start-reach):start], " ")
	if i := strings.LastIndexAny(prev, " \n(«\""); i >= 0 {
		prev = prev[i+1:]
	}
	return lower(prev)
}

// onlyLetters reports whether s has only letters and spaces.
func onlyLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// outside reports whether the place at text[start:end] follows a word of
// before or is followed by a word of after, in the article's language
// (see outsideBefore, backBefore).
func outside(a *data.Article, start, end int, before, after map[string][]string) bool {
	text := a.Text
	if words := before[a.Language]; len(words) > 0 {
		prev := strings.TrimRight(text[max(0, start-32):start], " ")
		if mayEndLowerIn(prev, words) {
			prev = lower(prev)
		} else {
			prev = "" // lowered, it ends in none of the words
		}
		for _, w := range words {
			if strings.HasSuffix(prev, w) {
				// A whole word: "outside", not "…doutside".
				k := len(prev) - len(w)
				if k == 0 || prev[k-1] == ' ' || prev[k-1] == '\n' || prev[k-1] == '(' || a.Language == "zh" {
					return true
				}
			}
		}
	}
	if words := after[a.Language]; len(words) > 0 {
		// The place's word may go on with a case ending ("Parijdan").
		i := wordEnd(text, end, min(len(text), end+24))
		next := strings.TrimLeft(text[i:min(len(text), i+24)], " ")
		if mayStartLowerWith(next, words) {
			next = lower(next)
		} else {
			next = "" // lowered, it starts with none of the words
		}
		for _, w := range words {
			if strings.HasPrefix(next, w) {
				return true
			}
		}
	}
	return false
}

// sceneOf returns the place nearest to the words for what happened in c,
// leaving out the dateline and the places that are not its (away: notHere,
// remembered by titlePlaces); "" when none is left.
func sceneOf(c *Candidate, away func(c *Candidate, id string) bool) string {
	s := c.Scene()
	if s == "" || !away(c, s) {
		return s
	}
	kind := c.Kind()
	ofKind := false
	kindRef := refNumber(string(kind))
	for _, t := range c.evidence {
		if t.kind == clueTerm && t.ref == kindRef {
			ofKind = true
		}
	}
	best, bestDist := "", -1
	for _, x := range c.evidence {
		if x.kind != cluePlace || refName(x.ref) == c.Dateline() || away(c, refName(x.ref)) {
			continue
		}
		for _, t := range c.evidence {
			if t.kind != clueTerm || (ofKind && t.ref != kindRef) {
				continue
			}
			d := max(int(x.start-t.end), int(t.start-x.end), 0)
			if bestDist < 0 || d < bestDist {
				best, bestDist = refName(x.ref), d
			}
		}
	}
	return best
}

// paired reports whether the name at text[start:end] is joined by a dash
// to a capitalised name before or after it: "Баку — Грозный", "Орталық
// Азия – Қытай", "China–Central Asia". A dash at the start of a paragraph
// is a dateline's ("ASTANA – The leaders"), which the dateline rule
// handles.
func paired(text string, start, end int) bool {
	after := strings.TrimLeft(text[end:min(end+12, len(text))], " ")
	for _, dash := range []string{"—", "–", "-"} {
		if rest, ok := strings.CutPrefix(after, dash); ok {
			rest = strings.TrimLeft(rest, " «\"")
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) && !paragraphStart(text, start) {
				return true
			}
		}
	}
	// The word before the dash is read whole: twelve bytes held "Баку — "
	// no more than "аку — ", whose small letter made the flight Baku —
	// Grozny no route, and Grozny the scene of a crash near Aktau.
	lo := max(0, start-pairedReach)
	for lo < start && !utf8.RuneStart(text[lo]) {
		lo++
	}
	before := strings.TrimRight(text[lo:start], " «\"")
	for _, dash := range []string{"—", "–", "-"} {
		if rest, ok := strings.CutSuffix(before, dash); ok {
			if datelineDash(text, lo+len(rest)) {
				return false // "ASTANA. QazAqparat – Qazaqstan …"
			}
			rest = strings.TrimRight(rest, " »\"")
			if r, _ := utf8.DecodeLastRuneInString(rest); unicode.IsLetter(r) {
				// The word before the dash: a name when it begins with a
				// capital.
				i := strings.LastIndexAny(rest, " \n«\"")
				w, _ := utf8.DecodeRuneInString(rest[i+1:])
				return unicode.IsUpper(w)
			}
		}
	}
	return false
}

// pairedReach is how many bytes before a place paired reads for the dash
// and the word before it: a Cyrillic or Arabic name of several letters,
// a space, a dash and a space.
const pairedReach = 48

// datelineDash reports whether a dash at offset i ends a dateline: near
// the start of its line, after a stop or a comma ("ASTANA. QazAqparat –",
// "Вашингтон, 7 қараша. ҚазАқпарат –").
func datelineDash(text string, i int) bool {
	i = max(0, min(i, len(text)))
	line := strings.LastIndexByte(text[:i], '\n') + 1
	return i-line <= agencyReach && strings.ContainsAny(text[line:i], ".,")
}

// paragraphStart reports whether the name at start opens its line.
func paragraphStart(text string, start int) bool {
	i := strings.LastIndexByte(text[:start], '\n')
	return strings.TrimSpace(text[i+1:start]) == ""
}
