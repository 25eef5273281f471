package discover_test

import (
	"slices"
	"testing"
)

// A visit is titled from the guest's side, where it happened: the place
// the people and cities of the shipped lists belong to tell the guest from
// the host, and a city beats the guest's own country named nearer the
// words. Fighting is titled by the province it happened in.
func TestTitlesOfPlaces(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"state visit, two reports", map[string]string{
			"en.txt": " date 2024-07-03\n\nChinese leader Xi Jinping held talks with Kassym-Jomart Tokayev in Astana on 2 July 2024, after a flight from China.\n",
			"ru.txt": " date 2024-07-03\n\nСи Цзиньпин и Касым-Жомарт Токаев провели переговоры в Астане 2 июля 2024 года.\n",
		}, "Xi Jinping and Kassym-Jomart Tokayev hold talks in Astana"},
		{"visit to a country", map[string]string{
			"en.txt": " date 2024-05-17\n\nVladimir Putin began a state visit to China on 16 May 2024, where Xi Jinping received him.\n",
			"de.txt": " date 2024-05-17\n\nWladimir Putin ist am 16. Mai 2024 zu einem Staatsbesuch in China eingetroffen; Xi Jinping empfing ihn.\n",
		}, "Vladimir Putin arrives in China"},
		{"a dateline is where the report was filed", map[string]string{
			"en.txt": " date 2021-09-30\n\nBAKU, 29 September 2021 – Recep Tayyip Erdoğan and Vladimir Putin held talks in Russia on 29 September 2021.\n",
			"ru.txt": " date 2021-09-30\n\nАстана, 16:27 | 30 сентября\n\nВладимир Путин и Реджеп Тайип Эрдоган провели переговоры в России 29 сентября 2021 года.\n",
		}, "Recep Tayyip Erdoğan and Vladimir Putin hold talks in Russia"},
		{"a place under the name it had then", map[string]string{
			"en.txt": " date 2021-06-02\n\nXi Jinping and Kassym-Jomart Tokayev held talks in Nur-Sultan on 1 June 2021.\n",
			"ru.txt": " date 2021-06-02\n\nСи Цзиньпин и Касым-Жомарт Токаев провели переговоры в Нур-Султане 1 июня 2021 года.\n",
		}, "Xi Jinping and Kassym-Jomart Tokayev hold talks in Nur-Sultan"},
		{"fighting in a region", map[string]string{
			"en.txt": " date 2020-09-29\n\nHeavy fighting broke out in Nagorno-Karabakh on 27 September 2020, Azerbaijan and Armenia said.\n",
			"nl.txt": " date 2020-09-29\n\nIn Nagorno-Karabach braken op 27 september 2020 zware gevechten uit tussen Azerbeidzjan en Armenië.\n",
		}, "Fighting in Nagorno-Karabakh"},
	}
	for _, tt := range tests {
		c := build(t, tt.files)
		var titles []string
		for _, e := range c.Events {
			titles = append(titles, e.Title)
		}
		if !slices.Contains(titles, tt.want) {
			t.Errorf("%s: no event %q; events: %q", tt.name, tt.want, titles)
		}
	}
}

// A word for an event inside a name is part of the name: the "Treaty" of
// the Collective Security Treaty Organization signs nothing.
func TestEventWordsInsideNames(t *testing.T) {
	c := build(t, map[string]string{
		"en.txt": " date 2024-11-29\n\nThe heads of the Collective Security Treaty Organization met in Astana on 28 November 2024.\n",
		"ru.txt": " date 2024-11-29\n\nРуководители Организации Договора о коллективной безопасности встретились в Астане 28 ноября 2024 года.\n",
	})
	for _, e := range c.Events {
		if e.Kind == "agreement" {
			t.Errorf("event %q is an agreement: the treaty is in the organisation's name", e.Title)
		}
	}
	if len(c.Events) == 0 {
		t.Error("no event for the meeting")
	}
}
