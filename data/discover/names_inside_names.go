package discover

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data"
)

// A person's name inside a longer proper name is no actor: the Iraqi air
// base "قاعدة عين الأسد" (Ain al-Asad) is not Bashar al-Assad, Kabul's
// "مطار حامد كرزاي الدولي" (Hamid Karzai International Airport) not the
// former president, Tehran's "فرودگاه امام خمینی" and "аеропорт імені
// Імама Хомейні" not the ayatollah, Baku's "Heydər Əliyev adına
// Beynəlxalq Aeroport" not Heydar Aliyev. Such a name made "Bashar
// al-Assad appointed" of Iran's missiles on the base (with "عين", here the
// spring of the base's name, read as "appointed") and "Launch by Hamid
// Karzai" of the last US flight out of Kabul.
//
// A name is inside a longer one when the word before it (or the one
// before that, a name's other word between: "قاعدة عين الأسد", "имени
// Имама Хомейни") is a place-naming word of the article's language
// (namingBefore: an airport, a base, a street, "named after"), or when the
// word after it is one (namingAfter: "… International Airport", "…
// nomidagi", "… atındağı", "… 国际机场"). The event words inside the longer
// name go with it ("عين").

// namingBefore lists, by language, the words after which a name is the
// name of a place or a building: the nouns of languages that put the
// name after them, and the words for "named after". Not French
// "place" ("à la place de", instead of).
var namingBefore = map[string][]string{
	"en": {"named after", "named for"},
	"fr": {"aéroport", "base aérienne", "rue", "avenue", "boulevard", "pont", "stade", "université", "hôpital", "baptisé*", "nommé d'après"},
	"de": {"flughafen", "luftwaffenstützpunkt", "militärbasis", "stützpunkt", "benannt nach", "benannten"},
	"nl": {"luchthaven", "vliegbasis", "luchtmachtbasis", "vernoemd naar"},
	"ru": {"имени", "им."},
	"uk": {"імені", "ім."},
	"pl": {"imienia", "im.", "lotnisko", "lotnisku", "lotniska", "baza lotnicza", "bazie lotniczej"},
	"es": {"aeropuerto", "base aérea", "calle", "avenida", "plaza", "estadio", "universidad", "hospital"},
	"pt": {"aeroporto", "base aérea", "rua", "avenida", "praça", "estádio", "universidade", "hospital"},
	"it": {"aeroporto", "base aerea", "via", "viale", "piazza", "stadio", "università", "ospedale", "intitolat*"},
	"ar": {"مطار", "قاعده", "قاعدة", "شارع", "ميدان", "جامعه", "جامعة", "مستشفى", "مسجد", "جسر", "ملعب"},
	"fa": {"فرودگاه", "پایگاه", "خیابان", "میدان", "دانشگاه", "بیمارستان", "مسجد", "پل", "ورزشگاه", "بندر"},
	"tg": {"ба номи", "фурудгоҳи"},
}

// namingAfter lists, by language, the words before which a name is the
// name of a place or a building: the nouns of languages that put the
// name before them, and the words for "named after" that follow it.
var namingAfter = map[string][]string{
	"en": {"international airport", "airport", "air base", "airbase", "street", "avenue", "boulevard", "square", "bridge", "stadium", "university", "tower", "center", "centre", "mosque"},
	"de": {"flughafen", "-flughafen", "straße", "platz", "brücke", "stadion", "universität"},
	"tr": {"havalimanı", "havaalanı", "uluslararası havalimanı", "hava üssü", "üssü", "caddesi", "bulvarı", "meydanı", "köprüsü", "stadı", "stadyumu", "üniversitesi", "camii", "merkezi", "adını taşıyan"},
	"az": {"adına", "beynəlxalq aeroport*", "hava limanı", "aeroport*", "mərkəzi", "fondu", "prospekti", "küçəsi", "parkı", "meydanı"},
	"uz": {"nomidagi", "номидаги", "xalqaro aeroport*", "aeroport*", "аэропорт*", "ko'chasi", "maydoni", "кўчаси", "майдони"},
	"kk": {"атындағы", "әуежай*", "халықаралық әуежай*", "даңғылы", "көшесі", "алаңы"},
	"ky": {"атындагы", "аэропорт*", "эл аралык аэропорт*", "көчөсү", "аянты"},
	"zh": {"国际机场", "机场", "空军基地", "基地", "大街", "广场", "大学", "大桥"},
}

