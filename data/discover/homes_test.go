package discover

import (
	"io/fs"
	"testing"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/knowledge"
)

// Titles tell a visit's guest from its host by the countries the shipped
// lists give people and cities: every person has one (officials of the EU
// and the UN excepted), every country given is a country of the lists,
// and the capitals lie in their own country.
func TestShippedCountriesOfNames(t *testing.T) {
	var all []*data.Name
	files, err := fs.Glob(knowledge.FS, "*.toml")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if knowledge.IsCalendar(f) {
			continue
		}
		b, err := fs.ReadFile(knowledge.FS, f)
		if err != nil {
			t.Fatal(err)
		}
		names, err := data.ParseNames(f, b)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, names...)
	}
	international := map[string]bool{"von-der-leyen": true, "michel": true, "costa": true, "guterres": true,
		// Officials of the EU, the UN, NATO, the SCO, CSTO, CIS, EAEU and the Organization of Turkic States.
		"juncker": true, "kallas": true, "borrell": true, "mogherini": true, "ban-ki-moon": true, "stoltenberg": true, "rutte": true, "yermekbayev": true, "zhang-ming": true, "rashid-alimov": true, "tasmagambetov": true, "zas": true, "lebedev": true, "myasnikovich": true, "omuraliev": true, "amreyev": true,
		// The heads of the ECB, the IMF, the WHO, the IAEA and FIFA.
		"lagarde": true, "georgieva": true, "tedros": true, "grossi": true, "infantino": true}
	capitals := map[string]string{"astana": "kazakhstan", "tashkent": "uzbekistan", "bishkek": "kyrgyzstan", "dushanbe": "tajikistan",
		"ashgabat": "turkmenistan", "moscow": "russia", "beijing": "china", "ankara": "turkey", "nukus": "uzbekistan", "khujand": "tajikistan"}
	people := 0
	for _, n := range all {
		if n.Country != "" && !countries()[n.Country] {
			t.Errorf("%s: country %q is no country of the lists", n.ID, n.Country)
		}
		if n.Kind == data.Person {
			people++
			if n.Country == "" && !international[n.ID] {
				t.Errorf("person %s has no country", n.ID)
			}
		}
		if want, ok := capitals[n.ID]; ok && n.Country != want {
			t.Errorf("%s lies in %q, want %q", n.ID, n.Country, want)
		}
	}
	if people < 40 {
		t.Errorf("only %d people in the shipped lists", people)
	}
}

// A storyline's months do not repeat a year: "Apr 2021", not
// "2021–Apr 2021".
func TestStoryTitleMonths(t *testing.T) {
	ev := func(title string, start data.Date, articles int) *data.Event {
		return &data.Event{Title: title, Kind: string(Summit), Span: data.Span{Start: start}, Strength: data.Strength{Articles: articles}}
	}
	tests := []struct {
		events []*data.Event
		want   string
	}{
		{[]*data.Event{ev("OTS summit in Samarkand", data.Date{Year: 2021, Precision: data.Year}, 2), ev("Summit in Istanbul", data.MonthDate(2021, 4), 1)},
			"OTS summit in Samarkand and 1 related event, Apr 2021"},
		{[]*data.Event{ev("Summit in Astana", data.MonthDate(2023, 11), 3), ev("Summit in Baku", data.MonthDate(2024, 2), 1)},
			"Summit in Astana and 1 related event, Nov 2023–Feb 2024"},
	}
	for _, tt := range tests {
		if got := storyTitle(tt.events, nil); got != tt.want {
			t.Errorf("storyTitle = %q, want %q", got, tt.want)
		}
	}
}
