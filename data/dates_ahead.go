package data

import (
	"strings"
	"unicode"

	"github.com/caravan-analytics/caravan/data/textnorm"
)

// This file reads a month written without its year in the phrase of
// "ahead of": "ahead of the November election", "в преддверии ноябрьских
// выборов", "à l'approche des élections de novembre", "ekim ayındaki
// parlamento seçimleri öncesinde". What one prepares for, or acts before,
// is still to come: the month is announced, placed on or after the
// article (and no more than announcedReach months after it), whatever
// the tense of the verb that tells of the preparation ("claimed that the
// law aims to silence critics ahead of October's elections").

// aheadWords are one language's words of "ahead of": phrases written
// before the date's noun phrase, in lower case, and postpositions
// written after it (Turkish "öncesinde").
type aheadWords struct {
	before, after []string
}

// aheadLanguages are the words of "ahead of" by language: only those
// that say the thing is to come ("before" alone, "vor", "avant", "перед",
// is as often a past order of events), and not those of the eve of a day
// ("напередодні", "na véspera": see dates_eve.go). A postposition is a
// stem: "öncesi" is also "öncesinde", "öncesindeki".
var aheadLanguages = map[string]*aheadWords{
	"en": {before: []string{"ahead of", "in the run-up to", "in the lead-up to", "in preparation for"}},
	"ru": {before: []string{"в преддверии", "в рамках подготовки к", "в ходе подготовки к"}},
	"uk": {before: []string{"в рамках підготовки до", "у рамках підготовки до"}},
	"fr": {before: []string{"à l'approche", "à l’approche", "en vue", "dans la perspective"}},
	"es": {before: []string{"de cara a", "con vistas a"}},
	"it": {before: []string{"in vista", "in vista di", "in vista del", "in vista delle"}},
	"pt": {before: []string{"com vista a", "em vista de"}},
	"de": {before: []string{"im vorfeld", "im vorfeld der", "im vorfeld des", "im hinblick auf"}},
	"tr": {after: []string{"öncesi"}},
	"az": {after: []string{"öncəsi"}},
}

// aheadReach bounds the bytes between the words of "ahead of" and the
// date: the noun phrase they govern ("ahead of the parliamentary
// elections in", "ekim ayındaki parlamento seçimleri").
const aheadReach = 48

// aheadOf reports whether the date at text[start:end] is in the noun
// phrase of a word of "ahead of", in its clause.
func (l *dateLexicon) aheadOf(text string, start, end int) bool {
	return l.aheadOfIn(&clauseAt{text: text, start: start, end: end})
}

// aheadOfIn is aheadOf of the mention whose clause is c.
func (l *dateLexicon) aheadOfIn(c *clauseAt) bool {
	if l.ahead == nil {
		return false
	}
	text, start, end := c.text, c.start, c.end
	from, to := c.bounds()
	if len(l.ahead.before) > 0 {
		before := textnorm.Lower(text[max(from, start-aheadReach):start])
		for _, p := range l.ahead.before {
			if i := lastIndex(before, p); i >= 0 && (i == 0 || !isWord(lastRune(before[:i]))) {
				return true
			}
		}
	}
	if len(l.ahead.after) > 0 {
		after := textnorm.Lower(text[end:min(to, end+aheadReach)])
		for _, p := range l.ahead.after {
			i := strings.Index(after, p)
			if i < 0 {
				continue
			}
			if (i == 0 || unicode.IsSpace(lastRune(after[:i]))) && len(strings.Fields(after[:i])) <= 4 {
				return true
			}
		}
	}
	return false
}
