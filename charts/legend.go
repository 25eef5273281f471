package charts

import (
	"image/color"
	"math"
	"sort"
)

// legendSymbol is what a legend entry shows.
type legendSymbol int

const (
	symbolLane legendSymbol = iota
	symbolPoint
	symbolRange
	symbolMonth
	symbolYear
	symbolCluster
	symbolArticleDay
	symbolArticleMonth
	symbolBreak
	symbolUnsupported
	symbolAnnounced
	symbolCancelled
	symbolWeak
	symbolAnalyst
	symbolStarred
	symbolBand
)

// legendEntry is a symbol and what it means.
type legendEntry struct {
	symbol legendSymbol
	color  color.RGBA
	text   string
	group  int // entries of a new group start a new line
}

// legendEntries lists the scene's storylines, then the kinds of marks.
func legendEntries(s *Scene) []legendEntry {
	var out []legendEntry
	for i, l := range s.Lanes {
		out = append(out, legendEntry{symbol: symbolLane, color: LaneColor(s, i), text: l.Title})
	}
	c := otherLaneColor
	out = append(out,
		legendEntry{symbolPoint, c, "event on a day", 1},
		legendEntry{symbolRange, c, "over several days", 1},
		legendEntry{symbolMonth, c, "known to the month", 1},
		legendEntry{symbolYear, c, "known to the year", 1},
		legendEntry{symbolCluster, c, "events merged for room", 1},
		legendEntry{symbolArticleDay, articleColor, "article (day)", 1},
		legendEntry{symbolArticleMonth, articleColor, "article (month)", 1},
		legendEntry{symbolBreak, mutedInkColor, "empty stretch compressed", 1},
	)
	out = append(out, evidenceEntries(s)...)
	return append(out, languageEntries(s)...)
}

// evidenceEntries explains the evidence cues the scene's marks carry and
// the density band when it is drawn; cues no mark shows are left out, so
// an image of well-supported events keeps its short legend.
func evidenceEntries(s *Scene) []legendEntry {
	var seen Evidence
	for _, m := range s.Marks {
		ev := m.Evidence
		seen.Unsupported = seen.Unsupported || ev.Unsupported
		seen.Announced = seen.Announced || ev.Announced
		seen.Cancelled = seen.Cancelled || ev.Cancelled
		seen.Weak = seen.Weak || ev.Weak
		seen.Analyst = seen.Analyst || ev.Analyst
		seen.Starred = seen.Starred || ev.Starred
	}
	c := otherLaneColor
	var out []legendEntry
	for _, e := range []struct {
		on   bool
		sym  legendSymbol
		text string
	}{
		{seen.Unsupported, symbolUnsupported, "no supporting passage"},
		{seen.Announced, symbolAnnounced, "announced, not reported as held"},
		{seen.Cancelled, symbolCancelled, "cancelled (analyst)"},
		{seen.Weak, symbolWeak, "weak: one article or passing mentions"},
		{seen.Analyst, symbolAnalyst, "made by the analyst"},
		{seen.Starred, symbolStarred, "starred"},
		{len(s.ArticleBins) > 0, symbolBand, "articles per stretch, with counts"},
	} {
		if e.on {
			out = append(out, legendEntry{e.sym, c, e.text, 1})
		}
	}
	return out
}

// languageEntries names the colour of each language among the scene's
// articles, in code order, so the coloured article marks can be read.
func languageEntries(s *Scene) []legendEntry {
	seen := map[string]bool{}
	var langs []string
	for _, a := range s.Articles {
		if a.Article == nil || seen[a.Article.Language] {
			continue
		}
		seen[a.Article.Language] = true
		langs = append(langs, a.Article.Language)
	}
	sort.Strings(langs)
	out := make([]legendEntry, 0, len(langs))
	for _, lang := range langs {
		text := "articles in " + lang
		if lang == "" {
			text = "articles, language unknown"
		}
		out = append(out, legendEntry{symbolArticleDay, LanguageColor(lang), text, 1})
	}
	return out
}

// placedEntry is a legend entry at its x on its line.
type placedEntry struct {
	legendEntry
	x float64
}

