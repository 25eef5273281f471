package discover

import "strings"

// A target year governed by a word of building or completion is the day a
// thing is to be finished: "the plant, which is to be built by 2035"
// ("которую планируют построить к 2035 году", "到2035年建成"). Readers and
// the dev-news gold count it as a planned happening of its own, unlike a
// bound on an amount or a term ("300 billion a year until 2035", "in office
// until 2037"), so it stays an event: an opening, announced.

// completionStems are stems of the words that make a target a planned
// completion, in any language (as postponed are, and for the same reason:
// a short report's language may be guessed wrong).
var completionStems = []string{
	"build", "built", "construct", "complet", "commission",
	"construi", "achev", "mise en service", "mis en service",
	"gebaut", "bauen", "errichtet", "fertiggestellt", "in betrieb",
	"gebouwd", "bouwen", "voltooid", "in gebruik",
	"constru", "puesta en marcha", "costrui", "costruzion", "ultimat", "entrare in funzione",
	"conclu", "entrar em operação", "entrar em funcionamento",
	"постро", "строительств", "возвед", "ввести в", "ввод в", "сдать в", "запустить",
	"збуду", "будівництв", "zbudow", "budow", "ukończ", "oddan",
	"inşa", "tamamlan", "hizmete", "tikil", "istifadəyə",
	"салу", "салын", "іске қос", "пайдалануға", "qurib", "qurilish", "quril", "foydalanishga", "ishga tushir",
	"куруу", "курул", "пайдаланууга",
	"بناء", "إنشاء", "تشييد", "استكمال", "تشغيل", "احداث", "تکمیل", "بهره‌برداری",
	"建成", "建设", "完工", "投产", "投入使用", "竣工",
}

// plannedCompletion reports whether target candidate c (see targetDate) is
// a thing to be completed by its date, and makes it one: an opening,
// announced.
func plannedCompletion(c *Candidate) bool {
	sentence := strings.ToLower(c.Article.Text[max(0, int(c.Start)):min(len(c.Article.Text), int(c.End))])
	for _, w := range completionStems {
		if strings.Contains(sentence, w) {
			c.Kinds, c.Announced = KindSet(0).With(Opening), true
			return true
		}
	}
	return false
}