// insideLongerName reports whether the name at text[m.Start:m.End] of
// article a is part of a longer proper name, and where that name begins.
func insideLongerName(a *data.Article, start, end int) (from int, ok bool) {
	text := a.Text
	if words := namingBeforeEntries[a.Language]; len(words) > 0 {
		// The word before, then the one before that; in Arabic and
		// Persian one more, for a title between ("فرودگاه بین‌المللی
		// امام خمینی", the airport international Imam Khomeini).
		at, reach := start, 2
		if a.Language == "ar" || a.Language == "fa" {
			reach = 3
		}
		for k := 0; k < reach; k++ {
			ws, w := lastWordOf(text, at)
			if ws < 0 {
				break
			}
			w = unelided(w)
			for _, n := range words {
				if namingWordIs(text, ws, w, n) {
					return namingStart(text, ws, n), true
				}
			}
			at = ws
		}
	}
	if words := namingAfter[a.Language]; len(words) > 0 {
		rest := text[end:min(len(text), end+48)]
		if a.Language != "zh" {
			rest = strings.TrimLeft(rest, " ")
		}
		next := lower(rest)
		for _, n := range words {
			w, stem := strings.CutSuffix(n, "*")
			if !strings.HasPrefix(next, w) {
				continue
			}
			// A whole word, unless a stem or Chinese.
			r, _ := utf8.DecodeRuneInString(next[len(w):])
			if stem || a.Language == "zh" || !unicode.IsLetter(r) {
				return start, true
			}
		}
	}
	return 0, false
}

// lastWordOf returns the start and the lowered text of the word that ends
// right before text[at:], spaces between; -1 when a mark or the start of
// the text comes first (a name after a full stop or a comma begins a new
// phrase).
func lastWordOf(text string, at int) (int, string) {
	end := at
	for end > 0 && text[end-1] == ' ' {
		end--
	}
	if end == at && end > 0 && text[end-1] != '-' {
		return -1, "" // no space before: inside a word
	}
	i := end
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsLetter(r) && r != '.' && r != '\'' && r != '’' && r != '\u200c' && !unicode.Is(unicode.Mn, r) {
			break
		}
		i -= size
	}
	if i == end {
		return -1, ""
	}
	return i, lower(text[i:end])
}

// unelided returns the lowered word w without the article French and
// Italian elide before it ("l'aéroport" is "aéroport"); a word ending in
// the apostrophe is kept whole. It is asked once per word, not once per
// naming entry: searching for the curly apostrophe decodes every
// character, and doing so for each of a language's dozen entries was a
// percent of a large load.
func unelided(w string) string {
	if i := strings.LastIndexAny(w, "'’"); i >= 0 && !strings.HasSuffix(w, "'") {
		w = w[i+len(string([]rune(w[i:])[0])):]
	}
	return w
}

// A namingEntry is an entry of namingBefore split for comparing: its last
// word, the word before that when it has two, and whether the last is a
// stem (written with a final "*").
type namingEntry struct {
	first, last string
	stem        bool
}

// namingEntries splits each language's naming words into namingEntry
// values once, when the package starts.
func namingEntries(byLanguage map[string][]string) map[string][]namingEntry {
	out := make(map[string][]namingEntry, len(byLanguage))
	for lang, words := range byLanguage {
		for _, n := range words {
			n, stem := strings.CutSuffix(n, "*")
			e := namingEntry{last: n, stem: stem}
			if i := strings.LastIndexByte(n, ' '); i >= 0 {
				e.first, e.last = n[:i], n[i+1:]
			}
			out[lang] = append(out[lang], e)
		}
	}
	return out
}

// namingBeforeEntries is namingBefore split by namingEntries.
var namingBeforeEntries = namingEntries(namingBefore)

// namingWordIs reports whether the naming entry n ends with the word w
// at text[ws:] (lowered and unelided): its first word is then the word
// before.
func namingWordIs(text string, ws int, w string, n namingEntry) bool {
	if !(w == n.last || n.stem && strings.HasPrefix(w, n.last)) {
		return false
	}
	if n.first == "" {
		return true
	}
	_, prev := lastWordOf(text, ws)
	return prev == n.first || strings.HasSuffix(prev, "'"+n.first) || strings.HasSuffix(prev, "’"+n.first)
}

// namingStart is where the longer name that the naming entry n begins
// starts: the entry's first word.
func namingStart(text string, ws int, n namingEntry) int {
	if n.first != "" {
		if s, _ := lastWordOf(text, ws); s >= 0 {
			return s
		}
	}
	return ws
}

// dropNamesInNames removes from names the actors that are part of a
// longer proper name (see insideLongerName), and from hits the event
// words inside that longer name. It allocates nothing when there are
// none.
func dropNamesInNames(a *data.Article, names []data.Match, hits []hit) ([]data.Match, []hit) {
	var spans [][2]int
	for _, m := range names {
		if m.Kind != data.EvidenceActor {
			continue
		}
		if from, ok := insideLongerName(a, m.Start, m.End); ok {
			spans = append(spans, [2]int{from, m.End})
		}
	}
	if len(spans) == 0 {
		return names, hits
	}
	in := func(start, end int) bool {
		return slices.ContainsFunc(spans, func(s [2]int) bool { return start >= s[0] && end <= s[1] })
	}
	names = slices.DeleteFunc(names, func(m data.Match) bool { return m.Kind == data.EvidenceActor && in(m.Start, m.End) })
	hits = slices.DeleteFunc(hits, func(h hit) bool { return in(h.start, h.end) })
	return names, hits
}
