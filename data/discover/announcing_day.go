package discover

// The day a plan is made known is no day of the plan: "The Holy See
// announced on Tuesday 7 October that Pope Leo XIV will visit Turkey from
// 27 to 30 November" tells of a visit in November and of an announcement on
// 7 October. Both dates shared the sentence's words, and the visit's word,
// ranking above the announcement, made 7 October a day of "Pope Leo XIV
// visits Turkey" (in every language: "a annoncé le 7 octobre que le pape se
// rendra…", "أعلن … يوم الثلاثاء 7 أكتوبر أن البابا سيزور …").
// announcingDay keeps only the announcement for a date whose nearest event
// word is the announcement's, when its sentence also writes a later date
// told as to come: that date keeps the plan's words. An earlier date
// ("announced on Monday the results of Sunday's vote") leaves the
// announcing day its words, and so does a later one not to come: in a
// report filed on the 17th that "he died a day earlier, his spokeswoman
// said", the 16th is the death's day (tried without "to come": a death
// told so became an announcement).

// announcingDay applies the rule above to c, one of the candidates run of
// its article.
func announcingDay(c *Candidate, run []*Candidate) {
	if c.Undated || c.Announced || !c.Kinds.Has(Announcement) || c.Kinds == KindSet(0).With(Announcement) {
		return
	}
	if nearestKind(c, c.Kinds&^KindSet(0).With(Happening)) != Announcement {
		return
	}
	for _, o := range run {
		if o != c && !o.Undated && o.Announced && o.Start == c.Start && o.End == c.End && o.from > c.from {
			c.Kinds = KindSet(0).With(Announcement)
			return
		}
	}
}
