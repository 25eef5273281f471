// Package charts turns domain values into pictures: the time scale, ticks,
// lanes, article density and label placement of the timeline (one Scene),
// the go-chart renderings of it (PNG, SVG), and the coverage and actors
// charts. It imports go-chart, never Fyne, so that the command line and the
// tests draw exactly what the window shows without a display.
package charts
