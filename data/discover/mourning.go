package discover

import (
	"strings"
	"sync"
	"unicode"

	"github.com/caravan-analytics/caravan/data"
)

// A day of mourning is declared by someone who did not die: "Мемлекет
// басшысы Қасым-Жомарт Тоқаев қаза тапқандардың отбасыларына көңіл айтып,
// 29 қазанды жалпыұлттық аза тұту күні деп жариялады" (the head of state
// offered condolences to the families of the dead and declared 29 October
// a day of national mourning) named Tokayev right before the death word,
// and was titled "Death of Kassym-Jomart Tokayev". In a sentence of
// mourning or condolences, the one who mourns or condoles is named before
// the death word, as the subject of the sentence, in the languages of
// either order (Tokayev … condoled, Тоқаев … көңіл айтты); the dead, when
// the lists know them, after it ("over the death of Islam Karimov",
// "скончался Ислам Каримов"). So in such a sentence only a person named
// after the death word may be the one who died.

// mourningWords are words of mourning and condolence, normalised (see
// data.Normalize): a stem ends in "*", Han words are found inside longer
// runs.
var mourningWords = []string{
	"mourning", "mourn*", "condolence*", "deuil", "condoléance*", "trauer*", "beileid*", "rouw*", "condoleance*",
	"траур*", "соболезнован*", "жалоб*", "співчутт*", "аза", "көңіл", "қайғы*", "мотам*", "ҳамдардлик*", "таъзия*",
	"motam*", "hamdardlik*", "taziya*", "luto", "condolencia*", "condolência*", "lutto", "cordoglio", "condoglianz*",
	"yas", "taziye*", "başsağlığı*", "żałob*", "kondolencj*", "حداد", "تعزيه", "تعازي", "عزای", "تسلیت", "سوگ*",
	"哀悼", "悼念", "慰问", "吊唁", "志哀",
}

// mourningSet splits mourningWords into whole words, stems and Han words.
var mourningSet = sync.OnceValues(func() (words map[string]bool, stems []string) {
	words = map[string]bool{}
	for _, w := range mourningWords {
		w = data.Normalize(w)
		if s, ok := strings.CutSuffix(w, "*"); ok {
			stems = append(stems, s)
		} else {
			words[w] = true
		}
	}
	return words, stems
})

// mourns reports whether the sentence s speaks of mourning or condolences.
func mourns(s string) bool {
	words, stems := mourningSet()
	s = data.Normalize(s)
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) }) {
		if words[w] {
			return true
		}
		for _, stem := range stems {
			if strings.HasPrefix(w, stem) {
				return true
			}
		}
		if hasHan(w) {
			for h := range words {
				if hasHan(h) && strings.Contains(w, h) {
					return true
				}
			}
		}
	}
	return false
}
