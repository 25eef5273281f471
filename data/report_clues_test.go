package data

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// TestYearFromClues is rule 23 (report_clues.go, offices_ages.go): the
// terms of the office-holders a report titles, the ages it gives them and
// its dates written with their weekday each admit some days of writing;
// a year-less date is placed when exactly one year fits them all. Each
// row is a report of its own with no year of its own; want is the day
// (or month) the date written as mention is placed on, "" for left open.
// The report itself stays undated.
func TestYearFromClues(t *testing.T) {
	defer func(old func() time.Time) { today = old }(today)
	today = func() time.Time { return time.Date(2026, time.December, 7, 0, 0, 0, 0, time.UTC) }
	cur, err := LoadCurated(fstest.MapFS{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ name, text, mention, want string }{
		// An age and a term: Tokayev was 70 from 17 May 2023, Bektenov
		// prime minister from 6 February 2024.
		{"en, an age and a term", "Floods on the agenda\n\nPresident Kassym-Jomart Tokayev, 70, received Prime Minister Olzhas Bektenov on 4 March to discuss the spring floods in the north.",
			"4 March", "2024-03-04"},
		// Two ages: Mirziyoyev 66 and Erdoğan 69 hold together from July
		// 2023 to February 2024.
		{"fr, two ages", "Visite à Tachkent\n\nLe président Chavkat Mirziyoïev, 66 ans, a reçu le 12 octobre son homologue turc Recep Tayyip Erdoğan, 69 ans, pour parler de commerce.",
			"12 octobre", "2023-10-12"},
		// An age before the name, and a weekday written with its day.
		{"ru, an age before the name and a weekday", "Встреча в Кремле\n\n71-летний Владимир Путин в пятницу, 15 марта, провёл совещание с членами Совета безопасности.",
			"пятницу, 15 марта", "2024-03-15"},
		{"de, ages in brackets", "Treffen in Berlin\n\nBundeskanzler Olaf Scholz (65) empfing am 14. Februar den französischen Präsidenten Emmanuel Macron (46) zu Gesprächen über die Ukraine.",
			"14. Februar", "2024-02-14"},
		{"es, de N años", "Cumbre en Madrid\n\nEl presidente del Gobierno, Pedro Sánchez, de 52 años, recibió el 4 de marzo al presidente francés, Emmanuel Macron, de 46 años.",
			"4 de marzo", "2024-03-04"},
		{"tr, yaşındaki before the title", "Ankara'da görüşme\n\n69 yaşındaki Cumhurbaşkanı Recep Tayyip Erdoğan, 5 Mart'ta Başbakan Nikol Paşinyan ile telefonda görüştü; 48 yaşındaki Paşinyan barış sürecini anlattı.",
			"5 Mart", "2023-03-05"},
		{"en, an announced date after the window", "Ahead of the vote\n\nKazakh President Kassym-Jomart Tokayev, 66, and Nursultan Nazarbayev, 78, will both cast their ballots on June 9, officials said.",
			"June 9", "2019-06-09"},
		{"en, a month", "Looking back\n\nTokayev, 66, took over from Nursultan Nazarbayev, 78, in March, when the veteran leader stepped down.",
			"in March", "2019-03"},
		// A count of years from the day of writing beside its year: an
		// age alone leaves 2023 and 2024 for 16 May.
		{"en, ten years ago beside 2014", "Talks in Beijing\n\nRussia annexed Crimea in 2014, ten years ago. On 16 May Putin, 71, met Xi Jinping in Beijing.",
			"16 May", "2024-05-16"},
		{"es, hace diez años, en 2014", "Viaje a Pekín\n\nHace diez años, en 2014, Rusia anexionó Crimea. El 16 de mayo Vladímir Putin, de 71 años, viajó a Pekín.",
			"16 de mayo", "2024-05-16"},
		{"ru, в 2014 году, десять лет назад", "Визит в Пекин\n\nРоссия присоединила Крым в 2014 году, десять лет назад. Владимир Путин, 71 год, 16 мая прилетел в Пекин.",
			"16 мая", "2024-05-16"},
		// The Nth anniversary of a year its sentence writes.
		{"de, 80. Jahrestag … 1939: the date line", "Besuch in Ulan-Bator\n\nULAN-BATOR, 26. August (dpa) - Anlass der Feier ist der 80. Jahrestag der Schlacht am Fluss Chalchin Gol im Jahr 1939.",
			"26. August", "2019-08-26"},
		{"en, the 103rd anniversary of 1915", "Yerevan remembers\n\nOn 24 April thousands marched to the memorial to mark the 103rd anniversary of the 1915 killings.",
			"24 April", "2018-04-24"},
		{"zh, the year before the ordinal", "纪念活动\n\n5月11日，两国举行活动，纪念1939年诺门罕战役爆发80周年。",
			"5月11日", "2019-05-11"},
		// Left open.
		{"en, an anniversary announced", "Plans\n\nOn 24 April officials met at the memorial. They said they will mark the 110th anniversary of the 1915 killings.",
			"24 April", ""},
		{"en, an anniversary before the years of the news", "A jubilee\n\nOn 24 April the club, founded in 2000, held a dinner. It recalled the 10th anniversary of its 2000 founding.",
			"24 April", ""},
		{"tr, a founding president is no president now", "Astana'da anayasa\n\nKazakistan Cumhurbaşkanı Kasım-Cömert Tokayev, 5 Ocak'ta ülkenin kurucu Cumhurbaşkanı Nursultan Nazarbayev'in yetkilerini kısan yasayı imzaladı.",
			"5 Ocak", ""},
		{"en, a president who died is titled in the days after", "Condolences from Moscow\n\nOn 20 May Vladimir Putin, 71, sent a message to Tehran. Iranian President Ebrahim Raisi's helicopter was found in the mountains.",
			"20 May", ""},
		{"en, a count of years not beside its year", "Talks in Beijing\n\nThe party, founded in 2014, split ten years ago. On 16 May Putin, 71, met Xi Jinping in Beijing.",
			"16 May", ""},
		{"en, a year in the sentence: the ages of another time", "Looking back\n\nIn 2018, Vladimir Putin, 65, and Xi Jinping, 64, signed a treaty in Beijing. The two men met again on 4 March.",
			"4 March", ""},
		{"en, the age is the son's", "A successor\n\nThe 40-year-old son of President Gurbanguly Berdimuhamedov, Serdar Berdimuhamedov, met voters on 5 March.",
			"5 March", ""},
		{"en, died in office: the age he died at", "Remembering Karimov\n\nIslam Karimov, 78, was remembered at a ceremony on 30 January by veterans of his government.",
			"30 January", ""},
		{"en, two ages that never held together", "A meeting\n\nVladimir Putin, 71, met Xi Jinping, 65, on 16 May in Beijing.",
			"16 May", ""},
		{"en, one age leaves two years", "A meeting\n\nVladimir Putin, 71, met Kazakh officials on 16 May in the Kremlin.",
			"16 May", ""},
		{"en, a weekday that contradicts", "A meeting\n\nPresident Kassym-Jomart Tokayev, 70, received Prime Minister Olzhas Bektenov on Monday, 5 March, and on 7 March.",
			"7 March", ""},
		{"en, an age after today", "A meeting\n\nVladimir Putin, 80, met Xi Jinping on 16 February in Beijing.",
			"16 February", ""},
		{"en, a weekday alone", "A meeting\n\nOn Friday, 15 March, the council met in the capital.",
			"15 March", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := oneReport(t, cur, "r.txt", c.text)
			found := false
			for _, m := range a.Mentions {
				if !strings.Contains(m.Text, c.mention) {
					continue
				}
				found = true
				got := ""
				if m.Resolved() {
					got = m.Span.Start().String()
				}
				if got != c.want {
					t.Errorf("%q placed on %q (%s; language %s); want %q", m.Text, got, m.Reason, a.Language, c.want)
				}
			}
			if !found {
				var texts []string
				for _, m := range a.Mentions {
					texts = append(texts, m.Text)
				}
				t.Fatalf("no mention %q among %q (language %s)", c.mention, texts, a.Language)
			}
			if !a.Date.IsZero() {
				t.Errorf("the report is dated %s (%s); the clues date no page", a.Date, a.DateReason)
			}
		})
	}
}

