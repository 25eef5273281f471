package discover

import (
	"io/fs"
	"slices"
	"strings"
	"sync"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/knowledge"
)

// TitleParts is what a title is made of: the kind, its refinements, and
// the English display names of the actors and the place.
type TitleParts struct {
	Kind   Kind
	quals  []qualifier
	People []string // people among the actors, most named first
	Orgs   []string // organisations among the actors
	// Place is the scene: a country for a national vote, where the event
	// happened otherwise.
	Place string
	// Local is set when Place is no country (a city, a region): "the
	// presidential election in Ashgabat" is no "Ashgabat presidential
	// election".
	Local bool
	// Host is the country Place lies in (Place itself when it is a
	// country), "" when unknown; Homes the country of each of People,
	// "" when unknown. With them a visit has a guest and a host.
	Host  string
	Homes []string
	// OrgFirst: an organisation is the actor most named ("CSTO meeting"),
	// not the people it brings together.
	OrgFirst bool
	// Foreign: a country other than Host is named by the passages (not
	// in a dateline) or is their reports' (see namesForeign): whom a
	// host receives comes from elsewhere.
	Foreign bool
	// Body: a vote of an international body's board or assembly, which
	// no country holds (see bodyVote).
	Body bool
	// Held is the tournament or festival the event is part of ("Roland
	// Garros", "Venice Film Festival"; see holdsIt), "" when none.
	Held string
	// placeID is the name id of Place (placeFor's answer), which the
	// event keeps as its place: worked out once, it walks every member.
	placeID string
}

// guest returns the one person of People from another country than the
// Host, with the first person at home there (or else the first other
// person), or ok false when there is no single guest or no Host.
func (t TitleParts) guest() (guest, host string, ok bool) {
	if t.Host == "" || len(t.Homes) != len(t.People) {
		return "", "", false
	}
	g := -1
	for i, home := range t.Homes {
		if home != "" && home != t.Host {
			if g >= 0 {
				return "", "", false // two guests: a meeting of several
			}
			g = i
		}
	}
	if g < 0 {
		return "", "", false
	}
	for i, home := range t.Homes {
		if i != g && home == t.Host {
			return t.People[g], t.People[i], true
		}
	}
	for i := range t.People {
		if i != g {
			return t.People[g], t.People[i], true
		}
	}
	return t.People[g], "", true
}

func (t TitleParts) has(q qualifier) bool {
	for _, x := range t.quals {
		if x == q {
			return true
		}
	}
	return false
}

