package discover

import (
	"strings"
	"sync"
	"unicode"

	"github.com/caravan-analytics/caravan/data/textnorm"
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
// textnorm.Normalize): a stem ends in "*", Han words are found inside longer
// runs.
var mourningWords = []string{
	"mourning", "mourn*", "condolence*", "deuil", "condoléance*", "trauer*", "beileid*", "rouw*", "condoleance*",
	"траур*", "соболезнован*", "жалоб*", "співчутт*", "аза", "көңіл", "қайғы*", "мотам*", "ҳамдардлик*", "таъзия*",
	"motam*", "hamdardlik*", "taziya*", "luto", "condolencia*", "condolência*", "lutto", "cordoglio", "condoglianz*",
	"yas", "taziye*", "başsağlığı*", "żałob*", "kondolencj*", "حداد", "تعزيه", "تعازي", "عزای", "تسلیت", "سوگ*",
	"哀悼", "悼念", "慰问", "吊唁", "志哀",
}

// mourning matches mourningWords.
var mourning = sync.OnceValue(func() *wordList { return newWordList(mourningWords) })

// mourns reports whether the sentence s speaks of mourning or condolences.
func mourns(s string) bool { return mourning().in(s) }

// wordList finds any of a few title-side words in a sentence: whole
// words, stems (ending in "*"), phrases of several words and Han words
// inside longer runs, all normalised (see textnorm.Normalize). It is for the
// short lists the titles read, not the lexicon of event words.
type wordList struct {
	words   map[string]bool
	stems   []string
	phrases []string // " " + phrase + " "
	han     []string
}

func newWordList(list []string) *wordList {
	l := &wordList{words: map[string]bool{}}
	for _, w := range list {
		w = textnorm.Normalize(w)
		switch s, stem := strings.CutSuffix(w, "*"); {
		case strings.Contains(w, " "):
			l.phrases = append(l.phrases, " "+w+" ")
		case stem:
			l.stems = append(l.stems, s)
		case hasHan(w):
			l.han = append(l.han, w)
		default:
			l.words[w] = true
		}
	}
	return l
}

// in reports whether sentence s holds a word of the list.
func (l *wordList) in(s string) bool {
	s = textnorm.Normalize(s)
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) })
	for _, w := range words {
		if l.words[w] {
			return true
		}
		for _, stem := range l.stems {
			if strings.HasPrefix(w, stem) {
				return true
			}
		}
		if len(l.han) > 0 && hasHan(w) {
			for _, h := range l.han {
				if strings.Contains(w, h) {
					return true
				}
			}
		}
	}
	if len(l.phrases) > 0 {
		joined := " " + strings.Join(words, " ") + " "
		for _, p := range l.phrases {
			if strings.Contains(joined, p) {
				return true
			}
		}
	}
	return false
}