// flowLegend sets the entries in lines no wider than width.
func flowLegend(entries []legendEntry, measure func(string, float64) float64, fs, width float64) [][]placedEntry {
	m := measurer{size: fs, fn: measure}
	var rows [][]placedEntry
	x, group := math.Inf(1), -1
	for _, e := range entries {
		e.text = m.fit(e.text, width/3)
		w := fs*2.2 + m.width(e.text)
		if x+w > width-sidePadding || e.group != group {
			rows = append(rows, nil)
			x = sidePadding
		}
		rows[len(rows)-1] = append(rows[len(rows)-1], placedEntry{e, x})
		x += w + fs*1.5
		group = e.group
	}
	return rows
}

// paintLegend draws the legend lines at the painter's offset.
func paintLegend(p *painter, rows [][]placedEntry, fs float64) {
	for i, row := range rows {
		y := float64(i)*fs*1.8 + fs
		for _, e := range row {
			paintSymbol(p, e.symbol, e.x, y, fs, e.color)
			p.text(e.text, e.x+fs*2.2, y+fs*0.35, fs*0.92, inkColor)
		}
	}
}

// paintSymbol draws a legend symbol in the box [x, x+1.8fs] centred on y,
// with the same strokes as the marks it stands for.
func paintSymbol(p *painter, sym legendSymbol, x, y, fs float64, c color.RGBA) {
	r := math.Round(fs * markSizeEm / 2)
	w := fs * 1.8
	switch sym {
	case symbolLane:
		p.fillRect(x, y-r, w, 2*r, c)
	case symbolPoint:
		p.circle(x+w/2, y, r, c, backgroundColor, 1)
	case symbolRange:
		p.fillRect(x, y-r*0.7, w, r*1.4, c)
	case symbolMonth, symbolYear:
		paintBracketed(p, x, x+w, y, r, c, sym == symbolYear)
	case symbolCluster:
		p.circle(x+w/2+r*0.45, y-r*0.3, r*1.05, fade(c, 0.45), backgroundColor, 1)
		p.circle(x+w/2-r*0.2, y+r*0.15, r*1.05, c, backgroundColor, 1)
	case symbolArticleDay:
		p.fillRect(x+w/2-1.5, y-r, 3, 2*r, c)
	case symbolArticleMonth:
		p.fillRect(x, y-r/2, w, r, fade(c, 0.55))
		p.fillRect(x, y-r, 1, 2*r, c)
		p.fillRect(x+w-1, y-r, 1, 2*r, c)
	case symbolUnsupported, symbolAnnounced, symbolCancelled, symbolWeak, symbolAnalyst, symbolStarred:
		paintEvidenceSymbol(p, sym, x+w/2, y, r, c)
	case symbolBand:
		for i, h := range []float64{0.5, 1, 0.7, 0.3} {
			p.fillRect(x+float64(i)*w/4, y+r-2*r*h, w/4-1, 2*r*h, binColor)
		}
	case symbolBreak:
		p.fillRect(x, y-r, w, 2*r, breakColor)
		for _, off := range []float64{-2.5, 2.5} {
			p.polyline([][2]float64{{x + w/2 + off - r/2, y + r}, {x + w/2 + off + r/2, y - r}}, c, 1)
		}
	}
}

// paintEvidenceSymbol draws a disc with one evidence cue, as paintMark
// and paintEvidence draw it on the timeline.
func paintEvidenceSymbol(p *painter, sym legendSymbol, x, y, r float64, c color.RGBA) {
	var ev Evidence
	switch sym {
	case symbolUnsupported:
		ev.Unsupported = true
	case symbolAnnounced:
		ev.Announced = true
	case symbolCancelled:
		ev.Cancelled = true
	case symbolWeak:
		ev.Weak = true
		c = fade(c, weakFade)
	case symbolAnalyst:
		ev.Analyst = true
	case symbolStarred:
		ev.Starred = true
	}
	p.circle(x, y, r, c, backgroundColor, 1)
	mk := &Mark{Kind: PointMark, X0: x, X1: x, Y: y, Evidence: ev}
	paintEvidence(p, &Scene{MarkSize: 2 * r}, mk, c, inkColor)
}
