package discover_test

import "testing"

// A page's dateline ("Bishkek, 13 March") takes its year from a report
// dated to the same day by its own date line whose lead tells of the same
// event without writing a date ("Japarov and Rahmon signed the treaty"):
// both tell what happened on the day they were filed. Two such reports in
// two years leave it open; a lead that announces, a report dated only to
// its month, and a date in the story (not the page's dateline) are no
// match.
func TestDatelineTakesTheYearOfALead(t *testing.T) {
	const lead = "Sadyr Japarov and Emomali Rahmon signed the state border treaty in Bishkek.\n"
	const src2025 = "13.03.2025 - 16:40\n\nKyrgyzstan and Tajikistan settle their border\n\n" + lead
	const src2023 = "13.03.2023 - 11:05\n\nKyrgyzstan and Tajikistan settle their border\n\n" + lead
	const dateline = "Bishkek, 13 March. Sadyr Japarov and Emomali Rahmon signed the border treaty in Bishkek today, the presidency said.\n"
	for _, tc := range []struct {
		name    string
		sources []string
		text    string
		words   string
		want    string // "" for open
	}{
		{"a dateline", []string{src2025}, dateline, "13 March", "2025-03-13"},
		{"two years", []string{src2025, src2023}, dateline, "13 March", ""},
		{"a lead that announces", []string{"13.03.2025 - 16:40\n\nKyrgyzstan and Tajikistan to settle their border\n\nSadyr Japarov and Emomali Rahmon will sign the state border treaty in Bishkek.\n"},
			dateline, "13 March", ""},
		{"a report of the month", []string{" date 2025-03\n\n" + lead}, dateline, "13 March", ""},
		{"a date in the story", []string{src2025}, "The presidents of Kyrgyzstan and Tajikistan, Sadyr Japarov and Emomali Rahmon, are known to have signed the border treaty in Bishkek on 13 March, a diplomat recalled in a long interview about the region.\n", "on 13 March", ""},
	} {
		checkPlaced(t, tc.name, tc.sources, tc.text, tc.words, tc.want)
	}
}
