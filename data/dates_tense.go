package data

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data/textnorm"
)

// This file reads what the words around a weekday say of its side of the
// article's day, beyond the future markers: a present tense that
// announces ("die am Sonntag ihr Amt antritt"), a call to act on a day
// ("призвала сторонников выйти на акцию в понедельник"), a plan told as
// past ("devait se rendre lundi", "sollte am Montag stattfinden"), and
// "until" after the day a span began ("انطلقت أمس الثلاثاء وتستمر حتى
// الخميس"). The words are per language and written here by hand: no locale
// table has them.

// tenseLanguage holds one language's words of tense for weekdays.
type tenseLanguage struct {
	// until, before a weekday, make it the end of a span ("until
	// Thursday", "bis Donnerstag", "حتى الخميس"), as the present of the
	// verbs of ending do ("ends on Saturday", "terminam no sábado",
	// "заканчивается в субботу"); since make it the start
	// of one that runs to now ("seit Sonntag"), never a day ahead.
	until, since []string
	// untilAfter are the postpositions of "until", written after the
	// weekday in its dative (Turkish "perşembeye kadar", Kazakh
	// "бейсенбіге дейін"); untilEndings the endings of "until" joined to
	// the weekday (Uzbek "payshanbagacha").
	untilAfter, untilEndings []string
	// present are present-tense verbs of scheduled happenings, in forms
	// that are no participle of a past tense (German "besucht" is both,
	// and is left out): a weekday in their clause is ahead, as the
	// present announces in German, Dutch, Russian, Ukrainian and Polish
	// ("am Sonntag tritt sie ihr Amt an"), unless pastAux is in the
	// clause too ("hat", "ist"). Not in English or French, whose
	// headlines and narratives tell the past in the present ("Putin
	// arrives in Dushanbe").
	present, pastAux []string
	// separable are presents of separable verbs that announce only with
	// their particle as the last word of the clause (Dutch "Nawrocki volgt
	// in augustus Duda op", succeeds; "het besluit volgt op de
	// verkiezingen van 3 november" follows them): verb → particle.
	separable map[string]string
	// calls are verbs of calling on people to act; a weekday after one
	// and after an infinitive is the day of the act, ahead of the call
	// ("urged supporters to rally on Monday"). infinitives are the
	// endings of infinitives; infinitiveWords the words that mark one
	// ("to"; German "zu", which may stand after the weekday).
	calls, infinitives, infinitiveWords []string
	// declare are verbs that declare a day (a day of mourning, a day off)
	// and dayNouns the words that say what day (mourning, holiday, not
	// working; not "day" itself, which "declared on Monday that the day
	// …" has): a weekday in a clause with
	// one of declare before it and one of dayNouns within
	// declaredDayReach words of it is the day declared, ahead of the
	// declaration ("declaró el lunes día no laborable", "a décrété une
	// journée de deuil national dimanche"): a day is declared before it
	// comes.
	declare, dayNouns []string
	// declareAfter: the verb of declaring comes after the day, at the end
	// of the clause (Turkish, verb-final).
	declareAfter bool
	// pastPlans are the "was to" forms ("devait", "sollte", "мав",
	// "was due"): a plan told as past, whose day is not ahead even when
	// a future marker stands in its clause. An entry of two words is
	// matched as two words in a row ("قرار بود").
	pastPlans []string
	// pastPlanPairs are "was to" forms of two words apart, matched as
	// written in lower case (the scanner's normal form would make
	// "hätte" "hatte", had): "hätte am Sonntag stattfinden sollen".
	pastPlanPairs [][2]string
	// pastPlanEndings are endings of "was to" verbs (Turkish "-acaktı").
	pastPlanEndings []string
	// changed are the words of a plan changed: postponed, brought
	// forward, cancelled. A "was to" in a sentence with one is a plan
	// that did not happen on its day ("The vote had been due in
	// November, but … brought the election forward", "قرار بود در سال
	// ۲۰۲۵ … به تعویق افتاد"): its date is announced, a plan, and a
	// month without its year lies ahead.
	changed []string
}

