package data

import "testing"

// A Chinese future marker of a later clause does not announce a date whose
// own clause tells a whole statement; a date fronted alone stays announced.
// The texts are written for the test (article of 12 November 2024).
func TestHanClauseKeepsPast(t *testing.T) {
	checkMentionDays(t, "2024年11月12日", "2024-11-12", []weekdayCase{
		{"zh, opened, then will last", "本届大会于11日在巴库开幕，将持续至22日。", "11日", "2024-11-11"},
		{"zh, the later clause itself", "本届大会于11日在巴库开幕，将持续至22日。", "22日", "2024-11-22"},
		{"zh, a fronted date stays announced", "据悉，14日，习近平将出席峰会。", "14日", "2024-11-14"},
		{"zh, a fronted date with its time of day", "15日上午，双方将签署协议。", "15日", "2024-11-15"},
		{"zh, arrived on the 10th, will visit next week", "代表团于10日抵达巴库，并将于下周访问阿斯塔纳。", "10日", "2024-11-10"},
	})
}

// A weekday Chinese declares a non-working day or a day of mourning is
// ahead of the declaration; a weekday told otherwise is the one before.
// The texts are written for the test (article of Sunday 25 June 2023).
func TestHanDeclaredDay(t *testing.T) {
	checkMentionDays(t, "2023年6月25日", "2023-06-25", []weekdayCase{
		{"zh, a non-working day", "莫斯科市长索比亚宁宣布周一为非工作日。市民被要求留在家中。", "周一", "2023-06-26"},
		{"zh, a day of mourning", "政府决定星期二为全国哀悼日。各地降半旗。", "星期二", "2023-06-27"},
		{"zh, a past Monday", "莫斯科市长索比亚宁周一宣布了新的措施。市民表示支持。", "周一", "2023-06-19"},
	})
}
