package discover

// stories12Visit are Arabic visit and arrival verbs in the future ("سيزور
// تركيا من 27 إلى 30 نوفمبر", he will visit Turkey from 27 to 30 November):
// the future prefix س is no proclitic the matcher strips, so "يزور" and
// "يصل" of the lexicon did not find them, and a planned trip told only so
// was an announcement of nothing. Added to kindWords[Visit] at start-up.
var stories12Visit = map[string][]string{
	"ar": {"سيزور", "ستزور", "سيزوران", "سيصل", "ستصل"},
}

func init() {
	for lang, words := range stories12Visit {
		kindWords[Visit][lang] = append(kindWords[Visit][lang], words...)
	}
}
