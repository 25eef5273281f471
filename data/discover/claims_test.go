package discover_test

import (
	"slices"
	"strings"
	"testing"
)

// A coarse date in a sentence with a day does not take the day's event
// words: a 2018 report's "sworn in on May 7 … to run again in 2024" is no
// report of the inauguration of 2024. A coarse date with words of its own
// ("won on 17 March, and in May he will be sworn in") still joins its
// event. Sentences written for the test.
func TestCoarseDateTakesOnlyItsOwnWords(t *testing.T) {
	later := map[string]string{
		"es.txt": " date 2024-05-08\n\nVladimir Putin juró el 7 de mayo de 2024 su quinto mandato en el Kremlin.\n",
		"tr.txt": " date 2024-05-08\n\nVladimir Putin 7 Mayıs 2024'te yemin ederek göreve başladı.\n",
	}
	tests := []struct {
		name, file, text string
		inauguration     bool // the report is among the 2024 inauguration's
	}{
		{"a year after the day (en)", "en2018.txt",
			" date 2018-03\n\nVladimir Putin will be sworn in on May 7. He has said he does not intend to change the constitution to run again in 2024.\n", false},
		{"a year after the day (de)", "de2018.txt",
			" date 2018-03\n\nVladimir Putin wird am 7. Mai vereidigt; im Jahr 2024 will er nicht erneut antreten.\n", false},
		{"the month's own words (en)", "en2024.txt",
			" date 2024-04-01\n\nOn 17 March 2024 Vladimir Putin won the election, and in May 2024 he will be sworn in for a fifth term.\n", true},
	}
	for _, tt := range tests {
		files := map[string]string{tt.file: tt.text}
		for k, v := range later {
			files[k] = v
		}
		c := build(t, files)
		found := false
		for _, e := range c.Events {
			arts := articlesOf(e)
			if e.Kind == "inauguration" && e.Span.Start.String() == "2024-05-07" && slices.Contains(arts, "es") {
				found = slices.Contains(arts, strings.TrimSuffix(tt.file, ".txt"))
			}
		}
		if found != tt.inauguration {
			t.Errorf("%s: among the 2024 inauguration's reports: %v, want %v; events: %q", tt.name, found, tt.inauguration, titlesOf(c))
		}
	}
}

// A vote told with what led to it ("the election was called after Raisi
// died in a crash on 19 May") does not take that day: the date is the
// crash's when a word of the crash, an attack, fighting or a death stands
// nearest it. A vote whose word stands nearer its date keeps it.
// Sentences written for the test.
func TestVoteDoesNotTakeTheDayOfWhatLedToIt(t *testing.T) {
	tests := []struct {
		name, text, day string
		election        bool // an election event on day
	}{
		{"crash (en)", " date 2024-07-06\n\nThe early presidential election in Iran was called after President Ebrahim Raisi died in a helicopter crash on 19 May 2024.\n", "2024-05-19", false},
		{"death (fr)", " date 2024-07-06\n\nL'élection présidentielle anticipée en Iran a été convoquée après la mort d'Ebrahim Raïssi le 19 mai 2024.\n", "2024-05-19", false},
		{"the vote's own day (en)", " date 2024-10-30\n\nProtests broke out in Georgia after the parliamentary election on 26 October 2024.\n", "2024-10-26", true},
	}
	for _, tt := range tests {
		c := build(t, map[string]string{"a.txt": tt.text})
		election, other := false, false
		for _, e := range c.Events {
			if e.Span.Start.String() != tt.day {
				continue
			}
			if e.Kind == "election" {
				election = true
			} else {
				other = true
			}
		}
		if election != tt.election || !election && !other {
			t.Errorf("%s: an election on %s: %v, want %v; events: %q", tt.name, tt.day, election, tt.election, titlesOf(c))
		}
	}
}

