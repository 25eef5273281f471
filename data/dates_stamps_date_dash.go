package data

import "strings"

// A full date that opens a line of the lead with a dash after it is the
// page's date line, with or without a weekday before it: Iranian pages
// print "دوشنبه، ۱۳ اسفند ۱۴۰۳ - کمیسیون مرکزی انتخابات … امروز اعلام کرد"
// (Monday, 13 Esfand 1403 - the commission announced today), agencies
// "3 March 2025 – The commission said …". Read as a date of the lead
// with its year written, it dated the page to its month only and left
// "today" unplaced (eval13 D2, u33_fa).

// dashOpens reports whether after, the line after a date, opens with a
// dash (spaces before it allowed): the date closes a dateline.
func dashOpens(after string) bool {
	t := strings.TrimLeft(after, " \u00a0")
	return t != "" && strings.ContainsRune("-–—", []rune(t)[0])
}
