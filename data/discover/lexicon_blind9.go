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

// init adds blind9Words to kindWords before theLexicon compiles them (it
// runs on first use, after every init).
func init() {
	for k, byLang := range blind9Words {
		if kindWords[k] == nil {
			kindWords[k] = map[string][]string{}
		}
		for lang, words := range byLang {
			kindWords[k][lang] = append(kindWords[k][lang], words...)
		}
	}
}
