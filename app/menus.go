package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
)

// windowMenu is the main menu. Its items run the same handlers as the
// toolbar, and their shortcuts work from anywhere in the window: Fyne's
// desktop driver tries the main menu's shortcuts before the focused widget.
type windowMenu struct {
	main   *fyne.MainMenu
	linear *fyne.MenuItem
	dark   *fyne.MenuItem
}

// shortcut is Ctrl (Cmd on macOS) with a key.
func shortcut(key fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault}
}

func item(label string, icon fyne.Resource, key fyne.KeyName, action func()) *fyne.MenuItem {
	it := fyne.NewMenuItemWithIcon(label, icon, action)
	if key != "" {
		it.Shortcut = shortcut(key)
	}
	return it
}

func newWindowMenu(mw *mainWindow) *windowMenu {
	m := &windowMenu{
		linear: item("Linear scale", nil, fyne.KeyL, mw.onToggleLinear),
		dark:   item("Dark theme", nil, fyne.KeyD, mw.onToggleDark),
	}
	quit := item("Quit", nil, fyne.KeyQ, mw.onQuit)
	quit.IsQuit = true
	file := fyne.NewMenu("File",
		item("Open folder…", theme.FolderOpenIcon(), fyne.KeyO, mw.onOpenFolder),
		item("Reopen last folder", nil, "", mw.onReopenLast),
		item("Open the shipped corpus", nil, "", mw.onOpenSeeds),
		fyne.NewMenuItemSeparator(),
		item("Export…", theme.DocumentSaveIcon(), fyne.KeyE, mw.onExport),
		item("Present", theme.MediaPlayIcon(), fyne.KeyP, mw.onPresent),
		fyne.NewMenuItemSeparator(),
		quit,
	)
	view := fyne.NewMenu("View",
		item("Search…", theme.SearchIcon(), fyne.KeyF, mw.onFocusSearch),
		fyne.NewMenuItemSeparator(),
		item("Fit all", theme.ZoomFitIcon(), fyne.Key0, mw.onFitAll),
		item("Zoom in", theme.ZoomInIcon(), fyne.KeyEqual, mw.onZoomIn),
		item("Zoom out", theme.ZoomOutIcon(), fyne.KeyMinus, mw.onZoomOut),
		fyne.NewMenuItemSeparator(),
		m.linear,
		m.dark,
	)
	help := fyne.NewMenu("Help", item("About Caravan", theme.InfoIcon(), "", mw.onAbout))
	m.main = fyne.NewMainMenu(file, view, help)
	return m
}

// showToggles ticks the scale and theme items.
func (m *windowMenu) showToggles(linear, dark bool) {
	m.linear.Checked, m.dark.Checked = linear, dark
	m.main.Refresh()
}
