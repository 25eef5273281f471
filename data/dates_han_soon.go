package data

import "strings"

// Chinese writes no tense: "国庆假期从10月1日开始，到10月7日结束" in a report of 30
// September is tomorrow's holiday, but with no future marker the date was
// read as told and put on 1 October of the year before. A day without its
// year that falls within hanSoonDays after the article's day — or, when
// only the report's month is known, in the month after it — is ahead of
// it, unless its sentence says it is done (了, 已, 曾 …): a past day a year
// back would have its year written ("去年10月1日").

// hanSoonDays bounds how far after the article's day such a date lies.
const hanSoonDays = 14

// hanPastMarkers say that what a Chinese sentence tells is done.
var hanPastMarkers = []string{"了", "已", "曾", "此前", "日前", "过去"}

// hanSoonAhead reports whether mention m (read as w) of a Chinese article
// is such a day, for the reference ref (known to the day or the month).
func hanSoonAhead(a *Article, m DateMention, w dateWords, ref Date) bool {
	if a.Language != "zh" || ref.Precision < Month || w.kind != MentionExplicit || w.from.year != 0 || w.from.month == 0 ||
		w.from.day == 0 || w.relYear || w.written != 0 || w.solar || w.hijriOpen || m.Stamp != StampNone {
		return false
	}
	ahead, _ := w.placeNear(ref, "", true)
	if ahead.Start.Precision != Day {
		return false
	}
	if ref.Precision == Day {
		if !ahead.Start.Start().After(ref.Start()) || daysApart(ahead.Start.Start(), ref.Start()) > hanSoonDays {
			return false
		}
	} else if next := ref.Start().AddDate(0, 1, 0); ahead.Start.Year != next.Year() || ahead.Start.Month != next.Month() {
		return false // only the month after the report's month
	}
	if m.Paragraph < 0 || m.Paragraph >= len(a.Paragraphs) {
		return false
	}
	p := a.Paragraphs[m.Paragraph]
	if m.Start < p.Start || m.End > p.End {
		return false
	}
	from, to := sentenceBounds(p.Text, m.Start-p.Start, m.End-p.Start)
	sentence := p.Text[from:to]
	for _, past := range hanPastMarkers {
		if strings.Contains(sentence, past) {
			return false
		}
	}
	return true
}