// tenseLanguages are the tense words by language code.
var tenseLanguages = map[string]tenseLanguage{
	"en": {changed: []string{"postponed", "postpone", "postpones", "delayed", "deferred", "rescheduled", "cancelled", "canceled", "forward"},
		until: []string{"until", "till", "through", "ends", "end"}, since: []string{"since"},
		// "non" of "non-working", "off" of "a day off": "working" and
		// "day" alone are also "declared on Monday that working hours …".
		declare: []string{"declared", "declares", "proclaimed", "proclaims"}, dayNouns: []string{"mourning", "holiday", "non", "off"},
		calls: []string{"urged", "urges", "called", "calls", "asked", "asks", "invited", "invites", "summoned", "told"}, infinitiveWords: []string{"to"},
		pastPlans: []string{"was to", "were to", "was due", "were due", "was scheduled", "were scheduled", "was expected", "were expected", "was set", "were set", "had planned", "had been"}},
	"de": {changed: []string{"verschoben", "verschiebt", "vorgezogen", "abgesagt", "vertagt"},
		until: []string{"bis", "endet", "enden"}, since: []string{"seit"},
		declare: []string{"erklärte", "erklärt", "ausgerufen", "rief", "ruft"}, dayNouns: []string{"trauertag", "feiertag", "staatstrauer", "ruhetag", "arbeitsfrei", "arbeitsfreien", "arbeitsfreier", "arbeitsfreie"},
		present: []string{"antritt", "tritt", "eintrifft", "trifft", "reist", "abreist", "anreist", "ankommt", "kommt", "beginnt", "endet", "stattfindet", "findet",
			"fliegt", "spricht", "empfängt", "wählt", "abstimmt", "stimmt", "zusammenkommt", "zusammentritt", "übernimmt", "tagt", "berät", "entscheidet", "hält", "startet", "läuft", "aufbricht", "bricht"},
		pastAux:   []string{"hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren", "wurde", "wurden"},
		separable: map[string]string{"löst": "ab", "legt": "ab", "setzt": "fort"},
		calls:     []string{"aufgerufen", "rief", "ruft", "rufen", "riefen", "aufgefordert", "forderte", "fordert", "forderten", "appellierte"}, infinitiveWords: []string{"zu"},
		pastPlans: []string{"sollte", "sollten"}, pastPlanPairs: [][2]string{{"hätte", "sollen"}, {"hätten", "sollen"}}},
	"nl": {until: []string{"tot"}, since: []string{"sinds", "sedert"},
		declare: []string{"riep", "uitgeroepen", "verklaarde", "roept"}, dayNouns: []string{"rouwdag", "feestdag", "rouw", "vrije", "vrijaf"},
		present: []string{"aantreedt", "treedt", "reist", "vertrekt", "arriveert", "aankomt", "komt", "begint", "eindigt", "plaatsvindt", "vindt", "vliegt", "spreekt",
			"ontvangt", "kiest", "stemt", "vergadert", "opent", "houdt", "bezoekt",
			// The present passive tells of what is scheduled: "de vlag wordt
			// maandag gehesen" (is to be raised on Monday).
			"wordt", "worden"},
		pastAux:   []string{"heeft", "hebben", "had", "hadden", "is", "zijn", "was", "waren", "werd", "werden"},
		separable: map[string]string{"volgt": "op", "legt": "af", "zet": "voort"},
		// ("zou" is no "was to": it is the future of reported speech.)
		calls: []string{"riep", "riepen", "opgeroepen", "roept", "vroeg", "vroegen", "verzocht"}, infinitiveWords: []string{"te"}},
	"ru": {changed: []string{"перенесены", "перенесли", "перенесена", "перенесен", "перенесено", "отложены", "отложили", "отложена", "отложено", "отменены", "отменили", "отменена", "отменено"},
		until: []string{"до", "по", "заканчивается", "заканчиваются", "завершается", "завершаются", "продлится", "продлятся"}, since: []string{"с", "со"},
		declare: []string{"объявил", "объявила", "объявили", "объявлен", "объявлено", "объявляет"}, dayNouns: []string{"траура", "траур", "выходным", "нерабочим"},
		present: []string{"вступает", "прибывает", "прибывают", "начинается", "начинаются", "открывается", "открываются", "стартует", "стартуют",
			"отправляется", "отправляются", "вылетает", "вылетают", "приезжает", "приезжают"},
		pastAux: []string{"был", "была", "было", "были"},
		calls:   []string{"призвал", "призвала", "призвали", "призывает", "призывают", "призвав", "попросил", "попросила", "попросили", "пригласил", "пригласила", "пригласили"},
		// "выйти" normalises to "выити" (й is folded).
		infinitives: []string{"ть", "ться", "чь", "ити", "ести", "ечь"},
		pastPlans:   []string{"должен был", "должна была", "должны были", "собирался", "собиралась", "собирались"}},
	"uk": {changed: []string{"перенесено", "перенесли", "перенесені", "відкладено", "відклали", "скасовано", "скасували"},
		until: []string{"до", "по"}, since: []string{"з", "із"},
		declare: []string{"оголосив", "оголосила", "оголосили", "оголошено", "оголошує"}, dayNouns: []string{"жалоби", "жалобу", "вихідним", "неробочим"},
		present: []string{"вступає", "прибуває", "прибувають", "розпочинається", "розпочинаються", "починається", "починаються",
			"відкривається", "відкриваються", "стартує", "вирушає", "вилітає", "приїжджає", "приїжджають"},
		pastAux:     []string{"був", "була", "було", "були"},
		calls:       []string{"закликав", "закликала", "закликали", "закликає", "закликають", "попросив", "попросила", "попросили", "запросив", "запросила", "запросили"},
		infinitives: []string{"ати", "ити", "іти", "ути", "яти", "тися"},
		pastPlans:   []string{"мав", "мала", "мало", "мали", "збирався", "збиралася", "збиралися"}},
	"fr": {changed: []string{"reporté", "reportée", "reportés", "reportées", "repoussé", "repoussée", "annulé", "annulée", "avancé", "avancée"},
		until: []string{"jusqu", "jusque", "termine", "terminent", "achève", "achèvent"}, since: []string{"depuis"},
		declare: []string{"décrété", "décrète", "déclaré", "déclare", "proclamé", "proclame", "décrétée", "déclarée"}, dayNouns: []string{"deuil", "férié", "fériée", "chômé", "chômée", "congé"},
		calls:       []string{"appelé", "appelle", "appellent", "appelait", "exhorté", "invité", "invite", "demandé", "demande"},
		infinitives: []string{"er", "ir", "re"},
		pastPlans:   []string{"devait", "devaient", "aurait dû", "auraient dû"}},
	"es": {changed: []string{"aplazado", "aplazada", "aplazó", "pospuesto", "pospuesta", "pospuso", "cancelado", "cancelada", "adelantado", "adelantada"},
		until: []string{"hasta", "termina", "terminan", "acaba", "acaban", "concluye", "concluyen"}, since: []string{"desde"},
		declare: []string{"declaró", "declara", "decretó", "decreta", "proclamó", "declarado", "decretado"}, dayNouns: []string{"luto", "feriado", "festivo", "laborable"},
		calls: []string{"llamó", "llama", "llamaron", "instó", "insta", "convocó", "convoca", "pidió", "pide", "invitó",
			// The participles of the perfect ("ha convocado a los
			// ministros para debatir el lunes"); not "llamado", also
			// "so-called".
			"convocado", "convocada", "instado", "pedido", "invitado"},
		infinitives: []string{"ar", "er", "ir", "arse", "erse", "irse"},
		pastPlans:   []string{"debía", "debían", "iba a", "iban a"}},
	"pt": {changed: []string{"adiado", "adiada", "adiou", "cancelado", "cancelada", "antecipado", "antecipada"},
		until: []string{"até", "termina", "terminam", "acaba", "acabam"}, since: []string{"desde"},
		declare: []string{"decretou", "declarou", "decreta", "declara", "decretado", "declarado"}, dayNouns: []string{"luto", "feriado", "facultativo", "folga"},
		calls: []string{"convocou", "convoca", "pediu", "pede", "instou", "chamou", "convidou",
			// The participles of the perfect ("tem convocado", "foi
			// convocado"): "chamado" is also "so-called".
			"convocado", "convocada", "instado", "pedido", "convidado"},
		infinitives: []string{"ar", "er", "ir"},
		pastPlans:   []string{"devia", "deviam", "ia", "iam"}},
	"it": {changed: []string{"rinviato", "rinviata", "rinviate", "rinviati", "posticipato", "annullato", "annullata", "anticipato", "anticipata"},
		until: []string{"fino", "termina", "terminano", "finisce", "finiscono"}, since: []string{"dal", "dalla"},
		declare: []string{"dichiarato", "dichiara", "proclamato", "proclama", "decretato", "indetto"}, dayNouns: []string{"lutto", "festivo", "festa", "lavorativo", "riposo"},
		calls: []string{"invitato", "invita", "esortato", "esorta", "chiamato", "chiama", "chiesto", "chiede",
			// "ha convocato i ministri per discutere lunedì".
			"convocato", "convocata", "convoca"},
		infinitives: []string{"are", "ere", "ire"},
		pastPlans:   []string{"doveva", "dovevano", "avrebbe dovuto", "avrebbero dovuto"}},
	"ar": {changed: []string{"تأجيل", "بتأجيل", "تأجيلها", "تأجيله", "أجلت", "أرجئت", "إلغاء", "ألغيت"},
		until: []string{"حتى", "وحتى"}, since: []string{"منذ"},
		declare: []string{"أعلن", "أعلنت", "وأعلن", "وأعلنت", "أعلنت", "قرر", "وقرر"}, dayNouns: []string{"عطلة", "حداد", "حدادا", "إجازة"},
		pastPlans: []string{"كان من المقرر", "كان مقررا", "كان يفترض", "كانت من المقرر"}},
	"fa": {changed: []string{"تعویق", "لغو", "جلو"},
		until: []string{"تا"}, since: []string{"از"},
		pastPlans: []string{"قرار بود", "می‌بایست", "میبایست"}},
	"pl": {changed: []string{"przełożone", "przełożono", "przesunięte", "przesunięto", "odwołane", "odwołano"},
		until: []string{"do"}, since: []string{"od"},
		present:   []string{"obejmuje", "rozpoczyna", "zaczyna", "przybywa", "przybywają", "przylatuje", "wylatuje", "otwiera"},
		pastAux:   []string{"był", "była", "było", "byli", "były"},
		pastPlans: []string{"miał", "miała", "mieli", "miały"}},
	// The future in the past: "yapılacaktı" (was to be held).
	// "Pazartesi gününü resmi tatil ilan etti": the verb comes last.
	"tr": {changed: []string{"ertelendi", "ertelenen", "ertelenmişti", "ertelendiği", "iptal"},
		pastPlanEndings: []string{"acaktı", "ecekti", "acaklardı", "eceklerdi"}, untilAfter: []string{"kadar", "dek", "değin"},
		declare: []string{"ilan"}, dayNouns: []string{"tatil", "tatili", "yas", "yası"}, declareAfter: true},
	"kk": {untilAfter: []string{"дейін", "шейін", "deıin", "sheıin"}},
	"ky": {untilAfter: []string{"чейин", "дейре"}},
	// "… kunini dam olish kuni deb e’lon qildi": "e’lon" is "e" and
	// "lon" when written with ’, one word with ʼ.
	"uz": {untilEndings: []string{"gacha", "гача"}, untilAfter: []string{"qadar", "қадар"},
		declare: []string{"lon", "eʼlon", "elon", "эълон"}, dayNouns: []string{"dam", "motam", "bayram", "дам", "мотам", "байрам"}, declareAfter: true},
	"az": {untilEndings: []string{"dək", "dek"}, untilAfter: []string{"qədər"}},
}

