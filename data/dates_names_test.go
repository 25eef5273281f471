package data

import "testing"

// TestMonthInHyphenedName checks that a month ending a name of
// capitalised words joined by hyphens is no date, and that a month joined
// to a number or to "mid" still is; texts written for the test.
func TestMonthInHyphenedName(t *testing.T) { checkDatedCases(t, hyphenedNameCases) }

var hyphenedNameCases = []dateCase{
	{"fr place du Quatre-Septembre", "fr", "", "11/03/2025\nLes manifestants se sont rassemblés place du Quatre-Septembre mardi soir. La police a interpellé plusieurs personnes.",
		[]wantMention{{"11/03/2025", MentionExplicit, "2025-03-11"}, {"mardi", MentionWeekday, "2025-03-11"}}},
	{"fr rue du Onze-Novembre", "fr", "", "11/03/2025\nLe cortège a remonté la rue du Onze-Novembre. Les syndicats ont appelé à la grève.",
		[]wantMention{{"11/03/2025", MentionExplicit, "2025-03-11"}}},
	{"en mid-September is a month", "en", "", "March 11, 2025\nThe talks were held in mid-September in Geneva. Both sides praised the outcome.",
		[]wantMention{{"March 11, 2025", MentionExplicit, "2025-03-11"}, {"September", MentionExplicit, "2024-09"}}},
	{"uz 1-may is a date", "uz", "", "11.03.2025\nPrezident 1-May kuni Samarqandga tashrif buyurdi. U yerda uchrashuvlar o‘tkazdi.",
		[]wantMention{{"11.03.2025", MentionExplicit, "2025-03-11"}, {"1-May", MentionExplicit, "2024-05-01"}}},
}

// TestYearInSeriesName checks that a Chinese year that is part of the name
// of an event series ("2017年世博会", Expo 2017) is no date, and that a year
// before another noun still is; texts written for the test.
func TestYearInSeriesName(t *testing.T) {
	checkMentionDays(t, "2025年3月11日", "2025-03-11", []weekdayCase{
		{"zh, Expo 2017", "峰会在阿斯塔纳2017年世博会园区举行。领导人签署了合作协议。", "2017年", ""},
		{"zh, Beijing Winter Olympics", "他曾出席2022年北京冬奥会开幕式。双方回顾了合作成果。", "2022年", ""},
		{"zh, Euro 2028", "领导人讨论了2028年欧洲杯的筹备工作。双方签署了合作协议。", "2028年", ""},
		{"zh, a year of its own", "双方在2017年签署了合作协议。领导人回顾了合作成果。", "2017年", "2017"},
		{"zh, the 2024 election", "反对党表示，2024年大选存在违规行为。选举委员会驳回了指控。", "2024年", "2024"},
	})
}
