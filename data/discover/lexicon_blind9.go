package discover

// blind9Words are event words the blind reports j01–j48 showed missing, in
// their own small table so that the shared lists of lexicon.go stay one
// owner's: Russian imperfective pasts of a rate move ("В сентябре ЦБ уже
// поднимал ставку" raised the rate; only the perfective "повысил" was
// read), and Uzbek recognition and statements ("tan olgan" recognised,
// "bayonot tarqatdi" issued a statement). The rate phrases need the noun:
// "поднимал" alone lifts anything, a question included.
var blind9Words = map[Kind]map[string][]string{
	Decision: {
		"ru": {"поднимал* ставк*", "повышал* ставк*", "снижал* ставк*", "поднял* ставк*", "снизил* ставк*"},
		"uz": {"tan ol*", "тан ол*"},
	},
	Announcement: {
		"uz": {"bayonot*", "баёнот*"},
	},
}

// refusalWords are, by language, refusals to sign: "Pashinyan refused to
// sign the declaration" reports no signing. They are negations that deny
// only the signing (see denying): the summit of "refused to sign the
// summit's declaration" was held.
var refusalWords = map[string][]string{
	"en": {"refused to sign", "refuses to sign", "declined to sign", "declines to sign", "refusal to sign", "did not sign", "didn't sign", "not ready to sign"},
	"fr": {"refusé de signer", "refuse de signer", "refusent de signer", "refus de signer", "n'a pas signé", "pas prêt à signer"},
	"ru": {"отказал* подписать", "отказал* подписывать", "отказ подписать", "отказ* от подписания", "не готов* к подписани*", "не готов* подписать", "не подписал*"},
	"es": {"se negó a firmar", "se negaron a firmar", "rechazó firmar", "negativa a firmar", "no firmó"},
	"pt": {"recusou-se a assinar", "se recusou a assinar", "recusou assinar", "recusa em assinar"},
	"it": {"rifiutato di firmare", "rifiuta di firmare", "rifiutò di firmare"},
	"tr": {"imzalamayı reddet*", "imzalamadı"},
	"kk": {"қол қоюдан бас тарт*"},
	"uz": {"imzolashdan bosh tort*", "imzolashdan voz kech*", "имзолашдан бош торт*"},
	"ky": {"кол койгон жок", "кол коюудан баш тарт*"},
	"de": {"verweigerte die Unterschrift", "nicht unterzeichnet", "unterzeichnete nicht", "unterschrieb nicht"},
	"ar": {"رفض التوقيع", "رفض توقيع", "رفضت التوقيع", "رفضت توقيع"},
	"zh": {"拒绝签署", "拒签", "未签署", "没有签署"},
}

// refusals holds refusalWords' phrases as listed, by language.
var refusals = map[string]map[string]bool{}

// denying returns the negations of negs that deny an event word of kind:
// all of them for a signing, all but the refusals to sign for any other
// kind.
func (l *lexicon) denying(negs []hit, kind Kind) []hit {
	if kind == Agreement {
		return negs
	}
	var out []hit
	for _, n := range negs {
		if p := &l.list[n.phrase]; !refusals[p.lang][p.original] {
			out = append(out, n)
		}
	}
	return out
}

// init adds blind9Words to kindWords and refusalWords to negations before
// theLexicon compiles them (it runs on first use, after every init).
func init() {
	for lang, words := range refusalWords {
		negations[lang] = append(negations[lang], words...)
		refusals[lang] = map[string]bool{}
		for _, w := range words {
			for _, v := range apostropheForms(w) {
				refusals[lang][v] = true
			}
		}
	}
	for k, byLang := range blind9Words {
		if kindWords[k] == nil {
			kindWords[k] = map[string][]string{}
		}
		for lang, words := range byLang {
			kindWords[k][lang] = append(kindWords[k][lang], words...)
		}
	}
}
