package discover_test

import (
	"slices"
	"testing"

	"github.com/caravan-analytics/caravan/data"
)

// TestLaunchInItsCountryIsTheOneFromItsSpaceport: a launch told by its
// country is the launch of that day told by its spaceport (spaceflight.go);
// a landing the same day, or a spaceport of another country, stays apart.
// Reports written for the test.
func TestLaunchInItsCountryIsTheOneFromItsSpaceport(t *testing.T) {
	const (
		spaceport = " date 2020-11-25\n\nРакета-носитель со станцией стартовала с космодрома Вэньчан 24 ноября 2020 года. Полёт к Луне продлится несколько дней. Запуск прошёл штатно.\n"
		countryPl = " date 2020-11-25\n\nChińska rakieta z sondą wystartowała 24 listopada 2020 roku. Lot potrwa kilka dni. Start przebiegł bez zakłóceń.\n"
		countryEn = " date 2020-11-25\n\nChina launched a rocket carrying a lunar probe on 24 November 2020. The flight will take several days. The launch went as planned.\n"
		landing   = " date 2020-11-25\n\nA Chinese lander touched down on the moon on 24 November 2020. Its cameras sent back the first images. Engineers checked its instruments.\n"
		baikonur  = " date 2020-11-25\n\nРакета стартовала с космодрома Байконур в Казахстане 24 ноября 2020 года. Полёт к станции продлится два дня. Запуск прошёл штатно.\n"
	)
	tests := []struct {
		name  string
		files map[string]string
		want  [][]string
	}{
		{"the country joins its spaceport (pl)", map[string]string{"a.txt": spaceport, "b.txt": countryPl}, [][]string{{"a", "b"}}},
		{"the country joins its spaceport (en)", map[string]string{"a.txt": spaceport, "b.txt": countryEn}, [][]string{{"a", "b"}}},
		{"a landing is no launch", map[string]string{"a.txt": spaceport, "b.txt": landing}, [][]string{{"a"}, {"b"}}},
		{"a spaceport of another country", map[string]string{"a.txt": baikonur, "b.txt": countryPl}, [][]string{{"a"}, {"b"}}},
	}
	for _, tt := range tests {
		c := build(t, tt.files)
		got := groupsOfAB(c, func(e *data.Event) bool { return e.Span.Start.String() == "2020-11-24" })
		if !slices.EqualFunc(got, tt.want, slices.Equal) {
			t.Errorf("%s: events of 24 November: %q, want %q; events: %q", tt.name, got, tt.want, titlesOf(c))
		}
	}
}

// TestOneLandingADay: the reports of one Moon landing that neither places
// more precisely than the other are one event (joinSpaceflights); two
// countries' landings that day stay two. Reports written for the test.
func TestOneLandingADay(t *testing.T) {
	const (
		zh = " date 2020-12-02\n\n探测器11月24日在文昌航天发射场发射升空。12月1日晚，着陆器在月球正面预选区域成功着陆，随后开始采样工作。\n"
		ru = " date 2020-12-02\n\nКитайский зонд сел на Луну.\n\nСтанция во вторник, 1 декабря 2020 года, совершила мягкую посадку на видимой стороне Луны, сообщило Китайское национальное космическое управление.\n"
		in = " date 2020-12-02\n\nAn Indian lander touched down on the moon on 1 December 2020, the Indian space agency said. Its rover left the lander hours later.\n"
		us = " date 2020-12-02\n\nAn American lander touched down on the moon on 1 December 2020, NASA said. Its cameras sent back the first images.\n"
	)
	tests := []struct {
		name  string
		files map[string]string
		want  [][]string
	}{
		{"one landing (zh, ru)", map[string]string{"a.txt": zh, "b.txt": ru}, [][]string{{"a", "b"}}},
		{"two countries' landings", map[string]string{"a.txt": in, "b.txt": us}, [][]string{{"a"}, {"b"}}},
	}
	for _, tt := range tests {
		c := build(t, tt.files)
		got := groupsOfAB(c, func(e *data.Event) bool { return e.Span.Start.String() == "2020-12-01" })
		if !slices.EqualFunc(got, tt.want, slices.Equal) {
			t.Errorf("%s: events of 1 December: %q, want %q; events: %q", tt.name, got, tt.want, titlesOf(c))
		}
	}
}