// tenseLexicon is a language's tenseLanguage, normalised as the scanner
// normalises words.
type tenseLexicon struct {
	until, since, present, pastAux, calls, infinitiveWords map[string]bool
	declare, dayNouns                                      map[string]bool
	declareAfter                                           bool
	separable                                              map[string]string // normalised
	infinitives                                            []string
	untilAfter                                             map[string]bool
	untilEndings                                           []string // normalised
	// pastPlans maps a plan's first word to the words after it, one list
	// for each plan that starts with it (empty for a plan of one word).
	pastPlans       map[string][][]string
	pastPlanPairs   [][2]string
	pastPlanEndings []string // normalised
	changed         map[string]bool
	// ahead is present, calls and declare in one set: a sentence's words
	// are looked up once for the three (announcedByTense).
	ahead map[string]bool
	// any holds the first word of every present, call and "was to" form,
	// and bloom their bits, for the scanner to tell the paragraphs that
	// may hold one (see dateLexicon.mayBeTense).
	any   map[string]bool
	bloom [futureBloomBits / 64]uint64
}

// mayBeTense reports whether the normalised word w, whose wordHash is
// hash, may start a word of the lexicon's tense: a present, a call or a
// "was to" form, or any word where "was to" is an ending (Turkish).
func (l *dateLexicon) mayBeTense(hash uint32, w []byte) bool {
	t := l.tense
	if len(t.pastPlanEndings) > 0 {
		return true
	}
	h := hash % futureBloomBits
	return t.bloom[h/64]&(1<<(h%64)) != 0 && t.any[string(w)]
}

