package data

import "fmt"

// This file reads a season with last, this or next: "last spring",
// "прошлой весной", "im vergangenen Sommer", "l'automne dernier", "la
// scorsa primavera", "geçen yaz", "zeszłej wiosny". Like a season before
// a year (dates_seasons.go) it is placed at year precision: the year of
// the season the words name, counted from the article's month. Where the
// writer's season and the calendar's may differ (a meteorological spring
// ends with May, an astronomical one on 21 June), the month at the edge
// leaves the phrase unplaced rather than a year off: "last spring"
// written in June. Winter straddles two years and is not read; nor are
// Spanish and Portuguese seasons, whose writers in Argentina and Brazil
// live the seasons the other way round (a "primavera pasada" written in
// July is September–November of the year before there).

// seasonUnits are, by language, the forms of the seasons that stand after
// (or, in fr and it, before) last, this or next: "прошлой весной",
// "минулої весни", "zeszłym latem".
var seasonUnits = map[string]map[string]relUnit{
	"en": {"spring": unitSpring, "summer": unitSummer, "autumn": unitAutumn},
	"fr": {"printemps": unitSpring, "été": unitSummer, "automne": unitAutumn},
	"de": {"frühjahr": unitSpring, "frühling": unitSpring, "sommer": unitSummer, "herbst": unitAutumn},
	"nl": {"voorjaar": unitSpring, "lente": unitSpring, "zomer": unitSummer, "najaar": unitAutumn, "herfst": unitAutumn},
	"it": {"primavera": unitSpring, "estate": unitSummer, "autunno": unitAutumn},
	"ru": {"весной": unitSpring, "летом": unitSummer, "осенью": unitAutumn, "весну": unitSpring, "лето": unitSummer, "осень": unitAutumn},
	"uk": {"весни": unitSpring, "весною": unitSpring, "літа": unitSummer, "влітку": unitSummer, "літом": unitSummer, "осені": unitAutumn, "восени": unitAutumn, "навесні": unitSpring},
	// Not "lata": it is also "years" ("ostatnie lata").
	"pl": {"wiosny": unitSpring, "wiosną": unitSpring, "latem": unitSummer, "jesieni": unitAutumn, "jesienią": unitAutumn},
	"tr": {"bahar": unitSpring, "ilkbahar": unitSpring, "yaz": unitSummer, "sonbahar": unitAutumn, "güz": unitAutumn},
}

// init adds the season units to their languages before lexiconFor
// compiles the words (on first use, after every init).
func init() {
	for _, d := range dateLanguages {
		for w, u := range seasonUnits[d.code] {
			if d.units == nil {
				d.units = map[string]relUnit{}
			}
			d.units[w] = u
		}
	}
}

func (u relUnit) season() bool { return u == unitSpring || u == unitSummer || u == unitAutumn }

// seasonMonths are the first and last month of each season as the
// calendar counts them (meteorological, northern hemisphere).
func (u relUnit) seasonMonths() (first, last int) {
	switch u {
	case unitSpring:
		return 3, 5
	case unitSummer:
		return 6, 8
	}
	return 9, 11
}

// placeSeason places a season with last (shift -1), this (0) or next (1)
// in its year, counted from the article's month m of year y: "this
// summer" is y's; "last spring" is y's once spring is over by a month to
// spare (July on), the year before while it runs or has not come; "next
// autumn" is y's before autumn, the year after once it has begun.
func placeSeason(w dateWords, date Date) (Span, string) {
	if date.Precision < Month {
		if date.IsZero() {
			return Span{}, "a season: the article's date is not known"
		}
		return Span{}, "a season: the article's date is only known to the year"
	}
	first, last := w.unit.seasonMonths()
	m, year := int(date.Month), date.Year
	switch {
	case w.shift == 0:
	case w.shift < 0 && m == last+1, w.shift > 0 && m == first:
		// Over or begun by one calendar and not by the other.
		return Span{}, fmt.Sprintf("a season at its edge: the %s %s a date in %s may be of either year", w.unit, seasonSide(w.shift), date.Human())
	case w.shift < 0 && m <= last:
		year--
	case w.shift > 0 && m > first:
		year++
	}
	return Span{Start: YearDate(year)}, fmt.Sprintf("the %s %s the article's date %s, to its year", w.unit, seasonSide(w.shift), date)
}

// seasonSide says where a season lies from the article's date.
func seasonSide(shift int) string {
	switch {
	case shift < 0:
		return "before"
	case shift > 0:
		return "after"
	}
	return "of"
}
