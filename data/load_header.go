package data

import (
	"fmt"
	"path"
	"strings"
	"time"
)

// Header years outside these bounds are refused: no news article Caravan
// reads was written before 1900, and a date more than five years ahead is
// a typing slip or a placeholder ("9999-12-31", "0001-01-01") that would
// stretch the timeline over millennia. The upper bound moves with the
// clock.
const (
	minHeaderYear    = 1900
	headerYearsAhead = 5
)

// maxHeaderYear is the latest year a header may give.
func maxHeaderYear() int { return time.Now().Year() + headerYearsAhead }

// readMetadata reads what precedes the body of text: a Markdown front
// matter block (only in .md files) and the optional date header. It
// returns the date and title they give, where the body begins, and
// warnings appended to warnings.
//
// Front matter is a block between two lines of "---" at the very start of
// the file, with "key: value" lines as YAML writes them; "date:" and
// "title:" are used (the date as YYYY, YYYY-MM or YYYY-MM-DD, a time after
// it ignored), other keys are skipped. Front matter is metadata, not
// prose, so it never becomes paragraphs. A date header may still follow
// it; when both give a date, the front matter's is used.
func readMetadata(file, text string, warnings []string) (header Date, title string, bodyStart int, _ []string) {
	var fmDate Date
	hasFrontMatter := false
	if strings.EqualFold(path.Ext(file), ".md") {
		var fields map[string]string
		fields, bodyStart, hasFrontMatter = frontMatter(text)
		bodyStart = skipBlanks(text, bodyStart, true)
		title = fields["title"]
		if v, ok := fields["date"]; ok {
			d, warning := headerDate(frontMatterDate(v), "front matter date")
			if warning != "" {
				warnings = append(warnings, warning)
			}
			fmDate = d
		}
	}
	header, next, warning := parseHeader(text, bodyStart)
	if warning != "" {
		warnings = append(warnings, warning)
	}
	if next > bodyStart {
		bodyStart = next
	}
	if hasFrontMatter && !fmDate.IsZero() {
		header = fmDate
	}
	return header, title, bodyStart, warnings
}

// frontMatter reads a front matter block at the start of text. It returns
// its fields (keys in lower case, values unquoted) and the offset after
// it, or ok false when text has none: an opening "---" with no closing
// line is a rule, not front matter.
func frontMatter(text string) (fields map[string]string, end int, ok bool) {
	first, rest, found := strings.Cut(text, "\n")
	if !found || strings.TrimRight(first, " \t") != "---" {
		return nil, 0, false
	}
	fields = map[string]string{}
	offset := len(first) + 1
	for rest != "" {
		line, after, _ := strings.Cut(rest, "\n")
		lineEnd := offset + len(line) + 1
		if t := strings.TrimRight(line, " \t"); t == "---" || t == "..." {
			return fields, min(lineEnd, len(text)), true
		}
		if key, value, isField := strings.Cut(line, ":"); isField && key != "" && key[0] != ' ' && key[0] != '\t' && key[0] != '#' {
			key = strings.ToLower(strings.TrimSpace(key))
			if _, seen := fields[key]; !seen {
				fields[key] = unquote(strings.TrimSpace(value))
			}
		}
		offset, rest = lineEnd, after
	}
	return nil, 0, false
}

// unquote takes the quotes off a YAML scalar written in them.
func unquote(v string) string {
	if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
		return v[1 : len(v)-1]
	}
	return v
}

// frontMatterDate is the date part of a front matter value: YAML dates are
// often timestamps ("2022-09-15T10:00:00Z", "2022-09-15 10:00").
func frontMatterDate(v string) string {
	if i := strings.IndexAny(v, "T "); i == 10 {
		return v[:i]
	}
	return v
}

// headerDate parses a date given as metadata, refusing impossible and
// implausible ones with a warning that names what was refused.
func headerDate(value, what string) (Date, string) {
	d, err := ParseDate(value)
	if err != nil {
		return Date{}, what + " ignored: " + err.Error()
	}
	if hi := maxHeaderYear(); d.Year < minHeaderYear || d.Year > hi {
		return Date{}, fmt.Sprintf("%s ignored: year %d is not plausible for a news article (Caravan accepts %d to %d)",
			what, d.Year, minHeaderYear, hi)
	}
	return d, ""
}

// parseHeader reads the optional date header at text[from:]. It returns
// the header's date (zero when absent or refused), where the body begins
// (from, when there is no header), and a warning when a header was there
// but its date is impossible or implausible.
func parseHeader(text string, from int) (header Date, bodyStart int, warning string) {
	i := skipBlanks(text, from, false)
	const keyword = "date"
	if len(text) < i+len(keyword) || !strings.EqualFold(text[i:i+len(keyword)], keyword) {
		return Date{}, from, ""
	}
	i += len(keyword)
	if i < len(text) && text[i] == ':' {
		i++
	}
	valueStart := skipBlanks(text, i, false)
	// The value must be separated from the keyword and start with a digit,
	// or this is a sentence that happens to begin with "Date".
	if valueStart == i || valueStart >= len(text) || text[valueStart] < '0' || text[valueStart] > '9' {
		return Date{}, from, ""
	}
	valueEnd := valueStart
	for valueEnd < len(text) && !isBlankByte(text[valueEnd]) {
		valueEnd++
	}
	bodyStart = skipBlanks(text, valueEnd, true)
	d, warning := headerDate(text[valueStart:valueEnd], "header")
	return d, bodyStart, warning
}
