package discover

// A capital or a country that leaders talk, meet or sign "with" is a party,
// not where they met: "geen toetredingsonderhandelingen met Brussel" (no
// accession talks with Brussels, the EU) made Tbilisi's crisis "Talks with
// Irakli Kobakhidze in Brussels", as "talks with Moscow" or "an agreement
// with Ankara" name the other side. notHere leaves out, for what leaders
// do together, a place right after a preposition of company (withBefore)
// or right before a Turkic postposition of it (withAfter), and so does an
// announcement: "Kobakhidze said there would be no talks with Brussels".
var (
	withBefore = map[string][]string{
		"en": {"with"},
		"fr": {"avec"},
		"de": {"mit"},
		"nl": {"met"},
		"es": {"con"},
		"it": {"con"},
		"pt": {"com"},
		"ru": {"с", "со"},
		"uk": {"з", "із", "зі"},
		"pl": {"z", "ze"},
		"ar": {"مع"},
		"fa": {"با"},
	}
	withAfter = map[string][]string{
		"tr": {"ile"},
		"az": {"ilə"},
		"uz": {"bilan", "билан"},
		"kk": {"мен", "бен", "пен"},
		"ky": {"менен"},
	}
)
