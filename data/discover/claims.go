package discover

import "github.com/caravan-analytics/caravan/data"

// A sentence with a day and a coarser date tells of two things, and its
// event words are each of the date they stand by: in "Putin will be sworn
// in on May 7. He does not intend to run again in 2024" (one sentence to
// a reader of "7." as an ordinal) the oath is of May 7, not of 2024, and a
// 2018 report must not join the inauguration of 2024 by it. claimWords
// takes from a coarse candidate the kinds whose every word stands nearer
// the day of another candidate of its sentence, when a word of its own is
// left, and drops a plan with no word of its own. The day-precise
// candidate keeps all its kinds, as before: only the coarse date loses
// words that are not its own.

// claimWords applies the rule above to cands, in the order extraction
// gives them (an article's candidates together), and returns those kept,
// and those dated by a dateline whose sentence writes another day (see
// filedOnly).
func claimWords(cands []*Candidate) (kept []*Candidate, filed map[*Candidate]bool) {
	dropped := false
	for i := 0; i < len(cands); {
		j := i + 1
		for j < len(cands) && cands[j].Article == cands[i].Article {
			j++
		}
		run := cands[i:j]
		for _, c := range run {
			if targetDate(c) {
				if !plannedCompletion(c) {
					c.Kinds, dropped = 0, true // see targets.go
				}
				// A planned completion keeps its date and kind: the
				// sentence's other words are not its own to claim.
				continue
			}
			groundDate(c)
			courtVote(c)            // court_votes.go
			decreeDay(c)            // decree_days.go
			callDay(c)              // call_days.go
			anniversaryDate(c, run) // anniversary_dates.go
			peaceDate(c)
			if len(run) > 1 {
				if filedOnly(c, run) {
					if filed == nil {
						filed = map[*Candidate]bool{}
					}
					filed[c] = true
				}
				claim(c, run)
				ownDayWords(c, run)   // own_day_words.go
				announcingDay(c, run) // announcing_day.go
				dropped = dropped || c.Kinds == 0
			}
		}
		i = j
	}
	if !dropped {
		return cands, filed
	}
	out := cands[:0]
	for _, c := range cands {
		if c.Kinds != 0 {
			out = append(out, c)
		}
	}
	return out, filed
}

// claim narrows c's kinds to the words of its own date (see above).
func claim(c *Candidate, run []*Candidate) {
	if c.Undated || c.Span().Precision() == data.Day || c.Kind() == Happening {
		return
	}
	var days []clue // the dates of the day-precise candidates of c's sentence
	for _, o := range run {
		if o != c && !o.Undated && o.Start == c.Start && o.End == c.End && o.Span().Precision() == data.Day {
			if d, ok := dateClue(o); ok {
				days = append(days, d)
			}
		}
	}
	own, ok := dateClue(c)
	if len(days) == 0 || !ok {
		return
	}
	// The kinds with a word nearer c's own date than every day.
	var keep KindSet
	for _, t := range c.evidence {
		if t.kind != clueTerm {
			continue
		}
		mine := distance(t, own)
		nearest := true
		for _, d := range days {
			if distance(t, d) < mine {
				nearest = false
				break
			}
		}
		if nearest {
			keep = keep.With(Kind(refName(t.ref)))
		}
	}
	// A candidate all of whose words are another date's is left as it is:
	// its date may still be of the same event ("the summit of 2024, opened
	// on 3 July"), and grouping decides. But a plan ("to run again in
	// 2024") that no word of its own tells is no plan of anything.
	switch keep &= c.Kinds; {
	case keep != 0:
		c.Kinds = keep
	case c.Announced:
		c.Kinds = 0
	}
}

// dateClue returns c's date clue.
func dateClue(c *Candidate) (clue, bool) {
	for _, x := range c.evidence {
		if x.kind == clueDate {
			return x, true
		}
	}
	return clue{}, false
}

// distance is how many bytes lie between two clues.
func distance(a, b clue) int {
	return max(int(a.start-b.end), int(b.start-a.end), 0)
}

