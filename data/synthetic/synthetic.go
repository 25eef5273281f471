package synthetic

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing/fstest"
	"time"
	"unicode"
	"unicode/utf8"
)

// GenerateCorpus writes n synthetic news articles into dir, creating it if
// needed, for trying Caravan on a corpus larger than the seeds. The same
// seed always writes the same files.
//
// A folder that already holds anything is refused unless force is set, so
// that an analyst's folder is not mixed with invented articles by a slip
// of --out. dir itself must not be a link, and no link is followed: each
// file is written under a temporary name and renamed into place, which
// replaces whatever was at that name (a link included) instead of writing
// through it, and leaves no half-written article if the run is stopped.
//
// The articles are in the seed languages and styles (Dutch, German and
// Arabic, with some English, French and Russian): 3–6 KB each, some with a
// " date YYYY-MM[-DD]" header and some undated, some with repeated passages
// or one line per paragraph, a few exact duplicates under another name and a
// few impossible headers. They report the stories of the seeds (the unrest in
// Kazakhstan, Xi Jinping's visit, the SCO summit in Samarkand, the
// China–Central Asia summit) with their people, places, weekdays and dates,
// so that dating and linking have work to do. Sentences are built from
// templates and word lists per language, not copied from the seeds.
func GenerateCorpus(dir string, n int, seed int64, force bool) error {
	if n < 0 {
		return fmt.Errorf("generating a corpus: %d articles", n)
	}
	if err := prepareOutFolder(dir, force); err != nil {
		return fmt.Errorf("generating a corpus: %w", err)
	}
	for i := range n {
		a := generateArticle(seed, i)
		if err := writeReplacing(filepath.Join(dir, a.name), a.text); err != nil {
			return fmt.Errorf("generating a corpus: %w", err)
		}
	}
	return nil
}

// ErrFolderNotEmpty is the reason GenerateCorpus refuses a folder that
// already holds files.
var ErrFolderNotEmpty = errors.New("folder is not empty")

// prepareOutFolder makes dir, or checks that it is a real folder that is
// empty (or that force is set).
func prepareOutFolder(dir string, force bool) error {
	info, err := os.Lstat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return os.MkdirAll(dir, 0o755)
	case err != nil:
		return err
	case info.Mode()&fs.ModeSymlink != 0:
		return fmt.Errorf("%s is a link: give the folder itself (links are not followed)", dir)
	case !info.IsDir():
		return fmt.Errorf("%s exists and is not a folder", dir)
	}
	if force {
		return nil
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	if len(entries) > 0 {
		return fmt.Errorf("%s: %w (%d entries); choose a new or empty folder, or pass --force to write into it anyway", dir, ErrFolderNotEmpty, len(entries))
	}
	return nil
}