// newTenseLexicon normalises a language's tense words; nil when it has
// none.
func newTenseLexicon(code string) *tenseLexicon {
	d, ok := tenseLanguages[code]
	if !ok {
		return nil
	}
	set := func(words []string) map[string]bool {
		m := map[string]bool{}
		for _, w := range words {
			m[string(normaliseDateWord(nil, w))] = true
		}
		return m
	}
	t := &tenseLexicon{until: set(d.until), since: set(d.since), present: set(d.present), pastAux: set(d.pastAux), any: map[string]bool{}, untilAfter: set(d.untilAfter),
		declare: set(d.declare), dayNouns: set(d.dayNouns), declareAfter: d.declareAfter, separable: map[string]string{},
		calls: set(d.calls), infinitiveWords: set(d.infinitiveWords), pastPlans: map[string][][]string{}, pastPlanPairs: d.pastPlanPairs,
		changed: set(d.changed)}
	t.ahead = map[string]bool{}
	for _, set := range []map[string]bool{t.present, t.calls, t.declare} {
		for w := range set {
			t.ahead[w] = true
		}
	}
	for _, e := range d.infinitives {
		t.infinitives = append(t.infinitives, string(normaliseDateWord(nil, e)))
	}
	for _, e := range d.untilEndings {
		t.untilEndings = append(t.untilEndings, string(normaliseDateWord(nil, e)))
	}
	for _, e := range d.pastPlanEndings {
		t.pastPlanEndings = append(t.pastPlanEndings, string(normaliseDateWord(nil, e)))
	}
	for _, p := range d.pastPlans {
		words := tenseWords(p)
		t.pastPlans[words[0]] = append(t.pastPlans[words[0]], words[1:])
	}
	for verb, particle := range d.separable {
		t.separable[string(normaliseDateWord(nil, verb))] = string(normaliseDateWord(nil, particle))
		t.any[string(normaliseDateWord(nil, verb))] = true
	}
	for _, words := range [][]string{d.present, d.calls, d.pastPlans, d.declare} {
		for _, w := range words {
			t.any[tenseWords(w)[0]] = true
		}
	}
	for _, p := range d.pastPlanPairs {
		t.any[tenseWords(p[0])[0]] = true
	}
	for w := range t.any {
		h := wordHash([]byte(w)) % futureBloomBits
		t.bloom[h/64] |= 1 << (h % 64)
	}
	return t
}

