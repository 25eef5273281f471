package data

import "testing"

// A decade is no year: "the early 1980s" and its forms in other languages
// give no date, while the year written alone still does. Texts written
// for the test (the article is of 11 March 2025); the languages other
// than English gave no year before either, and must not start to.
func TestDecadeIsNoYear(t *testing.T) { checkWeekdays(t, decadeCases) }

var decadeCases = []weekdayCase{
	{"en", "The two countries have traded grain since the early 1980s.", "early 1980", ""},
	{"en, late", "The mill was closed in the late 1970s.", "late 1970", ""},
	{"en, the year", "The mill was closed in late 1978.", "in late 1978", "1978"},
	{"de", "Die Mühle wurde in den 1970er Jahren geschlossen.", "1970", ""},
	{"ru", "Завод закрыли в 1970-х годах.", "1970-х годах", ""},
	{"ru, the year", "Завод закрыли в 1978 году.", "в 1978 году", "1978"},
	{"tr", "Fabrika 1970'lerde kapatıldı.", "1970", ""},
	{"tr, the year", "Fabrika 1978'de kapatıldı.", "1978'de", "1978"},
	{"uz", "Zavod 1970-yillarda yopilgan.", "1970-yillarda", ""},
	{"kk", "Зауыт 1970-жылдары жабылды.", "1970-жылдары", ""},
}
