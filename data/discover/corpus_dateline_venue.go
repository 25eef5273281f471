package discover

// The look-alike checks of the corpus passes (corpus_checks.go) set a
// report's dateline aside: it says where the report was filed from, and a
// report from Bishkek of the summit in Yerevan is of Yerevan. But a lead
// may say that what it tells happened in the dateline's city without
// naming it again: "MINSK, Nov 24 - Leaders of the … met in the Belarusian
// capital on Thursday", "Minsk, 23-noyabr. Belarus poytaxtida bugun … sessiyasi
// bo'lib o'tdi" (in the capital of Belarus today). Such a sentence is told
// in its dateline's city: the dateline is where it happened, and an annual
// summit held a year before in another capital is another city. Set
// aside, the dateline left the sentence with no city at all, and both
// editions of the CSTO's summit of 23 November (Yerevan 2022, Minsk 2023)
// seemed to be of it.
//
// The sentence must name the dateline city's country and a word for a
// capital, and no other city: "YEREVAN - Armenia stayed away from the
// summit" names the country but says nothing of where the summit was.

// capitalWords are the words (lower case) for a country's capital, by
// language. Kazakh "астана" (a capital, and a city's name) and Kyrgyz
// "борбор" (also "central": "Борбор Азия") are left out.
var capitalWords = map[string][]string{
	"en": {"capital"},
	"fr": {"capitale"},
	"es": {"capital"},
	"pt": {"capital"},
	"it": {"capitale"},
	"de": {"hauptstadt"},
	"nl": {"hoofdstad"},
	"pl": {"stolic"},
	"ru": {"столиц"},
	"uk": {"столиц"},
	"tr": {"başkent"},
	"az": {"paytaxt"},
	"uz": {"poytaxt", "пойтахт"},
	"tg": {"пойтахт"},
	"kk": {"елорда"},
	"ky": {"борбор шаар"},
	"ar": {"عاصمة", "العاصمة"},
	"fa": {"پایتخت"},
	"zh": {"首都"},
}

// datelineIsVenue reports whether c's sentence tells of its event in
// its dateline's city (see this file's comment).
func (x *Extractor) datelineIsVenue(c *Candidate) bool {
	dateline := c.Dateline()
	home := x.country[dateline]
	if home == "" || c.Article == nil {
		return false
	}
	named := false
	for _, id := range c.Places() {
		switch {
		case id == home:
			named = true
		case x.isCity(id, dateline):
			return false
		}
	}
	words := capitalWords[c.Article.Language]
	if !named || len(words) == 0 || int(c.Start) < 0 || int(c.End) > len(c.Article.Text) || c.Start >= c.End {
		return false
	}
	return containsAny(lower(c.Article.Text[c.Start:c.End]), words)
}

// filedFrom returns the place probe's report was filed from, which the
// look-alike checks set aside: its dateline, unless its sentence tells of
// its event there (datelineIsVenue).
func (x *Extractor) filedFrom(probe *Candidate) string {
	if d := probe.Dateline(); d != "" && !x.datelineIsVenue(probe) {
		return d
	}
	return ""
}