// tenseWords returns the normal forms of text's words (for the tables).
func tenseWords(text string) []string {
	var out []string
	for w := range strings.FieldsFuncSeq(text, func(r rune) bool { return !isWord(r) }) {
		out = append(out, string(normaliseDateWord(nil, w)))
	}
	return out
}

// wordList holds the normal forms of a text's words in one buffer, so
// that a dateReader reads clause after clause without allocating: word i
// is buf[ends[i-1]:ends[i]].
type wordList struct {
	buf  []byte
	ends []int
}

// read fills l with the normal forms of text's words.
func (l *wordList) read(text string) *wordList {
	l.buf, l.ends = l.buf[:0], l.ends[:0]
	for start, end := range dateWordsIn(text) {
		l.buf = normaliseDateWord(l.buf, text[start:end])
		l.ends = append(l.ends, len(l.buf))
	}
	return l
}

// len is the number of words.
func (l *wordList) len() int { return len(l.ends) }

// word returns word i.
func (l *wordList) word(i int) []byte {
	from := 0
	if i > 0 {
		from = l.ends[i-1]
	}
	return l.buf[from:l.ends[i]]
}

// hasAny reports whether one of the words is in set.
func (l *wordList) hasAny(set map[string]bool) bool {
	if len(set) == 0 {
		return false
	}
	for i := range l.ends {
		if set[string(l.word(i))] {
			return true
		}
	}
	return false
}

