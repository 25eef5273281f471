package data

// This file gives Turkish and Azerbaijani the endings of the necessitative
// with its copula, which tells what must be done by a day: "Ağdam rayonu
// noyabrın 20-dək … qaytarılmalıdır" (is to be returned by 20 November),
// "belgeler 5 Aralık'a kadar teslim edilmelidir". What must be done is
// ahead: without them "dekabrın 1-dək" in a report of 10 November 2020 was
// 1 December 2019. Only the forms with the copula (-dır/-dir) are listed:
// the bare "-malı/-meli" ends common nouns too ("temeli", foundation).
var necessitative = map[string][]string{
	"tr": {"malıdır", "melidir", "malıdırlar", "melidirler"},
	"az": {"malıdır", "məlidir", "malıdırlar", "məlidirlər"},
}

// init adds necessitative to the future endings of the two languages
// before lexiconFor compiles the words (on first use, after every init).
func init() {
	for _, d := range dateLanguages {
		d.futureSuffixes = append(d.futureSuffixes, necessitative[d.code]...)
	}
}
