package data

import "testing"

// TestChineseDaySoonAfterIsAhead: a Chinese day without its year a few days
// after the report's, in a sentence that does not say it is done, is ahead.
func TestChineseDaySoonAfterIsAhead(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"zh holiday from tomorrow", "zh", "2023-04-28", "劳动节假期从5月1日开始，到5月3日结束。", "5月1日", "2023-05-01"},
		{"zh end of the holiday", "zh", "2023-04-28", "劳动节假期从5月1日开始，到5月3日结束。", "5月3日", "2023-05-03"},
		// Only the report's month known: a day of the month after it.
		{"zh month header, next month", "zh", "2023-04", "劳动节假期从5月1日开始，到5月3日结束。", "5月1日", "2023-05-01"},
		{"zh month header, two months on", "zh", "2023-04", "展览于6月1日开幕。", "6月1日", "2022-06-01"},
		// Told as done: the year before.
		{"zh with 了", "zh", "2023-04-28", "展览于5月1日闭幕了。", "5月1日", "2022-05-01"},
		// More than two weeks after: as told.
		{"zh far after", "zh", "2023-04-28", "展览于6月1日开幕。", "6月1日", "2022-06-01"},
	})
}