// pastPlan reports whether the words hold a "was to" form (see
// tenseLanguage.pastPlans).
func (t *tenseLexicon) pastPlan(l *wordList) bool {
	for i := range l.ends {
		w := l.word(i)
		for _, e := range t.pastPlanEndings {
			if len(w) > len(e)+3 && strings.HasSuffix(string(w), e) {
				return true
			}
		}
	next:
		for _, rest := range t.pastPlans[string(w)] {
			if i+len(rest) >= l.len() {
				continue
			}
			for k, r := range rest {
				if string(l.word(i+1+k)) != r {
					continue next
				}
			}
			return true
		}
	}
	return false
}

// pastPlanPair reports whether clause holds both words of a pair of
// pastPlanPairs, as whole words in lower case.
func (t *tenseLexicon) pastPlanPair(clause string) bool {
	if len(t.pastPlanPairs) == 0 {
		return false
	}
	// A word of the clause is a piece of its lowered text: a clause that
	// does not hold both words of a pair as text is not split into words
	// (German asks this of every sentence whose tense it reads).
	lowered := textnorm.Lower(clause)
	if !slices.ContainsFunc(t.pastPlanPairs, func(p [2]string) bool {
		return strings.Contains(lowered, p[0]) && strings.Contains(lowered, p[1])
	}) {
		return false
	}
	words := strings.FieldsFunc(lowered, func(r rune) bool { return !isWord(r) })
	for _, p := range t.pastPlanPairs {
		if slices.Contains(words, p[0]) && slices.Contains(words, p[1]) {
			return true
		}
	}
	return false
}

// clauseBounds returns the clause around text[start:end]: its sentence,
// cut at the commas, semicolons and colons around it.
func clauseBounds(text string, start, end int) (int, int) {
	from, to := sentenceBounds(text, start, end)
	return clauseIn(text, start, end, from, to)
}

// clauseIn is clauseBounds of text[start:end] in its sentence
// text[from:to].
func clauseIn(text string, start, end, from, to int) (int, int) {
	if i := lastIndexClauseMark(text[from:start]); i >= 0 {
		from += i + 1
	}
	if i := indexClauseMark(text[end:to]); i >= 0 {
		to = end + i
	}
	return from, to
}

// tenseSentence is what a dateReader knows of the sentence it read the
// tense of last: the mentions of one sentence share it, and most
// sentences hold none of the words, so their clauses are never read.
type tenseSentence struct {
	paragraph, from, to int
	plan, ahead         bool // a "was to" word; a present or call verb
	changed             bool // a word of a plan changed (see tenseLanguage.changed)
}

// announcedByTense corrects whether a mention at text[start:end] of
// paragraph p is announced (announced, from the future markers) by its
// clause's tense: a "was to" in its clause makes it past; a weekday that
// no marker announces is ahead when a present that announces is in its
// clause and no past auxiliary, or when it follows a call to act and an
// infinitive in its sentence. A weekday after "since" is never ahead.
func (r *dateReader) announcedByTense(t *tenseLexicon, p int, at *clauseAt, w dateWords, announced bool) bool {
	text, start, end := at.text, at.start, at.end
	weekday := w.kind == MentionWeekday && w.direction == 0 && w.nWeekdays == 1
	// A date without its year takes it from the tense too: "der Gipfel
	// findet im Oktober statt" in a June report is next October.
	yearless := w.kind == MentionExplicit && w.from.year == 0 && w.from.month != 0 && !w.relYear && w.written == 0
	if !r.sc.tense || !announced && !weekday && w.kind != MentionExplicit {
		// The paragraph holds none of the words (the scanner saw each).
		return announced
	}
	s := &r.tenseSentence
	if s.paragraph != p || start < s.from || end > s.to {
		s.paragraph = p
		s.from, s.to = at.sentence()
		l := r.words.read(text[s.from:s.to])
		s.plan = t.pastPlan(l) || t.pastPlanPair(text[s.from:s.to])
		s.changed = s.plan && l.hasAny(t.changed)
		s.ahead = l.hasAny(t.ahead) || t.hasSeparable(l) // a present, a call or a declaring verb
	}
	l := &r.words
	if s.plan {
		cf, ct := at.bounds()
		if t.pastPlan(l.read(text[cf:ct])) || t.pastPlanPair(text[cf:ct]) {
			// (Not a weekday: "was due on Sunday but was postponed" may
			// be the Sunday just past.)
			return s.changed && w.kind == MentionExplicit
		}
	}
	if !announced && !weekday && !yearless {
		return false // a date with its year: only a changed plan announces it
	}
	if announced || !s.ahead {
		return announced
	}
	if l.read(text[start:end]).len() > 0 && t.since[string(l.word(0))] {
		return false
	}
	cf, ct := at.bounds()
	if weekday && t.declaredDay(l, text, cf, start, end, ct) {
		return true
	}
	l.read(text[cf:ct])
	return (l.hasAny(t.present) || t.separableInClause(l)) && !l.hasAny(t.pastAux) || t.calledToAct(l, at)
}

