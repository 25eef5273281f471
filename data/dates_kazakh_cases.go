package data

// kazakhPossessiveCases are the endings of a month in the possessive and
// then the ablative or dative ("2021 жылдың қаңтарынан бері", since
// January 2021; "наурызына дейін", until March; after a vowel
// "шілдесінен"): the year's genitive before the month asks for the
// possessive, which the plain case endings miss.
var kazakhPossessiveCases = []string{"ынан", "інен", "сынан", "сінен", "ына", "іне", "сына", "сіне",
	"ynan", "inen", "synan", "sinen", "yna", "ine", "syna", "sine"}

// init adds kazakhPossessiveCases to Kazakh's endings before lexiconFor
// compiles the words (on first use, after every init).
func init() {
	for _, d := range dateLanguages {
		if d.code == "kk" {
			d.suffixes = append(d.suffixes, kazakhPossessiveCases...)
		}
	}
}
