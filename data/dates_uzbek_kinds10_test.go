package data

import "testing"

// TestUzbekYearOfAndFutures checks two Uzbek forms the misses of dated
// reports showed: a month "of last year" in the genitive ("o'tgan
// yilning may oyida", "ўтган йилнинг май ойида", "oʻtgan yilning
// sentyabrida") is of that year, and the active future of what news
// announces ("o'tkazadi", will hold) puts a weekday ahead. Sentences
// written for the test, in articles of Monday 1 May 2023.
func TestUzbekYearOfAndFutures(t *testing.T) {
	checkDatedCases(t, []dateCase{
		{"uz genitive year, Latin", "uz", "", "01.05.2023\nIslohot o'tgan yilning may oyida boshlangan edi.",
			[]wantMention{{"01.05.2023", MentionExplicit, "2023-05-01"}, {"o'tgan yilning may oyida", MentionExplicit, "2022-05"}}},
		{"uz genitive year, Cyrillic", "uz", "", "01.05.2023\nИслоҳот ўтган йилнинг май ойида бошланган эди.",
			[]wantMention{{"01.05.2023", MentionExplicit, "2023-05-01"}, {"ўтган йилнинг май ойида", MentionExplicit, "2022-05"}}},
		{"uz genitive year, possessive month", "uz", "", "01.05.2023\nShartnoma oʻtgan yilning sentyabrida imzolangan.",
			[]wantMention{{"01.05.2023", MentionExplicit, "2023-05-01"}, {"oʻtgan yilning sentyabrida", MentionExplicit, "2022-09"}}},
		{"uz active future", "uz", "", "01.05.2023\nJamoa navbatdagi o'yinni juma kuni Samarqandda o'tkazadi.",
			[]wantMention{{"01.05.2023", MentionExplicit, "2023-05-01"}, {"juma kuni", MentionWeekday, "2023-05-05"}}},
		{"uz past stays past", "uz", "", "01.05.2023\nJamoa navbatdagi o'yinni juma kuni Samarqandda o'tkazdi.",
			[]wantMention{{"01.05.2023", MentionExplicit, "2023-05-01"}, {"juma kuni", MentionWeekday, "2023-04-28"}}},
	})
}
