package charts

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	chart "github.com/wcharczuk/go-chart/v2"

	"github.com/caravan-analytics/caravan/data"
)

// topActors is how many actors the actors chart follows.
const topActors = 5

// actorCount is how often one actor is named in each month.
type actorCount struct {
	name     *data.Name
	perMonth []float64
	total    float64
}

// countActors counts, for every person and organisation of the name
// lists, the paragraphs' mentions of its spellings in each month: the
// spellings in the article's language and the English ones (Latin names
// travel), or all of them when the language is unknown. A paragraph
// repeated in an article counts once, and duplicate articles not at all,
// so boilerplate does not make an actor look busy.
func countActors(c *data.Corpus, m months) []actorCount {
	// A corpus reopened from the cache reads its texts now (not their
	// date mentions); an article whose text cannot be read back counts
	// no mentions.
	_ = data.LoadParagraphTexts(c.Articles, nil)
	var counts []actorCount
	for _, n := range c.Names {
		if n.Kind != data.Person && n.Kind != data.Organisation {
			continue
		}
		ac := actorCount{name: n, perMonth: make([]float64, m.n)}
		for _, a := range c.Articles {
			i := m.index(a.Date)
			if i < 0 || a.DuplicateOf != "" {
				continue
			}
			spellings := spellingsFor(n, a.Language)
			for _, p := range a.Paragraphs {
				k := float64(countMentions(strings.ToLower(p.Text), spellings))
				ac.perMonth[i] += k
				ac.total += k
			}
		}
		if ac.total > 0 {
			counts = append(counts, ac)
		}
	}
	slices.SortStableFunc(counts, func(a, b actorCount) int {
		return cmp.Or(cmp.Compare(b.total, a.total), strings.Compare(a.name.English, b.name.English))
	})
	return counts[:min(len(counts), topActors)]
}

// spellingsFor returns a name's spellings to look for in text of the
// language, lower-cased, longest first so that "Xi Jinping" is taken
// before "Xi".
func spellingsFor(n *data.Name, lang string) []string {
	var langs []string
	if lang == "" {
		for l := range n.Spellings {
			langs = append(langs, l)
		}
	} else {
		langs = []string{lang, "en"}
	}
	seen := map[string]bool{}
	var out []string
	for _, l := range langs {
		for _, s := range n.Spellings[l] {
			s = strings.ToLower(strings.TrimSpace(s))
			if s != "" && !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	if en := strings.ToLower(strings.TrimSpace(n.English)); en != "" && !seen[en] {
		out = append(out, en)
	}
	slices.SortStableFunc(out, func(a, b string) int { return len(b) - len(a) })
	return out
}

// countMentions counts the places in text (lower-cased) where one of the
// spellings stands as a word. Overlapping matches count once.
func countMentions(text string, spellings []string) int {
	var taken [][2]int
	for _, sp := range spellings {
		for from := 0; from < len(text); {
			i := strings.Index(text[from:], sp)
			if i < 0 {
				break
			}
			start, end := from+i, from+i+len(sp)
			from = start + 1
			if !standsAlone(text, start, end, isArabicWord(sp)) {
				continue
			}
			overlaps := false
			for _, t := range taken {
				if start < t[1] && t[0] < end {
					overlaps = true
					break
				}
			}
			if !overlaps {
				taken = append(taken, [2]int{start, end})
			}
		}
	}
	return len(taken)
}

// arabicClitics are the letters that attach in front of an Arabic word:
// wa-, fa-, bi-, ka-, li- and the article al-.
const arabicClitics = "وفبكلا"

// standsAlone reports whether text[start:end] is a word of its own. A Latin
// name must start a word and end one, or end in a genitive "s" ("Xis",
// "Poetins", "Xi's"). An Arabic name may carry the clitics Arabic writes
// joined in front ("وشي", "لبوتين") but must end the word: "شي" (Xi) is not
// in "شيان" (Xi'an).
func standsAlone(text string, start, end int, arabic bool) bool {
	wordStart := start
	for wordStart > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:wordStart])
		if !isWordRune(r) {
			break
		}
		wordStart -= size
	}
	rest := text[end:]
	if arabic {
		prefix := text[wordStart:start]
		next, _ := utf8.DecodeRuneInString(rest)
		return utf8.RuneCountInString(prefix) <= 3 && strings.Trim(prefix, arabicClitics) == "" &&
			(rest == "" || !isWordRune(next))
	}
	if wordStart != start {
		return false
	}
	for _, suffix := range []string{"'s", "’s", "s", ""} {
		if strings.HasPrefix(rest, suffix) {
			r, _ := utf8.DecodeRuneInString(rest[len(suffix):])
			if len(rest) == len(suffix) || !isWordRune(r) {
				return true
			}
		}
	}
	return false
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

func isArabicWord(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Arabic, r) {
			return true
		}
	}
	return false
}

// RenderActors draws how often the most-mentioned people and
// organisations of the name lists are named each month (see countActors),
// one line per actor, as a PNG or SVG.
func RenderActors(c *data.Corpus, o ImageOptions, w io.Writer) error {
	if c == nil {
		return errors.New("rendering the actors chart: no corpus")
	}
	m, _ := monthsOf(c)
	counts := countActors(c, m)
	var series []chart.Series
	var legend []legendEntry
	top := 0.0
	xs := make([]float64, m.n)
	for i := range xs {
		xs[i] = float64(i) + 0.5 // the middle of the month
	}
	for k, ac := range counts {
		name := latinText(ac.name.English)
		if name == "" {
			name = latinText(ac.name.ID)
		}
		col := rgba(seriesColor(k))
		series = append(series, chart.ContinuousSeries{
			Name:    name,
			XValues: xs,
			YValues: ac.perMonth,
			Style:   chart.Style{StrokeColor: col, StrokeWidth: 2.5, DotColor: col, DotWidth: 3.5},
		})
		legend = append(legend, legendEntry{symbol: symbolRange, color: seriesColor(k), text: name})
		for _, v := range ac.perMonth {
			top = math.Max(top, v)
		}
	}
	fr, err := newChartFrame(o, "Key actors", actorsSubtitle(m), legend)
	if err != nil {
		return fmt.Errorf("rendering the actors chart: %w", err)
	}
	if len(series) == 0 && m.n > 0 {
		err = fr.renderNote("No person or organisation of the name lists is mentioned.", w)
	} else {
		err = fr.render(m, series, top, "mentions", w)
	}
	if err != nil {
		return fmt.Errorf("rendering the actors chart: %w", err)
	}
	return nil
}

// ActorsSubtitle is the subtitle the actors chart of c takes by default:
// what is counted and the months shown. A caller with more to say extends
// it and passes it as ImageOptions.Subtitle.
func ActorsSubtitle(c *data.Corpus) string {
	m, _ := monthsOf(c)
	return actorsSubtitle(m)
}

func actorsSubtitle(m months) string {
	subtitle := fmt.Sprintf("Mentions per month of the %d most-named people and organisations", topActors)
	if r := m.String(); r != "" {
		subtitle += ", " + r
	}
	return subtitle
}