// A vote is often told with what led to it: "the early election was held
// after President Raisi died in a helicopter crash on 19 May". Grouping
// takes a sentence's most specific kind, the election, and the crash's
// day becomes a day of the vote. groundDate gives the date to the crash
// when the word nearest the date is a crash, an attack, fighting or a
// death: the sentence's kinds of a vote (election, referendum, result)
// are then not its date's. "The election on 26 October was followed by
// protests" keeps the election: its word stands nearer the date. A
// commemoration is told the same way, with what it mourns: "a day of
// mourning for those who died in the crash on 25 December" gives the
// 25th to the crash. The war a parade marks is no such ground: a parade
// is told with its war. Protests are ground too (session 13): "Tokayev
// called the early vote in September, months after the deadly unrest of
// January" made January 2022 "Kazakhstan presidential election", and
// "protests erupted on 28 October, two days after the disputed vote" a
// day of the vote; a day of mourning is not told with protests, so they
// do not take a commemoration's day.
func groundDate(c *Candidate) {
	votes := KindSet(0).With(Election).With(Referendum).With(Result)
	ground := KindSet(0).With(Disaster).With(Attack).With(Clash).With(Death).With(Protest)
	mourned := KindSet(0).With(Disaster).With(Attack).With(Death)
	told := votes.With(Commemoration).With(Funeral)
	if c.Undated || c.Kinds&told == 0 || c.Kinds&ground == 0 {
		return
	}
	date, ok := dateClue(c)
	if !ok {
		return
	}
	nearest, best := Kind(""), -1
	for _, t := range c.evidence {
		if t.kind != clueTerm {
			continue
		}
		k := Kind(refName(t.ref))
		if k == Happening || k == Announcement || !c.Kinds.Has(k) {
			continue
		}
		if d := distance(t, date); best < 0 || d < best {
			nearest, best = k, d
		}
	}
	if nearest != "" && ground.Has(nearest) {
		c.Kinds &^= votes
	}
	if nearest != "" && mourned.Has(nearest) {
		c.Kinds &^= KindSet(0).With(Commemoration).With(Funeral)
	}
}

// A peace is told with the war it ends, and talks with the war they are
// about: "Aliyev and Pashinyan signed a declaration on Friday in
// Washington, ending decades of conflict", "Trump and Putin left Alaska
// without an agreement to halt the war after three hours of talks on
// Friday". Fighting ranks before an agreement, talks and a meeting (a
// sentence of a battle and the truce it broke is of the battle more often
// than not), and the signing's day became a day of "Fighting". peaceDate
// gives the date to the agreement, ceasefire, talks, meeting or summit
// when the event word nearest the date is one of them: the sentence's
// kinds of fighting (clash, attack) are then not its date's; and the
// other way round, "On 27 September heavy fighting broke out, breaking
// the ceasefire" is fighting, not a ceasefire.
func peaceDate(c *Candidate) {
	peace := KindSet(0).With(Agreement).With(Ceasefire).With(Talks).With(Meeting).With(Summit)
	war := KindSet(0).With(Attack).With(Clash)
	if c.Undated || c.Kinds&peace == 0 || c.Kinds&war == 0 {
		return
	}
	switch k := nearestKind(c, peace|war); {
	case k == "":
	case peace.Has(k):
		c.Kinds &^= war
	default:
		c.Kinds &^= peace
	}
}

// nearestKind returns the kind among among whose word stands nearest c's
// date, "" when none does or c has no date clue.
func nearestKind(c *Candidate, among KindSet) Kind {
	date, ok := dateClue(c)
	if !ok {
		return ""
	}
	nearest, best := Kind(""), -1
	for _, t := range c.evidence {
		if t.kind != clueTerm {
			continue
		}
		k := Kind(refName(t.ref))
		if !among.Has(k) || !c.Kinds.Has(k) {
			continue
		}
		if d := distance(t, date); best < 0 || d < best {
			nearest, best = k, d
		}
	}
	return nearest
}

