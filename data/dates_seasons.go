package data

import "slices"

// seasonWords are, by language, the seasons that may stand before a year:
// "im Herbst 2020", "à l'automne 2020", "осенью 2020 года", "in the autumn
// of 2020". Such a phrase is read as the year alone: a season is no month,
// and where it starts and ends depends on the hemisphere and on the writer
// (meteorological or astronomical, a winter straddling two years), so a
// three-month span would invent precision the words do not give; the year
// they name is what is certain. English "fall" and Turkish "yaz" (to write)
// are left out: both are common words of other meanings before a number.
var seasonWords = map[string][]string{
	"en": {"spring", "summer", "autumn", "winter"},
	"fr": {"printemps", "été", "automne", "hiver"},
	"de": {"frühjahr", "frühling", "sommer", "herbst", "winter"},
	"nl": {"voorjaar", "lente", "zomer", "najaar", "herfst", "winter"},
	"es": {"primavera", "verano", "otoño", "invierno"},
	"pt": {"primavera", "verão", "outono", "inverno"},
	"it": {"primavera", "estate", "autunno", "inverno"},
	"ru": {"весной", "летом", "осенью", "зимой", "весна", "лето", "осень", "зима", "весну", "осени", "зиму"},
	"uk": {"навесні", "влітку", "восени", "взимку"},
	"pl": {"wiosną", "latem", "jesienią", "zimą", "wiosna", "lato", "jesień", "zima"},
}

// seasonLinks are the words of "of" written between a season and its year
// ("the autumn of 2020", "el otoño de 2020", "l'autunno del 2020").
var seasonLinks = map[string][]string{
	"en": {"of"},
	"fr": {"de"},
	"es": {"de", "del"},
	"pt": {"de"},
	"it": {"del"},
}

// init makes every season a year context of its language before
// lexiconFor compiles the words (on first use, after every init).
func init() {
	for _, d := range dateLanguages {
		d.yearContext = append(d.yearContext, seasonWords[d.code]...)
	}
}

// seasonOfYear reports whether the bare number at token i follows a word
// of "of" and a season (or another year context: "el año de 2020") — "the
// autumn of 2020": a year, as after the season alone.
func (s *dateScanner) seasonOfYear(i int) bool {
	if i < 2 || s.tok(i-1).kind != tokWord || s.tok(i-2).kind != tokWord {
		return false
	}
	link := s.wordBefore(i)
	for _, links := range seasonLinks {
		if slices.Contains(links, link) {
			return s.lex.getString(s.wordBefore(i - 1)).has(roleYearContext)
		}
	}
	return false
}
