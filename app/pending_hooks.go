package app

import "fyne.io/fyne/v2/dialog"

// These hooks stand in for the export dialog and the presentation mode,
// which are written separately; whoever writes them deletes this file.

// showExportDialog will offer to export the timeline as it is shown.
func showExportDialog(mw *mainWindow) {
	dialog.ShowInformation("Export", "Exporting images and decks from the window is coming soon.\nUntil then: caravan export --out FILE.png", mw.win)
}

// startPresentation will present the story as a briefing.
func startPresentation(mw *mainWindow) {
	dialog.ShowInformation("Present", "Presentation mode is coming soon.", mw.win)
}
