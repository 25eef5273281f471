package data

import (
	"strings"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data/textnorm"
)

// This file reads a weekday from which something starts: "Météo-France
// prévoit une baisse des températures à partir de jeudi", "il calo è
// previsto a partire da giovedì", "ab Donnerstag wird es kühler", "the
// curfew applies starting Thursday", "perşembe gününden itibaren",
// "اعتبارا من يوم الخميس". What begins "from Thursday on" is told of the
// Thursday to come: the past of it is written with "since" ("depuis
// jeudi", "seit Donnerstag", "desde el jueves", "perşembeden beri"), or
// with "last" ("à partir de jeudi dernier", which the scanner reads as
// the Thursday before). Without this the weekday took the year-less
// default, the Thursday on or before the report (m02_fr: a forecast of
// cooler weather from Thursday put on the Thursday before).
//
// Only the phrases that say "starting from" and nothing else: not French
// "dès" ("a félicité son successeur dès vendredi soir", as early as), nor
// Polish "od", Russian "с", Persian "از", which are also "since".

// weekdayFromLanguage holds one language's words of "starting from", in
// lower case: phrases written before the weekday, postpositions after it
// (Turkish "itibaren", after the weekday's ablative).
type weekdayFromLanguage struct {
	before, after []string
	// pastAux are auxiliaries of the past that make the clause a
	// narrative ("ab Montag waren die Schulen geschlossen").
	pastAux []string
}

var weekdayFromLanguages = map[string]weekdayFromLanguage{
	"fr": {before: []string{"à partir de", "à partir du", "a partir de", "a partir du"}},
	"es": {before: []string{"a partir de", "a partir del"}},
	"pt": {before: []string{"a partir de", "a partir da", "a partir do"}},
	"it": {before: []string{"a partire da", "a partire dal", "a partire dalla", "a decorrere da"}},
	"de": {before: []string{"ab"}, pastAux: []string{"war", "waren", "wurde", "wurden", "hatte", "hatten", "galt", "galten"}},
	"nl": {before: []string{"vanaf", "met ingang van"}, pastAux: []string{"was", "waren", "werd", "werden", "had", "hadden", "gold", "golden"}},
	"en": {before: []string{"starting", "beginning", "as of", "effective", "starting on", "beginning on", "effective on", "as from"},
		pastAux: []string{"was", "were", "had"}},
	"ru": {before: []string{"начиная с", "начиная со"}, pastAux: []string{"был", "была", "было", "были"}},
	"uk": {before: []string{"починаючи з", "починаючи із", "починаючи зі"}, pastAux: []string{"був", "була", "було", "були"}},
	"pl": {before: []string{"począwszy od", "poczynając od"}, pastAux: []string{"był", "była", "było", "byli", "były"}},
	"tr": {after: []string{"itibaren"}},
	"az": {after: []string{"etibarən"}},
	"ar": {before: []string{"اعتبارا من", "اعتبارًا من", "ابتداء من", "ابتداءً من", "بدءا من", "بدءًا من"}},
}

// weekdayFromReach bounds the bytes searched before and after the weekday
// for the words of "starting from" ("a partir del próximo" is no concern:
// a weekday with "next" or "last" is not asked).
const weekdayFromReach = 32

// weekdayStartsAhead reports whether the weekday at text[start:end] is the
// day something starts from, in a clause with no auxiliary of the past:
// the words of "starting from" right before it (at most one short word,
// an article or "day", between: "a partir del jueves", "اعتبارا من يوم
// الخميس"), or a postposition of it among the two words after it.
func weekdayStartsAhead(lang, text string, start, end int) bool {
	l, ok := weekdayFromLanguages[lang]
	if !ok {
		return false
	}
	cf, ct := clauseBounds(text, start, end)
	if len(l.pastAux) > 0 {
		for _, w := range strings.Fields(textnorm.Lower(text[cf:ct])) {
			for _, a := range l.pastAux {
				if strings.Trim(w, ",;:()«»\"'") == a {
					return false
				}
			}
		}
	}
	if len(l.before) > 0 {
		from := max(cf, start-weekdayFromReach)
		for from > cf && !utf8.RuneStart(text[from]) {
			from--
		}
		// The mention may hold its preposition ("de jeudi", "ab
		// Donnerstag"): what lies before its last word is read.
		words := strings.Fields(text[start:end])
		last := end
		if len(words) > 0 {
			last = start + strings.LastIndex(text[start:end], words[len(words)-1])
		}
		before := textnorm.Lower(text[from:last])
		for _, p := range l.before {
			i := strings.LastIndex(before, p+" ")
			if i < 0 || i > 0 && isWord(lastRune(before[:i])) {
				continue
			}
			if n := len(strings.Fields(before[i+len(p):])); n <= 1 {
				return true
			}
		}
	}
	if len(l.after) > 0 {
		after := strings.Fields(textnorm.Lower(text[end:min(ct, end+weekdayFromReach)]))
		for i := 0; i < len(after) && i < 2; i++ {
			for _, p := range l.after {
				if strings.Trim(after[i], ",;:.") == p {
					return true
				}
			}
		}
	}
	return false
}
