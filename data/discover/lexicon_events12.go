package discover

// events12Words are forms the blind o-set wrote that the lexicon did not
// read, added to kindWords before theLexicon compiles it:
//
//   - English "revolt(s)" and "revolution(s)", whole words ("two of his
//     predecessors were toppled by street revolts, in 2005 and 2010"); not
//     the stem, which is also "revolutionary" (Iran's Revolutionary Guard).
//   - Russian and Ukrainian imperfective re-elections ("переизбирался в
//     марте 2015 года"): the lexicon had the perfective "переизбран*".
var events12Words = map[Kind]map[string][]string{
	Protest:  {"en": {"revolt", "revolts", "revolution", "revolutions", "street revolt*"}},
	Election: {"ru": {"переизбира*", "избирался", "избиралась"}, "uk": {"переобира*", "обирався", "обиралася"}},
}

func init() {
	for k, byLang := range events12Words {
		for _, lang := range sortedLangs(byLang) {
			kindWords[k][lang] = append(kindWords[k][lang], byLang[lang]...)
		}
	}
}
