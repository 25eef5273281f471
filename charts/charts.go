// Package charts turns domain values into pictures: the time scale, ticks,
// lanes and label placement of the timeline (one Scene), the go-chart
// renderings of it (PNG, SVG), and the coverage charts. It imports go-chart,
// never Fyne.
package charts
