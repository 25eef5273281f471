package discover

import "strings"

// masthead reports whether a sentence is a page's masthead or breadcrumb,
// its parts set apart by bars: "The Samarkand Review | Saturday 5 April
// 2025 | page 3" names a place and a date but tells of nothing (v10_en's
// "Event in Samarkand"). Only a sentence without an event word is asked.
func masthead(sentence string) bool {
	return strings.Count(sentence, " | ") >= 2
}