// writeReplacing writes text to path through a temporary file in the same
// folder renamed over path, so that path is either the old entry or the
// whole new file, and a link at path is replaced, not written through.
func writeReplacing(path string, text []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	_, err = tmp.Write(text)
	if closeErr := tmp.Close(); err == nil {
		err = closeErr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return nil
}

// GenerateFS returns the n articles GenerateCorpus would write for the
// seed, in memory, for benchmarks and tests.
func GenerateFS(n int, seed int64) fs.FS {
	fsys := make(fstest.MapFS, n)
	for i := range n {
		a := generateArticle(seed, i)
		fsys[a.name] = &fstest.MapFile{Data: a.text, Mode: 0o644}
	}
	return fsys
}

// Shares of the generated articles with each feature, in percent.
const (
	synthHeaderShare      = 60 // have a date header …
	synthDayHeaderShare   = 30 // … of which give a day rather than a month
	synthBadHeaderShare   = 2  // … of which are impossible dates
	synthPerLineShare     = 35 // one paragraph per line, no blank lines
	synthRepeatShare      = 10 // repeat a passage or the whole text
	synthDuplicateShare   = 1  // copy an earlier article under a new name
	synthHeadingShare     = 10 // chance of a heading before a paragraph
	synthMinBytes         = 3000
	synthMaxBytes         = 6000
	synthMaxSentencesPara = 4
)

// generatedArticle is one file of a synthetic corpus and the language it
// was written in.
type generatedArticle struct {
	name, language string
	text           []byte
}

// generateArticle makes the i-th article for a seed. Every article has its
// own random source, derived from the seed and its index, so an article can
// be made again on its own, which is how duplicates copy earlier ones.
func generateArticle(seed int64, i int) generatedArticle {
	rng := rand.New(rand.NewPCG(uint64(seed), uint64(i)))
	name := fmt.Sprintf("%05d_%016x.txt", i, rng.Uint64())
	if i > 0 && rng.IntN(100) < synthDuplicateShare {
		original := generateArticle(seed, rng.IntN(i))
		original.name = name
		return original
	}
	g := articleGenerator{rng: rng, lang: pickLanguage(rng), story: &synthStories[rng.IntN(len(synthStories))]}
	return generatedArticle{name: name, language: g.lang.code, text: []byte(g.write())}
}

// articleGenerator writes one article: a language, a story and dice.
type articleGenerator struct {
	rng   *rand.Rand
	lang  *synthLanguage
	story *synthStory
}

func (g *articleGenerator) chance(percent int) bool { return g.rng.IntN(100) < percent }

func (g *articleGenerator) write() string {
	perLine := g.chance(synthPerLineShare)
	target := synthMinBytes + g.rng.IntN(synthMaxBytes-synthMinBytes)
	var (
		paragraphs []string
		size       int
		seen       = map[string]bool{}
	)
	// Templates are dealt from a shuffled deck, so sentences do not repeat
	// until every template has been used once.
	deck := g.rng.Perm(len(g.lang.templates))
	next := 0
	for size < target {
		if !perLine && len(paragraphs) > 0 && g.chance(synthHeadingShare) {
			heading := g.lang.headings[g.rng.IntN(len(g.lang.headings))]
			if !seen[heading] {
				seen[heading] = true
				paragraphs = append(paragraphs, heading)
			}
		}
		sentences := 1 + g.rng.IntN(synthMaxSentencesPara)
		if perLine {
			sentences = 1 + g.rng.IntN(2)
		}
		var p strings.Builder
		for s := range sentences {
			if next == len(deck) {
				deck, next = g.rng.Perm(len(g.lang.templates)), 0
			}
			if s > 0 {
				p.WriteByte(' ')
			}
			p.WriteString(g.fill(g.lang.templates[deck[next]]))
			next++
		}
		// Repeats are made on purpose below, never by chance.
		if seen[p.String()] {
			continue
		}
		seen[p.String()] = true
		paragraphs = append(paragraphs, p.String())
		size += p.Len()
	}

	if g.chance(synthRepeatShare) {
		if g.chance(50) {
			// The whole text again, as when a page is pasted twice.
			paragraphs = append(paragraphs, paragraphs[1:]...)
		} else {
			paragraphs = append(paragraphs, paragraphs[g.rng.IntN(len(paragraphs))])
		}
	}
	separator := "\n\n"
	if perLine {
		separator = "\n"
	}
	return g.header() + strings.Join(paragraphs, separator) + "\n"
}

// header writes a date header, or nothing, with the body on the same line
// as in most of the seeds, or on the next.
func (g *articleGenerator) header() string {
	if !g.chance(synthHeaderShare) {
		return ""
	}
	var date string
	end := g.story.end
	switch {
	case g.chance(synthBadHeaderShare):
		date = fmt.Sprintf("%d-13", end.Year())
	case g.chance(synthDayHeaderShare):
		// Reports appear on the last day of events or the day after.
		date = end.AddDate(0, 0, g.rng.IntN(2)).Format(time.DateOnly)
	default:
		date = end.Format("2006-01")
	}
	lead, after := " ", " "
	if g.chance(20) {
		lead = ""
	}
	if g.chance(25) {
		after = "\n"
	}
	return lead + "date " + date + after
}

// fill replaces the {slots} of a template. A slot written with a capital
// ({Event}) gets its value with a capital, for the start of a sentence.
func (g *articleGenerator) fill(template string) string {
	var b strings.Builder
	for {
		open := strings.IndexByte(template, '{')
		if open < 0 {
			b.WriteString(template)
			return b.String()
		}
		end := strings.IndexByte(template[open:], '}') + open
		b.WriteString(template[:open])
		slot := template[open+1 : end]
		value := g.slot(strings.ToLower(slot))
		if first, _ := utf8.DecodeRuneInString(slot); unicode.IsUpper(first) {
			value = capitalize(value)
		}
		b.WriteString(value)
		template = template[end+1:]
	}
}

func capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

func (g *articleGenerator) slot(name string) string {
	l, st := g.lang, g.story
	switch name {
	case "actor":
		return st.actor.in(l.code)
	case "other":
		return st.other.in(l.code)
	case "place":
		return st.place.in(l.code)
	case "country":
		return st.country.in(l.code)
	case "org":
		return st.org.in(l.code)
	case "event":
		return st.event[l.code]
	case "num":
		return strconv.Itoa(2 + g.rng.IntN(90))
	case "weekday":
		// The weekday of a day of the story, or of the day after it, so that
		// it can be pinned down.
		return l.weekdays[g.storyDay(1).Weekday()]
	case "date":
		d := g.storyDay(0)
		if g.chance(30) {
			return l.format(l.dayYear, d, d)
		}
		return l.format(l.day, d, d)
	case "range":
		return l.format(l.span, st.start, st.end)
	case "month":
		// Some months before the story: background, not the news.
		m := st.start.AddDate(0, -1-g.rng.IntN(6), 0)
		return l.format(l.month, m, m)
	case "background":
		covid := time.Date(2020, time.January, 1, 0, 0, 0, 0, time.UTC)
		return l.format(l.month, covid, covid)
	}
	panic("synthetic corpus: unknown template slot " + name)
}

// storyDay is a random day of the story, or up to extra days after it.
func (g *articleGenerator) storyDay(extra int) time.Time {
	days := int(g.story.end.Sub(g.story.start).Hours()/24) + 1 + extra
	return g.story.start.AddDate(0, 0, g.rng.IntN(days))
}

func pickLanguage(rng *rand.Rand) *synthLanguage {
	total := 0
	for _, l := range synthLanguages {
		total += l.weight
	}
	n := rng.IntN(total)
	for i := range synthLanguages {
		if n < synthLanguages[i].weight {
			return &synthLanguages[i]
		}
		n -= synthLanguages[i].weight
	}
	return &synthLanguages[0]
}

// synthStory is a news story the synthetic articles report.
type synthStory struct {
	start, end time.Time // the days it happened, inclusive
	actor      synthName // the main actor
	other      synthName // whom they met or dealt with
	place      synthName
	country    synthName
	org        synthName
	event      map[string]string // the story as a noun phrase, per language, in the case the templates need
}

// synthName is a name as each language writes it, in the form and case
// that language's templates use it in.
type synthName map[string]string

func (n synthName) in(lang string) string { return n[lang] }

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

var (
	synthXi      = synthName{"nl": "Xi Jinping", "de": "Xi Jinping", "en": "Xi Jinping", "fr": "Xi Jinping", "ru": "Си Цзиньпин", "ar": "شي جين بينغ"}
	synthTokajev = synthName{"nl": "Tokajev", "de": "Tokajew", "en": "Tokayev", "fr": "Tokaïev", "ru": "Токаев", "ar": "توكاييف"}
	synthPoetin  = synthName{"nl": "Poetin", "de": "Putin", "en": "Putin", "fr": "Poutine", "ru": "Путин", "ar": "بوتين"}
	// Russian places are in the prepositional case ("в Самарканде"); French
	// countries carry their article ("le Kazakhstan").
	synthAlmaty     = synthName{"nl": "Almaty", "de": "Almaty", "en": "Almaty", "fr": "Almaty", "ru": "Алматы", "ar": "ألماتي"}
	synthNurSultan  = synthName{"nl": "Nur-Sultan", "de": "Nur-Sultan", "en": "Nur-Sultan", "fr": "Nour-Soultan", "ru": "Нур-Султане", "ar": "نور سلطان"}
	synthSamarkand  = synthName{"nl": "Samarkand", "de": "Samarkand", "en": "Samarkand", "fr": "Samarcande", "ru": "Самарканде", "ar": "سمرقند"}
	synthXian       = synthName{"nl": "Xi'an", "de": "Xi'an", "en": "Xi'an", "fr": "Xi'an", "ru": "Сиане", "ar": "شيان"}
	synthKazakhstan = synthName{"nl": "Kazachstan", "de": "Kasachstan", "en": "Kazakhstan", "fr": "le Kazakhstan", "ru": "Казахстан", "ar": "كازاخستان"}
	synthUzbekistan = synthName{"nl": "Oezbekistan", "de": "Usbekistan", "en": "Uzbekistan", "fr": "l'Ouzbékistan", "ru": "Узбекистан", "ar": "أوزبكستان"}
	synthTajikistan = synthName{"nl": "Tadzjikistan", "de": "Tadschikistan", "en": "Tajikistan", "fr": "le Tadjikistan", "ru": "Таджикистан", "ar": "طاجيكستان"}
	synthSCO        = synthName{"nl": "SSO", "de": "SCO", "en": "SCO", "fr": "OCS", "ru": "ШОС", "ar": "منظمة شنغهاي للتعاون"}
	synthCSTO       = synthName{"nl": "CSTO", "de": "OVKS", "en": "CSTO", "fr": "OTSC", "ru": "ОДКБ", "ar": "منظمة معاهدة الأمن الجماعي"}
)

// synthStories are the seeds' stories. German events are in the dative,
// Russian ones in the genitive, as the templates use them.
var synthStories = []synthStory{
	{
		start: day(2022, time.January, 2), end: day(2022, time.January, 11),
		actor: synthTokajev, other: synthPoetin, place: synthAlmaty, country: synthKazakhstan, org: synthCSTO,
		event: map[string]string{
			"nl": "de onrust in Kazachstan", "de": "den Unruhen in Kasachstan", "en": "the unrest in Kazakhstan",
			"fr": "les troubles au Kazakhstan", "ru": "беспорядков в Казахстане", "ar": "الاضطرابات في كازاخستان",
		},
	},
	{
		start: day(2022, time.September, 14), end: day(2022, time.September, 15),
		actor: synthXi, other: synthTokajev, place: synthNurSultan, country: synthKazakhstan, org: synthSCO,
		event: map[string]string{
			"nl": "het staatsbezoek van Xi aan Kazachstan", "de": "dem Staatsbesuch von Xi in Kasachstan", "en": "Xi's state visit to Kazakhstan",
			"fr": "la visite d'État de Xi au Kazakhstan", "ru": "государственного визита Си в Казахстан", "ar": "زيارة الدولة التي قام بها شي إلى كازاخستان",
		},
	},
	{
		start: day(2022, time.September, 15), end: day(2022, time.September, 16),
		actor: synthXi, other: synthPoetin, place: synthSamarkand, country: synthUzbekistan, org: synthSCO,
		event: map[string]string{
			"nl": "de top van de SSO in Samarkand", "de": "dem SCO-Gipfel in Samarkand", "en": "the SCO summit in Samarkand",
			"fr": "le sommet de l'OCS à Samarcande", "ru": "саммита ШОС в Самарканде", "ar": "قمة منظمة شنغهاي للتعاون في سمرقند",
		},
	},
	{
		start: day(2023, time.May, 18), end: day(2023, time.May, 19),
		actor: synthXi, other: synthTokajev, place: synthXian, country: synthTajikistan, org: synthSCO,
		event: map[string]string{
			"nl": "de top van China en Centraal-Azië in Xi'an", "de": "dem Gipfel China–Zentralasien in Xi'an", "en": "the China–Central Asia summit in Xi'an",
			"fr": "le sommet Chine-Asie centrale à Xi'an", "ru": "саммита «Китай — Центральная Азия» в Сиане", "ar": "قمة الصين وآسيا الوسطى في شيان",
		},
	},
}

// synthLanguage is what the generator needs to write news in a language.
type synthLanguage struct {
	code   string
	weight int // share of the corpus

	// Date formats, with {d} {m} {y} for the first day and {d2} for the
	// last of a span.
	day, dayYear, span, month string
	months                    [12]string // in the case the formats need
	weekdays                  [7]string  // Sunday first, with the preposition a date needs ("am Freitag")

	headings  []string
	templates []string
}

// format writes a date or a span of days in the same month.
func (l *synthLanguage) format(layout string, first, last time.Time) string {
	d := strconv.Itoa(first.Day())
	if l.code == "fr" && first.Day() == 1 {
		d = "1er"
	}
	return strings.NewReplacer(
		"{d2}", strconv.Itoa(last.Day()),
		"{d}", d,
		"{m}", l.months[first.Month()-1],
		"{y}", strconv.Itoa(first.Year()),
	).Replace(layout)
}

var synthLanguages = []synthLanguage{
	{
		code: "nl", weight: 25,
		day: "{d} {m}", dayYear: "{d} {m} {y}", span: "{d} tot {d2} {m}", month: "{m} {y}",
		months:   [12]string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
		weekdays: [7]string{"zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"},
		headings: []string{"Achtergrond", "Reacties", "Terrorismebestrijding", "Handel", "Lees ook:"},
		templates: []string{
			"{Actor} heeft {weekday} in {place} gesproken over de toekomst van de regio.",
			"Volgens de {org} namen {num} delegaties deel aan de gesprekken na {event}.",
			"{Event} duurde van {range}, meldden staatsmedia.",
			"Op {date} maakte {actor} bekend dat {country} nauwer wil samenwerken met China.",
			"De regering van {country} noemde {event} van groot belang voor de stabiliteit in Centraal-Azië.",
			"Analisten herinneren eraan dat de spanningen in de regio al sinds {background} oplopen.",
			"{Other} en {actor} spraken elkaar {weekday} urenlang achter gesloten deuren.",
			"Meer dan {num} journalisten volgden de gebeurtenissen in {place}.",
			"De handel tussen China en {country} groeide vorig jaar met {num} procent.",
			"Critici zeggen dat de gewone bevolking weinig merkt van de afspraken.",
			"Het ministerie van Buitenlandse Zaken in Peking sprak {weekday} van ‘open en constructieve’ gesprekken.",
			"In {place} waren de straten {weekday} grotendeels leeg, schrijven correspondenten.",
			"Sinds {month} is de toon tussen de buurlanden merkbaar veranderd.",
			"Diplomaten verwachten dat {actor} na {event} opnieuw naar {place} reist.",
			"Een woordvoerder van {actor} wilde niet reageren op vragen van journalisten.",
		},
	},
	{
		code: "de", weight: 20,
		day: "{d}. {m}", dayYear: "{d}. {m} {y}", span: "{d}. bis {d2}. {m}", month: "{m} {y}",
		months:   [12]string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
		weekdays: [7]string{"am Sonntag", "am Montag", "am Dienstag", "am Mittwoch", "am Donnerstag", "am Freitag", "am Samstag"},
		headings: []string{"Hintergrund", "Reaktionen", "Sicherheit", "Handel"},
		templates: []string{
			"{Actor} hat {weekday} in {place} über die Zukunft der Region gesprochen.",
			"Nach Angaben der {org} nahmen {num} Delegationen an den Gesprächen nach {event} teil.",
			"Staatsmedien berichteten, die Treffen hätten vom {range} gedauert.",
			"Am {date} gab {actor} bekannt, dass {country} enger mit China zusammenarbeiten wolle.",
			"Die Regierung von {country} bezeichnete das Treffen als wichtig für die Stabilität in Zentralasien.",
			"Beobachter erinnern daran, dass die Spannungen in der Region seit {background} zunehmen.",
			"{Other} und {actor} sprachen {weekday} stundenlang hinter verschlossenen Türen.",
			"Mehr als {num} Journalisten verfolgten die Ereignisse in {place}.",
			"Der Handel zwischen China und {country} wuchs im vergangenen Jahr um {num} Prozent.",
			"Kritiker sagen, die Bevölkerung merke wenig von den Vereinbarungen.",
			"Das Außenministerium in Peking sprach {weekday} von „offenen und konstruktiven“ Gesprächen.",
			"In {place} waren die Straßen {weekday} weitgehend leer, berichten Korrespondenten.",
			"Seit {month} hat sich der Ton zwischen den Nachbarländern spürbar verändert.",
			"Diplomaten erwarten, dass {actor} nach {event} erneut nach {place} reist.",
			"Ein Sprecher von {actor} wollte sich zu Fragen von Journalisten nicht äußern.",
		},
	},
	{
		code: "ar", weight: 25,
		day: "{d} {m}", dayYear: "{d} {m} {y}", span: "{d} إلى {d2} {m}", month: "{m} {y}",
		months:   [12]string{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"},
		weekdays: [7]string{"يوم الأحد", "يوم الاثنين", "يوم الثلاثاء", "يوم الأربعاء", "يوم الخميس", "يوم الجمعة", "يوم السبت"},
		headings: []string{"خلفية", "ردود فعل", "الأمن", "التجارة"},
		templates: []string{
			"تحدث {actor} {weekday} في {place} عن مستقبل المنطقة.",
			"وبحسب {org} ، شارك {num} وفدا في المحادثات التي أعقبت {event}.",
			"وذكرت وسائل الإعلام الرسمية أن الاجتماعات استمرت من {range}.",
			"وفي {date} أعلن {actor} أن {country} تريد تعاونا أوثق مع الصين.",
			"ووصفت حكومة {country} {event} بأنها مهمة لاستقرار آسيا الوسطى.",
			"ويذكّر مراقبون بأن التوتر في المنطقة يتصاعد منذ {background}.",
			"وتحدث {other} و{actor} {weekday} لساعات خلف أبواب مغلقة.",
			"وتابع أكثر من {num} صحفيا الأحداث في {place}.",
			"ونمت التجارة بين الصين و{country} بنسبة {num} في المئة العام الماضي.",
			"ويقول منتقدون إن المواطنين العاديين لا يلمسون نتائج الاتفاقات.",
			"ووصفت وزارة الخارجية الصينية {weekday} المحادثات بأنها “صريحة وبناءة”.",
			"وكانت شوارع {place} شبه خالية {weekday} ، بحسب المراسلين.",
			"ومنذ {month} تغيرت لهجة الجيران بشكل ملحوظ.",
			"ويتوقع دبلوماسيون أن يعود {actor} إلى {place} بعد {event}.",
			"ورفض متحدث باسم {actor} الرد على أسئلة الصحفيين.",
		},
	},
	{
		code: "en", weight: 15,
		day: "{m} {d}", dayYear: "{m} {d}, {y}", span: "{m} {d} to {d2}", month: "{m} {y}",
		months:   [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
		weekdays: [7]string{"on Sunday", "on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday"},
		headings: []string{"Background", "Reactions", "Security", "Trade"},
		templates: []string{
			"{Actor} spoke {weekday} in {place} about the future of the region.",
			"According to the {org}, {num} delegations took part in talks after {event}.",
			"State media said the meetings lasted from {range}.",
			"On {date}, {actor} announced that {country} wants closer cooperation with China.",
			"The government of {country} called {event} important for stability in Central Asia.",
			"Observers recall that tensions in the region have been rising since {background}.",
			"{Other} and {actor} talked for hours behind closed doors {weekday}.",
			"More than {num} journalists followed the events in {place}.",
			"Trade between China and {country} grew by {num} percent last year.",
			"Critics say ordinary people see little of the agreements.",
			"The foreign ministry in Beijing described the talks {weekday} as “open and constructive”.",
			"The streets of {place} were largely empty {weekday}, correspondents reported.",
			"Since {month}, the tone between the neighbours has changed noticeably.",
			"Diplomats expect {actor} to travel to {place} again after {event}.",
			"A spokesman for {actor} declined to answer questions from reporters.",
		},
	},
	{
		code: "fr", weight: 8,
		day: "{d} {m}", dayYear: "{d} {m} {y}", span: "{d} au {d2} {m}", month: "{m} {y}",
		months:   [12]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
		weekdays: [7]string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"},
		headings: []string{"Contexte", "Réactions", "Sécurité", "Commerce"},
		templates: []string{
			"{Actor} s'est exprimé {weekday} à {place} sur l'avenir de la région.",
			"Selon l'{org}, {num} délégations ont participé aux discussions après {event}.",
			"Les médias d'État ont indiqué que les rencontres ont duré du {range}.",
			"Le {date}, {actor} a annoncé que {country} souhaite coopérer plus étroitement avec la Chine.",
			"Pour {country}, tout s'est joué pendant {event}.",
			"Les observateurs rappellent que les tensions dans la région montent depuis {background}.",
			"{Other} et {actor} se sont entretenus pendant des heures à huis clos {weekday}.",
			"Plus de {num} journalistes ont suivi les événements à {place}.",
			"Les échanges entre la Chine et {country} ont progressé de {num} % l'an dernier.",
			"Selon les critiques, la population profite peu des accords.",
			"Le ministère chinois des Affaires étrangères a qualifié {weekday} les discussions d'« ouvertes et constructives ».",
			"À {place}, les rues étaient presque vides {weekday}, rapportent les correspondants.",
			"Depuis {month}, le ton entre les pays voisins a sensiblement changé.",
			"Les diplomates s'attendent à ce que {actor} retourne à {place} après {event}.",
			"Un porte-parole de {actor} n'a pas souhaité répondre aux questions des journalistes.",
		},
	},
	{
		code: "ru", weight: 7,
		day: "{d} {m}", dayYear: "{d} {m} {y} года", span: "{d} по {d2} {m}", month: "{m} {y} года",
		months:   [12]string{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"},
		weekdays: [7]string{"в воскресенье", "в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "в субботу"},
		headings: []string{"Контекст", "Реакция", "Безопасность", "Торговля"},
		templates: []string{
			"{Actor} {weekday} выступил в {place} с речью о будущем региона.",
			"По данным {org}, в переговорах после {event} приняли участие более {num} делегаций.",
			"Государственные СМИ сообщили, что встречи продолжались с {range}.",
			"{Date} {actor} объявил, что {country} хочет теснее сотрудничать с Китаем.",
			"Правительство назвало итоги {event} важными для стабильности в Центральной Азии.",
			"Наблюдатели напоминают, что напряжённость в регионе растёт с {background}.",
			"{Other} и {actor} {weekday} несколько часов беседовали за закрытыми дверями.",
			"Более {num} журналистов следили за событиями в {place}.",
			"{Country} и Китай в прошлом году увеличили товарооборот на {num} процентов.",
			"Критики говорят, что простые люди почти не замечают результатов договорённостей.",
			"МИД КНР {weekday} назвал переговоры «открытыми и конструктивными».",
			"Улицы в {place} {weekday} были почти пустыми, сообщают корреспонденты.",
			"С {month} тон отношений между соседями заметно изменился.",
			"Дипломаты ожидают, что после {event} {actor} снова приедет в регион.",
			"В пресс-службе отказались отвечать на вопросы журналистов.",
		},
	},
}