// Title builds a readable English title from the parts: "SCO summit in
// Astana", "Kazakhstan presidential election", "Xi Jinping arrives in
// Kazakhstan", "Referendum in Kazakhstan". It never quotes the text.
func Title(t TitleParts) string {
	// "in the United States", but "United States presidential election".
	bare := t.Place
	t.Place = withThe(t.Place)
	in := func(s string) string {
		if t.Place == "" {
			return s
		}
		return s + " in " + t.Place
	}
	who := joinNames(t.People, 3)
	org := ""
	if len(t.Orgs) > 0 {
		org = t.Orgs[0]
	}
	lead := who
	if lead == "" {
		lead = org
	}
	if s, ok := familyTitle(t, who, lead); ok {
		return s
	}
	switch t.Kind {
	case Summit:
		if org != "" {
			return in(org + " summit")
		}
		if t.Place == "" && who != "" {
			return "Summit of " + who
		}
		return in("Summit")
	case Referendum:
		return in("Referendum")
	case Election:
		if t.Body && !t.has(qConclave) {
			if org != "" {
				return org + " vote"
			}
			return "Vote"
		}
		if t.has(qConclave) {
			// The cardinals elect the Pope: a vote of no country, whatever
			// the country of the reports or of the cardinal elected.
			return "Papal conclave"
		}
		kind := "election"
		switch {
		case t.has(qPresidential):
			kind = "presidential election"
		case t.has(qParliamentary):
			kind = "parliamentary election"
		}
		switch {
		case t.Place != "" && !t.Local:
			return bare + " " + kind
		case t.Place != "":
			return capitalise(kind) + " in " + t.Place
		case who != "":
			return capitalise(kind) + " involving " + who
		}
		return capitalise(kind)
	case Inauguration:
		// One person takes office; the others named are guests.
		if len(t.People) > 0 {
			return "Inauguration of " + t.People[0]
		}
		return in("Inauguration")
	case Ceasefire:
		if t.Place != "" {
			return "Ceasefire in " + t.Place
		}
		if lead != "" {
			return "Ceasefire involving " + lead
		}
		return "Ceasefire"
	case Attack:
		what := "Attack"
		if t.has(qOffensive) {
			what = "Offensive"
		}
		if t.Place != "" {
			return what + " in " + t.Place
		}
		if lead != "" {
			return what + " involving " + lead
		}
		return what
	case Commemoration:
		what := "Commemoration"
		switch {
		case t.has(qMourning):
			what = "Day of mourning"
		case t.has(qParade):
			what = "Parade"
		}
		return withPlaceOr(what, t.Place, lead)
	case Clash:
		return withPlaceOr("Fighting", t.Place, lead)
	case Protest:
		return withPlaceOr("Protests", t.Place, lead)
	case Disaster:
		// The first refinement named, in this order: "Earthquake in
		// Myanmar", "Cold snap in Poland", "Solar eclipse in Mexico",
		// "Crash in Aktau", "Accident in Lisbon".
		what := "Disaster"
		switch {
		case t.has(qEarthquake):
			what = "Earthquake"
		case t.has(qFlood):
			what = "Flood"
		case t.has(qHeat):
			what = "Heat wave"
		case t.has(qEruption):
			what = "Volcanic eruption"
		case t.has(qCold):
			what = "Cold snap"
		case t.has(qStorm):
			what = "Storm"
		case t.has(qDrought):
			what = "Drought"
		case t.has(qFire):
			what = "Fire"
		case t.has(qEclipse) && t.has(qSolar):
			what = "Solar eclipse"
		case t.has(qEclipse):
			what = "Eclipse"
		case t.has(qRecord):
			what = "Temperature record"
		case t.has(qCrash):
			what = "Crash"
		case t.has(qAccident):
			what = "Accident"
		}
		return withPlaceOr(what, t.Place, lead)
	case Emergency:
		return withPlaceOr("State of emergency", t.Place, lead)
	case Agreement:
		what := "agreement"
		if t.has(qTreaty) {
			what = "treaty"
		}
		switch {
		case t.has(qInForce) && lead != "":
			return capitalise(lead) + " " + what + " enters into force"
		case t.has(qInForce):
			return in(capitalise(what) + " enters into force")
		case len(t.People) >= 2 && t.Local:
			return who + " sign " + article(what) + " in " + t.Place
		case len(t.People) >= 2:
			return who + " sign " + article(what)
		case lead != "":
			return in(lead + " signs " + article(what))
		}
		return in(capitalise(what) + " signed")
	case Arrest:
		if who != "" {
			return in(who + " arrested")
		}
		return withPlaceOr("Arrests", t.Place, org)
	case Verdict:
		// A sentence or an acquittal: "Verdict", whichever it was.
		if who != "" {
			return in("Verdict on " + who)
		}
		return withPlaceOr("Verdict", t.Place, org)
	case Funeral:
		if who != "" {
			return "Funeral of " + who
		}
		return withPlaceOr("Funeral", t.Place, org)
	case Exchange:
		return withPlaceOr("Prisoner exchange", t.Place, lead)
	case Visit:
		verb := " visits "
		if t.has(qArrival) {
			verb = " arrives in "
		}
		if guest, host, ok := t.guest(); ok {
			switch {
			case t.has(qArrival) || host == "":
				return guest + verb + t.Place
			case t.Local:
				// Where they met says more than the country.
				return guest + " and " + host + " meet in " + t.Place
			}
			return guest + " visits " + t.Place
		}
		if len(t.People) == 1 && t.Place != "" {
			if !t.Local && len(t.Homes) == 1 && t.Homes[0] == t.Host {
				// Named only with his own country: he is the host.
				return t.People[0] + " hosts a visit"
			}
			if t.Local && t.Foreign && len(t.Homes) == 1 && t.Homes[0] == t.Host {
				// In a city of his own country, with another country
				// named: the guest is someone the lists do not know
				// ("رئیسی", Raisi, is also "main"), and he the host:
				// no "Vladimir Putin visits Moscow".
				return t.People[0] + " hosts a visit in " + t.Place
			}
			return t.People[0] + verb + t.Place
		}
		if who == "" && org != "" {
			// An organisation visits through its envoys: "EU visit".
			if t.Place != "" {
				return org + " visit to " + t.Place
			}
			return org + " visit"
		}
		if len(t.People) >= 2 {
			// The guest and the host, in an order the text does not
			// tell: what is sure is that they met.
			return in(who + " meet")
		}
		if who != "" && t.Place != "" {
			return "Visit of " + who + " to " + t.Place
		}
		if who != "" {
			return "Visit of " + who
		}
		return withPlaceOr("Visit", t.Place, "")
	case Talks:
		if guest, host, ok := t.guest(); ok && host != "" && len(t.People) == 2 {
			return in(guest + " and " + host + " hold talks")
		}
		if len(t.People) >= 2 {
			return in(who + " hold talks")
		}
		if lead != "" {
			return in("Talks with " + lead)
		}
		return in("Talks")
	case Meeting:
		if org != "" && (t.OrgFirst || len(t.People) < 2) {
			return in(org + " meeting")
		}
		if len(t.People) >= 2 {
			if guest, host, ok := t.guest(); ok && host != "" {
				return in(guest + " and " + host + " meet")
			}
			return in(who + " meet")
		}
		if who != "" {
			return in("Meeting with " + who)
		}
		return in("Meeting")
	case Contest:
		return withPlaceOr("Contest", t.Place, who)
	case Result:
		// Where a result is won is seldom where it is told: no place.
		if len(t.People) == 1 {
			return t.People[0] + " wins"
		}
		if who != "" {
			return "Results for " + who
		}
		if org != "" {
			return org + " wins"
		}
		return in("Results announced")
	case Appointment:
		if who != "" {
			return who + " appointed"
		}
		return in("Appointment")
	case Death:
		if who != "" {
			return "Death of " + who
		}
		return withPlaceOr("Deaths", t.Place, org)
	case Decision:
		if lead != "" {
			return in("Decision by " + lead)
		}
		return in("Decision")
	case Opening:
		if t.has(qInForce) {
			if lead != "" {
				return lead + " measure enters into force"
			}
			return in("Measure enters into force")
		}
		if who != "" {
			return in("Launch by " + who)
		}
		if org != "" {
			// What an organisation "began" or "was launched" is itself
			// more often than not: the format, the forum.
			return in("Launch of " + org)
		}
		return in("Opening")
	case Announcement:
		if lead != "" {
			return in("Announcement by " + lead)
		}
		return in("Announcement")
	}
	if lead != "" {
		return in("Event involving " + lead)
	}
	return in("Event")
}

