package data

import (
	"maps"
	"slices"
	"testing"
)

// TestCountryInsideARegionsName: a region whose name holds a country's
// (Inner Mongolia, New Mexico, Iran's East Azerbaijan) is the region, in
// China, the United States or Iran, and not the country, in every
// language; the country named alone is still found. The sentences are
// written for the test.
func TestCountryInsideARegionsName(t *testing.T) {
	finder := NewNameFinder(slices.Collect(maps.Values(knowledgeNames(t))))
	checkNamesFound(t, finder, []foundCase{
		{"zh", "返回舱将在内蒙古着陆场着陆。", []string{"inner-mongolia"}, []string{"mongolia"}},
		{"zh", "代表团随后访问了蒙古和内蒙古。", []string{"inner-mongolia", "mongolia"}, nil},
		{"en", "The capsule landed in Inner Mongolia on Tuesday.", []string{"inner-mongolia"}, []string{"mongolia"}},
		{"de", "Die Kapsel landete in der Inneren Mongolei.", []string{"inner-mongolia"}, []string{"mongolia"}},
		{"ru", "Капсула приземлилась во Внутренней Монголии.", []string{"inner-mongolia"}, []string{"mongolia"}},
		{"fr", "La capsule s'est posée en Mongolie-Intérieure.", []string{"inner-mongolia"}, []string{"mongolia"}},
		{"es", "Los incendios avanzan en Nuevo México.", []string{"new-mexico"}, []string{"mexico"}},
		{"en", "Wildfires spread across New Mexico, near the border with Mexico.", []string{"new-mexico", "mexico"}, nil},
		{"fa", "زلزله در آذربایجان شرقی خسارت زد.", []string{"east-azerbaijan"}, []string{"azerbaijan"}},
	})
}
