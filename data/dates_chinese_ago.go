package data

// This file holds Chinese "ago": "九年前" (nine years ago), "三天前",
// "两个月前", "5年前". The units need their count: "多年前" (many years
// ago) and "年前" alone are no date, and neither is "前" alone (also
// "former", "before").

// chineseAgoCounts are the number words one to ten a count of "ago" may be
// written in; a count of two characters ("十九") is read by neither: the
// character before the count must be no numeral (see numeralBefore).
var chineseAgoCounts = map[string]int{
	"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
}

// chineseAgoUnits are the units of Chinese "ago", each needing its count
// (plural).
var chineseAgoUnits = map[string]agoUnit{
	"年": {unitYear, true}, "天": {unitDay, true}, "个月": {unitMonth, true}, "周": {unitWeek, true},
}

// numeralBefore reports whether the count at token i continues a numeral
// written just before it ("十九年前": nineteen years, not nine): a count
// word or digits ending where it starts.
func (s *dateScanner) numeralBefore(i int) bool {
	prev := s.tok(i - 1)
	return prev.end == s.tok(i).start && (prev.kind == tokNumber || prev.is(roleAgoCount))
}