// calledToAct reports whether the weekday at text[start:end] is the day
// of an act its sentence calls for: a call verb before it, then an
// infinitive before it (or German "zu" after it: "rief auf, am Montag zu
// protestieren").
func (t *tenseLexicon) calledToAct(l *wordList, at *clauseAt) bool {
	if len(t.calls) == 0 {
		return false
	}
	text, start, end := at.text, at.start, at.end
	from, to := at.sentence()
	l.read(text[from:start])
	for i := range l.ends {
		if !t.calls[string(l.word(i))] {
			continue
		}
		for k := i + 1; k < l.len(); k++ {
			if v := l.word(k); t.infinitiveWords[string(v)] || t.infinitive(v) {
				return true
			}
		}
		return t.infinitiveWords["zu"] && l.read(text[end:to]).hasAny(t.infinitiveWords)
	}
	return false
}

// infinitive reports whether a word of five letters or more ends as an
// infinitive of the language.
func (t *tenseLexicon) infinitive(w []byte) bool {
	if utf8.RuneCount(w) < 5 {
		return false
	}
	for _, e := range t.infinitives {
		if strings.HasSuffix(string(w), e) {
			return true
		}
	}
	return false
}

// untilWeekday reports whether the weekday at text[start:end] ends a span:
// its own first word, or one of the two words before it, is "until", or
// it ends in an ending of "until", or the word after it is a postposition
// of "until".
func (t *tenseLexicon) untilWeekday(l *wordList, text string, start, end int) bool {
	if n := l.read(text[start:end]).len(); n > 0 {
		if t.until[string(l.word(0))] {
			return true
		}
		for _, e := range t.untilEndings {
			if w := l.word(n - 1); len(w) > len(e) && strings.HasSuffix(string(w), e) {
				return true // "payshanbagacha"
			}
		}
	}
	if len(t.untilAfter) > 0 {
		to := min(len(text), end+40)
		for to < len(text) && !utf8.RuneStart(text[to]) {
			to++
		}
		if l.read(text[end:to]).len() > 0 && t.untilAfter[string(l.word(0))] {
			return true // "perşembeye kadar"
		}
	}
	if len(t.until) == 0 {
		return false
	}
	from := max(0, start-40)
	for from > 0 && !utf8.RuneStart(text[from]) {
		from--
	}
	l.read(text[from:start])
	for i := l.len() - 1; i >= 0 && i >= l.len()-untilReach; i-- {
		if t.until[string(l.word(i))] {
			return true
		}
	}
	return false
}

// untilReach is how many words before a weekday its "until" may stand:
// a time of day may come between ("hasta la medianoche del sábado",
// "jusqu'à samedi" and "bis Samstag um Mitternacht" need fewer). The
// weekday is placed so only after a day its sentence gives before it
// (weekdayAfterStart).
const untilReach = 4

