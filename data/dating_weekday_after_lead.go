package data

import "time"

// An article dated by the day its lead tells of ("روز جمعه ۱۹ مرداد در
// آستانه … نشست … برگزار کردند", "Kavelashvili a prêté serment dimanche
// 29 décembre") was written on that day or after it: the lead's day is
// the news, not the page's stamp. A weekday told further down that falls
// in the two days after the lead's day ("سخنگوی وزارت امور خارجه ایران روز
// شنبه … اعلام کرد", the Saturday after the Friday summit) is the next
// step of the story, not the same weekday of the week before: the page
// that tells the Friday summit and a Saturday statement was written on
// that Saturday, not nine days after a statement made before the summit.

// leadWeekdayReach is how many days after the lead's day a weekday told
// below it is taken to follow it.
const leadWeekdayReach = 2

// weekdayAfterLead reports whether weekday mention m (of weekday wd) is
// placed after the article's day at, the day of its lead (see above): the
// article was dated by its lead's day alone, m stands after that day's
// mention in the text, and the next wd after at is at most
// leadWeekdayReach days away.
func (d *dating) weekdayAfterLead(m DateMention, at time.Time, wd time.Weekday) bool {
	if !d.belowLeadsDay(m) {
		return false
	}
	ahead := (int(wd) - int(at.Weekday()) + 7) % 7
	return ahead >= 1 && ahead <= leadWeekdayReach
}

// belowLeadsDay reports whether mention m stands after the mention of the
// lead whose day alone dated the article. Where a weekday is placed
// depends on it, so resolveMentions's memo keys it (placedKey.belowLead):
// without it, a worker's memo answered for a weekday with the answer
// another article gave the same words on the same day, above or below its
// lead's date alike, and which article a worker had dated first decided
// it (session 13: `caravan events` on generated articles differed from
// run to run).
func (d *dating) belowLeadsDay(m DateMention) bool {
	return d.leadDayEnd != 0 && m.Start >= d.leadDayEnd
}