// TestPeaceDoesNotTakeTheDayOfTheWar: a signing told with the war it ends
// is an agreement on its day, no fighting; fighting told with the truce it
// breaks stays fighting.
func TestPeaceDoesNotTakeTheDayOfTheWar(t *testing.T) {
	tests := []struct {
		name, text, day string
		want            string // the kind of the one event on day
	}{
		{"declaration (en)", " date 2025-08-09\n\nThe leaders of Armenia and Azerbaijan signed a joint declaration in Washington on 8 August 2025, ending decades of conflict in the South Caucasus. The document was prepared over many months. Both delegations said it was a historic step.\n", "2025-08-08", "agreement"},
		{"déclaration (fr)", " date 2025-08-09\n\nLes dirigeants de l'Arménie et de l'Azerbaïdjan ont signé le 8 août 2025 à Washington une déclaration qui doit mettre fin à un conflit de plusieurs décennies. Le texte a été préparé pendant des mois. Les deux délégations ont parlé d'un pas historique.\n", "2025-08-08", "agreement"},
		{"dichiarazione (it)", " date 2025-08-09\n\nI leader di Armenia e Azerbaigian hanno firmato l'8 agosto 2025 a Washington una dichiarazione che pone fine a un conflitto durato decenni. Il testo è stato preparato per mesi. Le due delegazioni hanno parlato di un passo storico.\n", "2025-08-08", "agreement"},
		{"talks about the war (en)", " date 2025-08-16\n\nDonald Trump and Vladimir Putin held three hours of talks on 15 August 2025 about the war in Ukraine. Neither leader took questions. A next meeting was not fixed.\n", "2025-08-15", "talks"},
		{"the fighting's own day (en)", " date 2020-09-28\n\nOn 27 September 2020 heavy fighting broke out in Nagorno-Karabakh, breaking the ceasefire that had held for years. Both sides reported losses. The shelling went on through the night.\n", "2020-09-27", "clash"},
	}
	for _, tt := range tests {
		c := build(t, map[string]string{"a.txt": tt.text})
		var kinds []string
		for _, e := range c.Events {
			if e.Span.Start.String() == tt.day {
				kinds = append(kinds, string(e.Kind))
			}
		}
		if len(kinds) != 1 || kinds[0] != tt.want {
			t.Errorf("%s: kinds on %s: %q, want only %s; events: %q", tt.name, tt.day, kinds, tt.want, titlesOf(c))
		}
	}
}

// TestDatelineIsNoDayWhenTheSentenceWritesOne: a dateline's date is the
// day the report was filed; when the sentence it reads on into writes
// another day, that day is the event's and the dateline's makes none.
func TestDatelineIsNoDayWhenTheSentenceWritesOne(t *testing.T) {
	tests := []struct {
		name, text     string
		event, noEvent string // a day with an event, a day without ("" none)
	}{
		{"yesterday (uz)", " date 2024-06\n\nToshkent, 7 iyun. Kecha Pekinda temir yo'l loyihasi bo'yicha hukumatlararo bitim imzolandi. Marosimda Shavkat Mirziyoyev va Sadir Japarov ishtirok etdi. Loyiha mintaqa uchun muhim.\n", "2024-06-06", "2024-06-07"},
		{"Thursday (es)", " date 2025-10\n\nWASHINGTON, 17 oct (EFE).- El presidente Donald Trump anunció este jueves que celebrará una cumbre con Vladímir Putin en Budapest. La fecha aún no está fijada. Los equipos se reunirán antes.\n", "2025-10-16", "2025-10-17"},
		{"Friday (en)", " date 2025-08\n\nANCHORAGE, Alaska, Aug 16 — Donald Trump and Vladimir Putin held talks at a military base on Friday. They spoke for nearly three hours. Neither took questions.\n", "2025-08-15", "2025-08-16"},
		{"results of the day before (uz)", " date 2024-10\n\nТошкент, 28 октябрь – Марказий сайлов комиссияси кеча бўлиб ўтган парламент сайловининг дастлабки натижаларини эълон қилди. Сайловда кўплаб фуқаролар иштирок этди. Якуний натижалар кейинроқ маълум қилинади.\n", "2024-10-28", ""},
		{"a day to come (fr)", " date 2025-08\n\nMOSCOU, 9 août (AFP) - Le Kremlin a confirmé le sommet entre Vladimir Poutine et Donald Trump prévu le 15 août en Alaska. Les deux dirigeants ne se sont pas vus depuis des années. Les détails restent à fixer.\n", "2025-08-09", ""},
		{"the dateline's own day (it)", " date 2023-10\n\nASTANA, 28 OTT - Almeno 30 minatori sono morti in un incendio in una miniera di carbone nella regione di Karaganda. Altri risultano dispersi. Le autorità indagano sulle cause.\n", "2023-10-28", ""},
	}
	for _, tt := range tests {
		c := build(t, map[string]string{"a.txt": tt.text})
		event, noEvent := false, false
		for _, e := range c.Events {
			switch e.Span.Start.String() {
			case tt.event:
				event = true
			case tt.noEvent:
				noEvent = true
			}
		}
		if !event || noEvent {
			t.Errorf("%s: an event on %s: %v (want one), on %q: %v (want none); events: %q", tt.name, tt.event, event, tt.noEvent, noEvent, titlesOf(c))
		}
	}
}
