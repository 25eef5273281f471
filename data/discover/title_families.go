package discover

import (
	"strings"
	"sync"

	"github.com/caravan-analytics/caravan/data/knowledge"
)

// familyTitle titles the events of the families of session 11 (sport,
// weather, economy, space, justice, accidents, culture, official acts)
// by their refinement: "Semi-final involving Daniil Medvedev", "Central
// bank rate decision in Turkey", "Rocket launch in
// China", "Trial of Evan Gershkovich". ok is false when no refinement of
// the family is named, and Title goes on as before (disasters, those of
// weather and accidents included, are titled by Title's own switch).
// t.Place is already written as it follows "in" (withThe); who is the
// people joined, lead who or else the first organisation.
func familyTitle(t TitleParts, who, lead string) (title string, ok bool) {
	in := func(s string) string {
		if t.Place == "" {
			return s
		}
		return s + " in " + t.Place
	}
	org := ""
	if len(t.Orgs) > 0 {
		org = t.Orgs[0]
	}
	switch t.Kind {
	case Contest:
		what := ""
		switch {
		case t.has(qRound):
			// An earlier round, named after the final: no stage to title.
		case t.has(qSemi):
			what = "Semi-final"
		case t.has(qFinal):
			what = "Final"
		case t.has(qRace):
			what = "Race"
		}
		if what != "" && t.Held != "" {
			// The tournament it is a stage of: "Roland Garros final".
			return t.Held + " " + strings.ToLower(what[:1]) + what[1:], true
		}
		if what != "" {
			// Who played says more than where the report names.
			return withPlaceOr(what, "", who) + placeIfNone(who, t.Place), true
		}
	case Decision, Meeting, Talks, Announcement, Happening, Opening, Result:
		switch {
		case t.has(qRate) && t.Held != "":
			// The bank by its name: "Central Bank of the Republic of
			// Turkey rate decision".
			return t.Held + " rate decision", true
		case t.has(qRate):
			return in("Central bank rate decision"), true
		case t.Kind == Decision && t.has(qWarrant):
			// Whom the warrant names (one person: others named beside
			// him are where it was talked of), and the court or body that
			// issued it: "ICC arrest warrant for Vladimir Putin".
			what := "Arrest warrant"
			if org != "" {
				what = org + " arrest warrant"
			}
			if len(t.People) > 0 {
				return what + " for " + t.People[0], true
			}
			return in(what), true
		case t.Kind == Decision && t.has(qDecree):
			if lead != "" {
				return in("Decree by " + lead), true
			}
			return in("Decree"), true
		case t.Kind == Opening && t.has(qLanding):
			return "Moon landing", true
		case t.Kind == Opening && t.has(qLaunch) && !t.has(qInForce):
			return withPlaceOr("Rocket launch", t.Place, org), true
		case (t.Kind == Happening || t.Kind == Opening) && t.has(qFestival):
			if t.Held != "" {
				return t.Held, true // "Venice Film Festival"
			}
			return withPlaceOr("Festival", t.Place, ""), true
		case t.Kind == Result && t.has(qAward):
			if len(t.People) == 1 {
				return t.People[0] + " wins an award", true
			}
			if t.Held != "" && who == "" {
				return t.Held + " awards", true
			}
			return withPlaceOr("Awards", t.Place, who), true
		case (t.Kind == Announcement || t.Kind == Result) && t.has(qInflation):
			return in("Inflation figures"), true
		case t.Kind == Announcement && t.has(qInvite):
			if lead != "" {
				return "Invitation by " + lead, true
			}
			return in("Invitations"), true
		}
	case Attack:
		if t.has(qExplosion) && !t.has(qAssault) && !t.has(qOffensive) {
			return withPlaceOr("Explosion", t.Place, lead), true
		}
	case Verdict:
		// A sentence read out is the verdict, whatever else the passage
		// tells of the trial.
		if t.has(qSentenced) {
			return "", false
		}
		what := ""
		switch {
		case t.has(qAppeal):
			what = "Appeal"
		case t.has(qTrial):
			what = "Trial"
		}
		if what != "" && who != "" {
			return in(what + " of " + who), true
		}
		if what != "" {
			return withPlaceOr(what, t.Place, org), true
		}
	case Arrest:
		// A man detained "on charges of" fraud was arrested.
		if t.has(qCharges) && !t.has(qDetained) {
			if who != "" {
				return in(who + " charged"), true
			}
			return withPlaceOr("Charges", t.Place, org), true
		}
	}
	return "", false
}

// placeIfNone returns " in place" when there is no one to name the event
// by, "" otherwise.
func placeIfNone(who, place string) string {
	if who != "" || place == "" {
		return ""
	}
	return " in " + place
}

// settleKinds lets a refinement decide between the kinds of a sentence
// where it says what the sentence is about: a central bank's rate set at
// its meeting is a decision, not a meeting ("Para Politikası Kurulu, dün
// yapılan toplantıda politika faizini … çıkardı"); a spacecraft that
// landed on the Moon or a rocket launched is no visit's landing or
// arrival.
func settleKinds(kinds KindSet, quals qualList) KindSet {
	switch {
	case quals.has(qRate) && kinds.Has(Decision):
		kinds &^= KindSet(0).With(Meeting).With(Talks).With(Happening).With(Announcement).With(Opening).With(Result)
	case (quals.has(qLaunch) || quals.has(qLanding)) && kinds.Has(Opening):
		kinds &^= KindSet(0).With(Visit).With(Talks).With(Meeting).With(Happening).With(Announcement)
	}
	return kinds
}

// stagesMostSay drops from a title's refinements a stage of a contest (a
// final, a semi-final, a race) that fewer than half of the event's n
// passages name: the reports of a World Cup that mention the final it
// ends with tell the tournament, not its final. count is how many
// passages name each refinement.
func stagesMostSay(quals []qualifier, count map[qualifier]int, n int) []qualifier {
	for _, q := range []qualifier{qFinal, qSemi, qRace} {
		if count[q] > 0 && 2*count[q] < n {
			quals = removeQual(quals, q)
		}
	}
	return quals
}

// holdsIt reports whether the organisation id is a tournament or a
// festival (knowledge.Competitions) that names an event of the kind: the
// final of "Roland Garros", the "Venice Film Festival" and its awards; or
// the bank of a rate decision.
// Other organisations without an acronym are seats of government and
// newsrooms, no title's (see titleParts); a tournament names no summit
// and wins no result.
func holdsIt(kind Kind, t TitleParts, id string) bool {
	switch {
	case kind == Contest, kind == Happening, kind == Opening:
	case kind == Result && t.has(qAward):
	case kind == Decision && t.has(qRate):
		// The organisation that sets a rate is its central bank.
		return true
	default:
		return false
	}
	return competitions()[id]
}

// competitions are the ids of the shipped tournaments and festivals.
var competitions = sync.OnceValue(func() map[string]bool { return idsOfShippedFile(knowledge.Competitions) })