// TestAgeOf: a person is N years old from the Nth birthday to the day
// before the next; a birthday of 29 February falls on 1 March in a common
// year.
func TestAgeOf(t *testing.T) {
	for _, c := range []struct {
		born     string
		age      int
		from, to string
	}{
		{"1952-10-07", 71, "2023-10-07", "2024-10-06"},
		{"1972-02-29", 51, "2023-03-01", "2024-02-28"},
		{"1972-02-29", 52, "2024-02-29", "2025-02-28"},
	} {
		b, err := ParseDate(c.born)
		if err != nil {
			t.Fatal(err)
		}
		r := ageOf(b, c.age)
		if got := r.from.Format(time.DateOnly) + " " + r.to.Format(time.DateOnly); got != c.from+" "+c.to {
			t.Errorf("born %s, %d: %s; want %s %s", c.born, c.age, got, c.from, c.to)
		}
	}
}

// TestBornInNamesFile reads a person's birthday, and refuses one that is
// no day, before 1900, or on a place.
func TestBornInNamesFile(t *testing.T) {
	names, err := ParseNames("names.toml", []byte("[[name]]\nid = \"tokayev\"\nkind = \"person\"\nen = [\"Tokayev\"]\nborn = \"1953-05-17\"\n"))
	if err != nil || len(names) != 1 || names[0].Born != DayDate(1953, 5, 17) {
		t.Fatalf("born read as %v (%v)", names, err)
	}
	for _, bad := range []string{
		"[[name]]\nid = \"tokayev\"\nkind = \"person\"\nen = [\"Tokayev\"]\nborn = \"1953\"\n",
		"[[name]]\nid = \"tokayev\"\nkind = \"person\"\nen = [\"Tokayev\"]\nborn = \"1853-05-17\"\n",
		"[[name]]\nid = \"astana\"\nkind = \"place\"\nen = [\"Astana\"]\nborn = \"1997-12-10\"\n",
	} {
		if _, err := ParseNames("names.toml", []byte(bad)); err == nil || !strings.Contains(err.Error(), "names.toml:5") {
			t.Errorf("%q: error %v; want one at names.toml:5", bad, err)
		}
	}
}

// TestShippedBirthdays: every head of state or government with a
// birthday in the shipped lists also has terms (the ages read are of
// office-holders), and a few birthdays are checked.
func TestShippedBirthdays(t *testing.T) {
	cur, err := LoadCurated(fstest.MapFS{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"putin": "1952-10-07", "tokayev": "1953-05-17", "berdimuhamedov": "1981-09-22", "xi-jinping": "1953-06-15", "macron": "1977-12-21"}
	n := 0
	for _, p := range cur.Names {
		if p.Born.IsZero() {
			continue
		}
		n++
		if len(p.Offices) == 0 {
			t.Errorf("%s has a birthday but no terms", p.ID)
		}
		if w, ok := want[p.ID]; ok {
			if got := p.Born.String(); got != w {
				t.Errorf("%s born %s; want %s", p.ID, got, w)
			}
			delete(want, p.ID)
		}
	}
	if len(want) > 0 || n < 70 {
		t.Errorf("%d birthdays; not found: %v", n, want)
	}
}