// A dateline's date is the day the report was filed: "Toshkent, 7 iyun.
// Kecha Pekinda … bitim imzolandi" (yesterday, in Beijing, the treaty was
// signed) tells of 6 June, and "WASHINGTON, 17 oct (EFE).- Trump anunció
// este jueves" of Thursday. The dateline reads on into the sentence after
// it (see Candidate), so its date took the sentence's words and made an
// event of its own on a day nothing happened. filedOnly reports whether
// c's date is its paragraph's dateline and its sentence writes another
// day: that day's candidate keeps the words. A dateline whose sentence
// writes no other date ("ASTANA, 28 OTT - 32 miners died") stays the
// event's day, and so does one whose other day is no day before it (see
// filedWithin) or a day to come: "the Kremlin announced the summit of 15
// August" announces it on the dateline's day.
func filedOnly(c *Candidate, run []*Candidate) bool {
	if c.Undated || c.Span().Precision() != data.Day {
		return false
	}
	date, ok := dateClue(c)
	if !ok || int(c.Paragraph) >= len(c.Article.Paragraphs) {
		return false
	}
	p := c.Article.Paragraphs[c.Paragraph]
	if !datelineDate(c.Article.Text, p.Start, int(date.start), int(date.end)) {
		return false
	}
	for _, o := range run {
		// The dateline's candidate reads on into the next sentence: the
		// other date may be that sentence's own candidate.
		if o != c && !o.Undated && !o.Announced && o.Kinds != 0 && o.Start < c.End && c.Start < o.End && o.Span().Precision() == data.Day &&
			o.from < c.from && c.from-o.from <= filedWithin && !targetDate(o) {
			return true
		}
	}
	return false
}

// filedWithin is how far before the day it was filed a report's
// "yesterday", "on Thursday" lie: the news of the day before. A day
// further back ("Sunday's referendum" in a report of Tuesday) is as often
// a noun's, the verb's being the dateline's ("the commission confirmed
// the results of Sunday's referendum").
const filedWithin day = 1

// dropFiled drops the events whose every day-precise date is a dateline's
// in a sentence that writes another day (see filedOnly): the day a report
// was filed, on which nothing the report tells happened. A dateline date
// that joined an event others date to the day in their own words stays in
// it, and so does an event of results: results are announced on the day a
// report is filed ("Тошкент, 28 октябрь – the commission announced the
// preliminary results of Sunday's election"). The coarser dates that had
// joined a dropped event ("the summit in August") stay one event of their
// own; its undated lead sentences go with it.
//
// Whether a cluster goes is its own members' matter: that is read on
// every core (at 100,000 generated articles, a million members), and the
// clusters are kept or replaced in order after.
func dropFiled(clusters []*Cluster, filed map[*Candidate]bool) []*Cluster {
	if len(filed) == 0 {
		return clusters
	}
	goes := make([]bool, len(clusters))
	onEveryCore(len(clusters), func() func(int) {
		return func(i int) { goes[i] = onlyFiled(clusters[i], filed) }
	})
	out := clusters[:0]
	for i, cl := range clusters {
		if !goes[i] {
			out = append(out, cl)
			continue
		}
		var coarse []*Candidate
		for _, m := range cl.Members {
			if !m.Undated && m.Span().Precision() != data.Day {
				coarse = append(coarse, m)
			}
		}
		if len(coarse) > 0 {
			rest := &Cluster{Span: coarse[0].Span(), from: coarse[0].from, to: coarse[0].to, names: map[string]int{}, created: cl.created}
			for _, m := range coarse {
				rest.add(m)
			}
			out = append(out, rest)
		}
	}
	return out
}

// onlyFiled reports whether every day-precise date of the cluster is a
// dateline's that dropFiled drops: some are, and no other is.
func onlyFiled(cl *Cluster, filed map[*Candidate]bool) bool {
	filedDays, otherDays := 0, 0
	for _, m := range cl.Members {
		switch {
		case m.Undated, m.Span().Precision() != data.Day:
		case filed[m] && !m.Kinds.Has(Result):
			filedDays++
		default:
			otherDays++
		}
	}
	return filedDays > 0 && otherDays == 0
}
