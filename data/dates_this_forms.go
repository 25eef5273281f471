package data

// More words of "this" and of the year's unit, added before the lexicons
// are built (on first use, after every init), found by sentences written
// for session 14:
//   - Russian "в текущем году", "в нынешнем году" and Ukrainian "у
//     поточному році", "нинішнього року" are this year (only "этом",
//     "текущего" were read);
//   - Tajik "ҷорӣ" (current) follows its noun: "соли ҷорӣ", "моҳи ҷорӣ"
//     (this year, this month; Tajik writes Gregorian months);
//   - the Kazakh and Kyrgyz genitive of the year, "өткен жылдың
//     желтоқсанында", "быйылкы жылдын 13-декабрында" (in December of last
//     year, on 13 December of this year): "жылдың", "жылдын" are units, as
//     "жылы" is, so that the month after takes the year they name (see
//     monthOfRelativeYear), not the year the tense alone gives.
var moreThisWords = map[string][]string{
	"ru": {"текущем", "текущей", "текущий", "текущую", "нынешнем", "нынешнего", "нынешней", "нынешний"},
	"uk": {"поточному", "поточного", "поточний", "поточній", "поточної", "нинішньому", "нинішнього", "нинішній", "нинішньої"},
	"tg": {"ҷорӣ"},
	// Not Persian "سال جاری": in f40_fa, an article that writes Solar
	// dates, it is the Gregorian year just written ("از ابتدای سال ۲۰۲۴
	// میلادی … در سال جاری"), which the Solar reading of "امسال" would
	// miss; "ماه جاری" is a Solar month.
	// Arabic's current month and year, after the noun: "الشهر الجاري",
	// "العام الحالي" (see dayOfRelativeMonth).
	"ar": {"الجاري", "الجارية", "الحالي", "الحالية"},
}

var moreYearUnits = map[string][]string{
	"kk": {"жылдың"},
	"ky": {"жылдын"},
}

func init() {
	for _, d := range dateLanguages {
		d.this = append(d.this, moreThisWords[d.code]...)
		for _, w := range moreYearUnits[d.code] {
			d.units[w] = unitYear
		}
	}
}
