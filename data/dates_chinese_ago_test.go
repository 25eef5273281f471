package data

import "testing"

// Chinese "ago": a count, a unit and "前" place the time before the
// article's date; texts written for the test.
func TestChineseAgo(t *testing.T) {
	checkMentionDays(t, "2022年09月15日", "2022-09-15", []weekdayCase{
		{"zh", "主席在讲话中说，九年前，我在这里首次提出这一倡议。各方对此高度评价。会议持续了两天。", "九年前", "2013"},
		{"zh", "双方代表三天前在北京签署了协议。各方对此高度评价。会议持续了两天。", "三天前", "2022-09-12"},
		{"zh", "谈判两个月前开始，至今没有结果。各方对此高度评价。会议持续了两天。", "两个月前", "2022-07"},
		{"zh", "这座桥5年前建成通车。各方对此高度评价。会议持续了两天。", "5年前", "2017"},
	})
}

// A count of two characters, or none, is no count of "ago": "十九年前" is
// not nine years ago, "多年前" (many years ago) no year at all.
func TestChineseAgoNeedsItsWholeCount(t *testing.T) {
	for _, text := range []string{
		"主席说，十九年前他曾到访此地。各方对此高度评价。会议持续了两天。",
		"主席说，多年前他曾到访此地。各方对此高度评价。会议持续了两天。",
		"主席说，年前他曾到访此地。各方对此高度评价。会议持续了两天。",
	} {
		a := datesArticle(t, "zh", "", "2022年09月15日\n\n"+text)
		dateAlone(a, nil, nil)
		for _, m := range a.Mentions {
			if m.Kind == MentionRelative {
				t.Errorf("%q read in %q as %s: %s", m.Text, text, spanString(m.Span.Span()), m.Reason)
			}
		}
	}
}