// weekdayAfterStart places a weekday that ends a span ("وتستمر حتى
// الخميس", "from Tuesday until Thursday") after the day its sentence
// gives the span's start, written before it and placed to the day: the
// first such weekday after that day. ok is false when the weekday ends no
// span or its sentence gives no start.
func (d *dating) weekdayAfterStart(m DateMention, w dateWords) (Span, string, bool) {
	t := d.reader.sc.lex.tense
	if t == nil || w.nWeekdays != 1 || w.direction != 0 || m.Paragraph >= len(d.a.Paragraphs) {
		return Span{}, "", false
	}
	p := d.a.Paragraphs[m.Paragraph]
	start, end := m.Start-p.Start, m.End-p.Start
	// The day it ends a span from is a day written before it in its
	// paragraph (in its sentence, below): without one, its words need no
	// reading.
	dayBefore := func(o DateMention) bool {
		return o.Paragraph == m.Paragraph && o.End <= m.Start && o.Stamp == StampNone && o.Resolved() && o.Span.Last().Precision == Day
	}
	if start < 0 || end > len(p.Text) || !slices.ContainsFunc(d.a.Mentions, dayBefore) || !t.untilWeekday(&d.reader.words, p.Text, start, end) {
		return Span{}, "", false
	}
	from, _ := sentenceBounds(p.Text, start, end)
	var begin Date
	var words string
	for _, o := range d.a.Mentions {
		if dayBefore(o) && o.Start-p.Start >= from {
			begin, words = o.Span.Last(), o.Text
		}
	}
	if begin.IsZero() {
		return Span{}, "", false
	}
	at := begin.Start()
	gap := (int(w.weekdays[0]) - int(at.Weekday()) + 7) % 7
	if gap == 0 {
		gap = 7
	}
	day := at.AddDate(0, 0, gap)
	return Span{Start: DateOf(day)}, fmt.Sprintf("the %s after %q (%s): the end of the span it starts", w.weekdays[0], words, begin), true
}

// announcedWeekdayStart is where an announced weekday lies, from the
// article's day at: the first such day on or after it; for a span of two
// weekdays that holds at ("from Tuesday to Thursday" in a report of
// Wednesday), the span running that day, which began on or before it.
func announcedWeekdayStart(at time.Time, w dateWords) time.Time {
	ahead := (int(w.weekdays[0]) - int(at.Weekday()) + 7) % 7
	if w.nWeekdays == 2 && ahead != 0 {
		length := (int(w.weekdays[1]) - int(w.weekdays[0]) + 7) % 7
		if back := 7 - ahead; back <= length {
			return at.AddDate(0, 0, -back)
		}
	}
	return at.AddDate(0, 0, ahead)
}

// declaredDayReach is how many words from a weekday the word for the day
// declared may stand: "a décrété une journée de deuil national dimanche"
// (three), "declaró el lunes día no laborable" (one).
const declaredDayReach = 4

// declaredDay reports whether the weekday at text[start:end], in the
// clause text[cf:ct], is a day declared (see tenseLanguage.declare): a
// verb of declaring before it in its clause, and a word for the day within
// declaredDayReach words either side.
func (t *tenseLexicon) declaredDay(l *wordList, text string, cf, start, end, ct int) bool {
	if len(t.declare) == 0 {
		return false
	}
	l.read(text[cf:start])
	verb := -1
	for i := range l.ends {
		if t.declare[string(l.word(i))] {
			verb = i
		}
	}
	if verb < 0 && !t.declareAfter {
		return false
	}
	for i := max(verb+1, l.len()-declaredDayReach); i < l.len(); i++ {
		if t.dayNouns[string(l.word(i))] {
			return verb >= 0 || t.declaredAfter(l, text[end:ct])
		}
	}
	l.read(text[end:ct])
	for i := 0; i < min(l.len(), declaredDayReach); i++ {
		if t.dayNouns[string(l.word(i))] {
			return verb >= 0 || t.declaredAfter(l, text[end:ct])
		}
	}
	return false
}

// declaredAfter reports whether after, the clause after a weekday, holds
// a verb of declaring (for the verb-final languages: see declareAfter).
func (t *tenseLexicon) declaredAfter(l *wordList, after string) bool {
	l.read(after)
	for i := range l.ends {
		if t.declare[string(l.word(i))] {
			return true
		}
	}
	return false
}

// hasSeparable reports whether one of the words is a separable present
// (see tenseLanguage.separable), its particle anywhere.
func (t *tenseLexicon) hasSeparable(l *wordList) bool {
	if len(t.separable) == 0 {
		return false
	}
	for i := range l.ends {
		if _, ok := t.separable[string(l.word(i))]; ok {
			return true
		}
	}
	return false
}

// separableInClause reports whether the clause's words hold a separable
// present whose particle is the clause's last word: "Nawrocki volgt in
// augustus president Duda op".
func (t *tenseLexicon) separableInClause(l *wordList) bool {
	n := l.len()
	if len(t.separable) == 0 || n < 2 {
		return false
	}
	last := string(l.word(n - 1))
	for i := range n - 1 {
		if p, ok := t.separable[string(l.word(i))]; ok && p == last {
			return true
		}
	}
	return false
}