// withThe returns a place's name as English writes it after "in": with
// "the" for the United States, the Netherlands, the Caucasus…
func withThe(place string) string {
	switch {
	case place == "":
		return ""
	case strings.HasPrefix(place, "United "), strings.Contains(place, "Republic"), strings.HasSuffix(place, " Islands"),
		strings.HasSuffix(place, " Sea"), strings.HasSuffix(place, " East"):
		return "the " + place
	}
	switch place {
	case "Netherlands", "Philippines", "Bahamas", "Maldives", "Comoros", "Seychelles", "Gambia", "Caucasus", "Balkans", "Vatican City":
		return "the " + place
	}
	return place
}

func withPlaceOr(what, place, who string) string {
	switch {
	case place != "":
		return what + " in " + place
	case who != "":
		return what + " involving " + who
	}
	return what
}

// joinNames joins at most n names: "A", "A and B", "A, B and C".
func joinNames(names []string, n int) string {
	if len(names) > n {
		names = names[:n]
	}
	if len(names) < 3 {
		return strings.Join(names, " and ")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// capitalise makes the first letter of an English phrase upper case.
func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// article puts "a" or "an" before an English noun ("an election").
func article(what string) string {
	if what != "" && strings.ContainsRune("aeiou", rune(what[0])) {
		return "an " + what
	}
	return "a " + what
}

// titleParts gathers the parts of a cluster's title: the names most of its
// members give, with their English display names from the corpus.
func titleParts(kind Kind, cl *Cluster, byID map[string]*data.Name, h *homes) TitleParts {
	t := TitleParts{Kind: kind}
	quals := map[qualifier]int{}
	actorCount := map[string]int{}
	for _, c := range cl.Members {
		for q := range c.quals.all() {
			quals[q]++
		}
		weight := 2
		if c.Context {
			weight = 1
		}
		for _, id := range c.Actors() {
			// An undated lead sentence holds its lead's names: the
			// people of a meeting, but not who died or was sworn in,
			// which only those it names itself may be (see
			// namesPeople).
			keep := !c.Undated || !governs(kind) || ownActor(c, id)
			// A message's sender is not at the visit that carried it
			// (see senderOnly).
			if keep && !(diplomatic(kind) && senderOnly(c, id)) {
				actorCount[id] += weight
			}
		}
	}
	for _, q := range qualifiers {
		// qElect is a title ("president-elect"), never a title's word.
		if q != qElect && quals[q] > 0 {
			t.quals = append(t.quals, q)
		}
	}
	t.quals = stagesMostSay(t.quals, quals, len(cl.Members))
	// Presidential and parliamentary both said: the more often said.
	if quals[qPresidential] > 0 && quals[qParliamentary] > quals[qPresidential] {
		t.quals = removeQual(t.quals, qPresidential)
	}
	if h != nil && h.byID == nil {
		h.byID = byID // placeFor, called next for the event's place, reads it too
	}
	place := placeFor(kind, cl, newTitlePlaces(cl, h))
	if kind == Election && t.has(qConclave) {
		// A conclave is held in the Vatican; the country the reports or
		// the cardinal elected come from is not its place.
		place = ""
		if namesPlace(cl, "vatican") {
			place = "vatican"
		}
	}
	if kind == Election && place != "" && (t.has(qPresidential) || t.has(qParliamentary)) {
		if n := byID[place]; n != nil && n.Country != "" {
			// A president or a parliament is a country's: a presidential
			// election "held across territory in Karabakh" is
			// Azerbaijan's, one told from Astana Kazakhstan's.
			place = n.Country
		}
	}
	t.Body = kind == Election && place == "" && bodyVote(cl)
	if place != "" {
		t.placeID = place
		t.Place, t.Local = displayOn(byID, place, cl.Span), !countries()[place]
		if !t.Local {
			t.Host = t.Place
		} else if n := byID[place]; n != nil && n.Country != "" {
			t.Host = display(byID, n.Country)
		}
	}
	if kind == Visit && t.Local && t.Host != "" {
		t.Foreign = namesForeign(cl, t.Host, byID, h)
	}
	for id := range reporters(cl) {
		delete(actorCount, id)
	}
	top := topNames(actorCount, 3)
	if governs(kind) {
		// Who died, was sworn in, appointed or arrested is whom the
		// kind's words govern, not who is named most (see subjects). The
		// dead are often nobody the lists know: no one is named then when
		// the reports name people and none is governed. Who takes an oath
		// is often told by a pronoun ("his inauguration"): the most named
		// stays.
		subj, own := subjects(cl.Members, kind)
		switch {
		case len(subj) > 0:
			top = topNames(subj, 2)
		case kind == Inauguration:
			// Nobody governed: the terms of office tell who took
			// office that day (see inaugurated).
			top = topNames(inaugurated(actorCount, byID, cl.Span), 3)
		case own && (kind == Death || kind == Funeral), kind == Arrest || kind == Verdict:
			// Nor is the one arrested whom the paragraph names: the
			// head of state whose rival was detained ("Erdoğan's main
			// rival … was detained on Wednesday"). A head of state is
			// seldom the one arrested; his name is the news's frame.
			top = nil
		}
	}
	if kind == Result && !slices.ContainsFunc(cl.Members, func(c *Candidate) bool { return !c.Context && !c.Undated }) {
		// Who won is not told by a result whose sentences name no one:
		// the paragraph's person is as often the loser congratulating
		// ("Il a félicité son successeur … avant la publication des
		// résultats": no "Hassan Rouhani wins").
		top = nil
	}
	for i, id := range top {
		n := byID[id]
		if n != nil && n.Kind == data.Organisation && !acronym(n) {
			if t.Held == "" && holdsIt(kind, t, id) {
				t.Held = orgName(n) // "Roland Garros" of its final
			}
			// A body of members has an acronym (SCO, UN, OPEC); a seat
			// of government or a newsroom (the Kremlin, Xinhua,
			// Reuters) speaks for a country or reports, and is no
			// party: no "Kremlin summit in Azerbaijan".
			continue
		}
		if n != nil && n.Kind == data.Organisation {
			t.Orgs = append(t.Orgs, orgName(n))
			t.OrgFirst = t.OrgFirst || i == 0
			continue
		}
		// A third person named far less than the first is a bystander
		// ("in the presence of the foreign minister"), not a party.
		if len(t.People) == 2 && actorCount[id]*2 < actorCount[top[0]] {
			continue
		}
		t.People = append(t.People, display(byID, id))
		home := ""
		if n != nil && n.Country != "" {
			home = display(byID, n.Country)
		}
		t.Homes = append(t.Homes, home)
	}
	return t
}

// namesForeign reports whether a member of the cluster names, not in its
// dateline, a country whose display name is not host, or is of an article
// about such a country (see homes): a report from Tehran of a meeting with
// Putin in Moscow is of Iran's visitors.
func namesForeign(cl *Cluster, host string, byID map[string]*data.Name, h *homes) bool {
	for _, c := range cl.Members {
		if h != nil {
			if id := h.country(c); id != "" && display(byID, id) != host {
				return true
			}
		}
		for _, id := range c.Places() {
			if countries()[id] && id != c.Dateline() && display(byID, id) != host {
				return true
			}
		}
	}
	return false
}

// namesPlace reports whether a member of the cluster names place id, in
// its dateline too.
func namesPlace(cl *Cluster, id string) bool {
	for _, c := range cl.Members {
		if slices.Contains(c.Places(), id) {
			return true
		}
	}
	return false
}

func removeQual(qs []qualifier, q qualifier) []qualifier {
	out := qs[:0]
	for _, x := range qs {
		if x != q {
			out = append(out, x)
		}
	}
	return out
}

// display returns the English display name of a name id.
func display(byID map[string]*data.Name, id string) string {
	if n := byID[id]; n != nil && n.English != "" {
		return n.English
	}
	return id
}

// displayOn returns the English name a place had at the time of span s
// ("Nur-Sultan" for an event of 2021): a title says what the reports of
// that time said. A span across a renaming keeps the display name.
func displayOn(byID map[string]*data.Name, id string, s data.Span) string {
	n := byID[id]
	if n == nil || n.English == "" {
		return id
	}
	if first := n.EnglishOn(s.Start); first == n.EnglishOn(s.Last()) {
		return first
	}
	return n.English
}

// acronym reports whether an organisation has an English acronym (see
// orgName).
func acronym(n *data.Name) bool { return orgName(n) != n.English || isAcronym(n.English) }

// isAcronym reports whether s is written as an acronym: "SCO", "G20".
func isAcronym(s string) bool {
	return len(s) >= 2 && len(s) <= 6 && strings.ToUpper(s) == s && strings.ToLower(s) != s
}

// orgName is how a title names an organisation: by its English acronym
// when it has one ("SCO summit", not "Shanghai Cooperation Organisation
// summit"), else by its display name.
func orgName(n *data.Name) string {
	for _, s := range n.Spellings["en"] {
		if isAcronym(s) {
			return s
		}
	}
	return n.English
}

// scenePlace is where a cluster's event happened: the place its members
// most often name nearest to the words for what happened, else the place
// they name most.
func scenePlace(cl *Cluster, t *titlePlaces) string {
	scenes, places := map[string]int{}, map[string]int{}
	for i, c := range cl.Members {
		weight := 2
		if c.Context || c.Undated {
			weight = 1
		}
		if s := t.sceneOf(i); s != "" {
			scenes[s] += weight
		}
		for _, id := range c.Places() {
			if id != c.Dateline() && !t.notHere(i, id) {
				places[id] += weight
			}
		}
	}
	if top := topNames(scenes, 1); len(top) > 0 {
		return top[0]
	}
	if top := topNames(places, 1); len(top) > 0 {
		return top[0]
	}
	return ""
}

// countries are the ids of the shipped country names (generated from
// CLDR and iso-codes): what "Kazakhstan presidential election" needs, as
// a city is what "SCO summit in Astana" needs.
var countries = sync.OnceValue(func() map[string]bool { return idsOfShippedFile(knowledge.Generated) })

// idsOfShippedFile is the set of the name ids of one shipped knowledge
// file, empty if it does not load (the tests of the shipped lists say why).
func idsOfShippedFile(file string) map[string]bool {
	set := map[string]bool{}
	b, err := fs.ReadFile(knowledge.FS, file)
	if err != nil {
		return set
	}
	names, err := data.ParseNames(file, b)
	if err != nil {
		return set
	}
	for _, n := range names {
		set[n.ID] = true
	}
	return set
}

// placeFor is where an event of the kind happened, among the places its
// members name: a country for a national vote or emergency, a city (a
// place that is no country) for a summit or a meeting when one is named,
// else the scene (see scenePlace).
//
// A national vote whose passages name no country takes the country their
// articles name most (see homes): "the 2016 elections" of an Uzbek
// report are Uzbekistan's.
func placeFor(kind Kind, cl *Cluster, t *titlePlaces) string {
	h := t.h
	var wantCountry bool
	switch kind {
	case Election, Referendum, Emergency:
		wantCountry = true
	case Commemoration:
		return mourningPlace(cl, t)
	case Summit, Meeting, Visit, Talks, Agreement, Exchange:
		// Leaders meet in a city: "meet in Astana", not in the country
		// one of them comes from. So do the two sides of a prisoner
		// exchange, at an airport of a third country: the countries and
		// capitals nearest the word are its parties ("the exchange
		// between Moscow and the West", "Gefangenenaustausch mit
		// Russland"), Ankara is where it took place.
	case Ceasefire, Attack, Clash, Protest, Disaster, Arrest, Death, Verdict, Funeral:
		// What happens on the ground happens somewhere in a country.
		return within(scenePlace(cl, t), cl, t)
	default:
		return scenePlace(cl, t)
	}
	vote := kind == Election || kind == Referendum
	if kind == Election && bodyVote(cl) {
		// A board's or an assembly's vote is no country's, even one its
		// words govern: "the U.N. General Assembly voted in March to
		// demand that Russia withdraw its troops from Ukraine".
		return ""
	}
	count, inCountry := map[string]int{}, map[string]int{}
	for i, c := range cl.Members {
		for _, id := range c.Places() {
			if countries()[id] == wantCountry && id != c.Dateline() && !t.notHere(i, id) && (!vote || votersCountry(c, id)) {
				n := 1
				if id == t.sceneOf(i) {
					n++
				}
				count[id] += n
				if h.located(id) {
					inCountry[id] += n
				}
			}
		}
	}
	// A city or province (a place with a country) before a region such
	// as Central Asia, which names no place to meet.
	if top := topNames(inCountry, 1); len(top) > 0 {
		return top[0]
	}
	if top := topNames(count, 1); len(top) > 0 {
		return top[0]
	}
	if wantCountry && h != nil {
		// Each article once: one that tells the vote in many sentences
		// does not outvote the others.
		seen := map[*data.Article]bool{}
		for _, c := range cl.Members {
			if id := h.country(c); id != "" && !seen[c.Article] {
				seen[c.Article] = true
				count[id]++
			}
		}
		if top := topNames(count, 1); len(top) > 0 {
			return top[0]
		}
	}
	return scenePlace(cl, t)
}

// within returns, when place is a country, the city or province in it
// that most of the cluster's articles name ("Ceasefire in
// Nagorno-Karabakh", not "in Azerbaijan"); else place. On a tie it keeps
// the country: "Baku" is as often the government as the front.
func within(place string, cl *Cluster, t *titlePlaces) string {
	h := t.h
	if place == "" || !countries()[place] || h == nil || h.byID == nil {
		return place
	}
	seen := map[string]map[*data.Article]bool{}
	for i, c := range cl.Members {
		for _, id := range c.Places() {
			if n := h.byID[id]; n != nil && n.Country == place && id != c.Dateline() && ownPlace(c, id) && !t.notHere(i, id) {
				if seen[id] == nil {
					seen[id] = map[*data.Article]bool{}
				}
				seen[id][c.Article] = true
			}
		}
	}
	count := map[string]int{}
	for id, arts := range seen {
		count[id] = len(arts)
	}
	top := topNames(count, 2)
	if len(top) == 0 || (len(top) == 2 && count[top[0]] == count[top[1]]) {
		return place
	}
	return top[0]
}

// ownPlace reports whether c names place id in its own words: a headline's
// names may be its lead's (see Candidate.Context), where a dateline's
// place is told from the scene (see notHere), not in the headline.
func ownPlace(c *Candidate, id string) bool {
	for _, x := range c.evidence {
		if x.kind == cluePlace && refName(x.ref) == id {
			return true
		}
	}
	return false
}

// homes knows the country each article is about: the one its dated
// statements name most. It is worked out for every article before the
// events are built (see homesOf), so that the candidates need not be
// kept for it: each cluster's are let go once its event is built.
type homes struct {
	of   []string              // by the article's order in the corpus; "" when it names none
	byID map[string]*data.Name // the corpus's names, set by titleParts
}

// homesOf works out, on every core, the country each article's
// candidates (per, by the article's order) name most.
func homesOf(per [][]Candidate) []string {
	of := make([]string, len(per))
	onEveryCore(len(per), func() func(int) {
		count := map[string]int{}
		return func(i int) {
			clear(count)
			for _, x := range per[i] {
				for _, id := range x.Places() {
					if countries()[id] {
						count[id]++
					}
				}
			}
			if top := topNames(count, 1); len(top) > 0 {
				of[i] = top[0]
			}
		}
	})
	return of
}

// located reports whether place id lies in a known country: a city or a
// province, not a region such as Central Asia.
func (h *homes) located(id string) bool {
	if h == nil || h.byID == nil {
		return false
	}
	n := h.byID[id]
	return n != nil && n.Country != ""
}

// country returns the country the article of candidate c names most, or
// "" when it names none.
func (h *homes) country(c *Candidate) string {
	if c.Order >= 0 && c.Order < len(h.of) {
		return h.of[c.Order]
	}
	return ""
}
