package app

import (
	"fmt"
	"strings"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/language"
)

// This file turns domain values into the words the window shows. Dates are
// always written to the precision known: a month is shown as a month.

// spanText writes a span for people: "16 Sep 2022", "Sep 2022",
// "15 Sep 2022 – 16 Sep 2022", or "undated".
func spanText(s data.Span) string {
	if s.End.IsZero() || s.End == s.Start {
		return s.Start.Human()
	}
	return s.Start.Human() + " – " + s.End.Human()
}

// precisionText says how precisely something is dated.
func precisionText(p data.Precision) string {
	switch p {
	case data.Day:
		return "exact day"
	case data.Month:
		return "month only"
	case data.Year:
		return "year only"
	}
	return "date unknown"
}

// datedText is a span with its precision: "Sep 2022 (month only)".
func datedText(s data.Span) string {
	if s.Start.IsZero() {
		return "undated"
	}
	return fmt.Sprintf("%s (%s)", spanText(s), precisionText(s.Precision()))
}

// sourcesText counts the distinct articles and languages supporting an
// event: "3 sources in 2 languages (ar, nl)", or "no supporting passage".
func sourcesText(e *data.Event) string {
	articles := map[string]bool{}
	for _, x := range e.Excerpts {
		articles[x.Article] = true
	}
	if len(articles) == 0 {
		return "no supporting passage"
	}
	langs := e.Languages()
	return fmt.Sprintf("%s in %s (%s)", plural(len(articles), "source"), plural(len(langs), "language"), strings.Join(langs, ", "))
}

// plural writes "1 source", "2 sources".
func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// nameText returns the display name of a name-list id, or the text itself
// when it is not in the lists (free-text places from text events).
func nameText(c *data.Corpus, id string) string {
	if c != nil {
		if n := c.Name(id); n != nil && n.English != "" {
			return n.English
		}
	}
	return id
}

// nameTextOn is nameText with the name the place had at the time of span s
// ("Nur-Sultan" for an event of 2021).
func nameTextOn(c *data.Corpus, id string, s data.Span) string {
	if c != nil {
		if n := c.Name(id); n != nil && n.English != "" && n.EnglishOn(s.Start) == n.EnglishOn(s.Last()) {
			return n.EnglishOn(s.Start)
		}
	}
	return nameText(c, id)
}

// storylineTitle returns the title of the storyline id, or the id itself
// when the corpus does not list it.
func storylineTitle(c *data.Corpus, id string) string {
	if c != nil {
		for _, s := range c.Storylines {
			if s.ID == id {
				return s.Title
			}
		}
	}
	return id
}

// namesText joins the display names of ids.
func namesText(c *data.Corpus, ids []string) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = nameText(c, id)
	}
	return strings.Join(out, ", ")
}

// articleDateText writes when an article was written and how that was
// found: "14 Sep 2022 (exact day) — header+event: …".
func articleDateText(a *data.Article) string {
	if a.Date.IsZero() {
		if a.DateReason != "" {
			return "undated — " + a.DateReason
		}
		return "undated"
	}
	s := fmt.Sprintf("%s (%s)", a.Date.Human(), precisionText(a.Date.Precision))
	if a.DateReason != "" {
		s += " — " + a.DateReason
	}
	return s
}

// languageName is the English name of a language code (language.Name),
// for badges' tooltips and citations.
func languageName(code string) string { return language.Name(code) }

// citation is what "Copy citation" puts on the clipboard: the passage,
// then where it comes from (the article's headline, file second), so it can be
// pasted into a report as is.
func citation(x data.Excerpt, a *data.Article) string {
	var b strings.Builder
	fmt.Fprintf(&b, "“%s”\n— ", strings.TrimSpace(x.Text))
	switch {
	case a != nil && a.Headline() != "":
		fmt.Fprintf(&b, "“%s” (%s)", firstWords(a.Headline(), 100), a.File)
	case a != nil && a.File != "":
		fmt.Fprintf(&b, "article %s (%s)", x.Article, a.File)
	default:
		fmt.Fprintf(&b, "article %s", x.Article)
	}
	fmt.Fprintf(&b, ", %s", languageName(x.Language))
	if a != nil {
		if a.Date.IsZero() {
			b.WriteString(", undated")
		} else {
			fmt.Fprintf(&b, ", %s (%s)", a.Date.Human(), precisionText(a.Date.Precision))
		}
	}
	return b.String()
}
