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

// shiftShortcut is Ctrl+Shift (Cmd+Shift on macOS) with a key.
func shiftShortcut(key fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
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
	w := mw.work
	saveAs := item("Save project as…", nil, "", w.onSaveAs)
	saveAs.Shortcut = shiftShortcut(fyne.KeyS)
	file := fyne.NewMenu("File",
		item("Open folder…", theme.FolderOpenIcon(), fyne.KeyO, mw.onOpenFolder),
		item("Reopen last folder", nil, "", mw.onReopenLast),
		item("Open the shipped corpus", nil, "", mw.onOpenSeeds),
		fyne.NewMenuItemSeparator(),
		item("New project", nil, "", w.onNew),
		item("Open project…", nil, "", w.onOpen),
		item("Save project", theme.DocumentSaveIcon(), fyne.KeyS, w.onSave),
		saveAs,
		item("History of decisions…", theme.HistoryIcon(), "", w.onHistory),
		fyne.NewMenuItemSeparator(),
		item("Export…", theme.DocumentSaveIcon(), fyne.KeyE, mw.onExport),
		item("Present", theme.MediaPlayIcon(), fyne.KeyP, mw.onPresent),
		fyne.NewMenuItemSeparator(),
		quit,
	)
	hideUnsupported := item("Hide unsupported events", nil, "", nil)
	hideUnsupported.Checked = mw.timeline.HideUnsupported() // remembered from the last run
	hideUnsupported.Action = func() { hideUnsupported.Checked = mw.onToggleHideUnsupported(); m.main.Refresh() }
	view := fyne.NewMenu("View",
		item("Search…", theme.SearchIcon(), fyne.KeyF, mw.onFocusSearch),
		fyne.NewMenuItemSeparator(),
		item("Fit all", theme.ZoomFitIcon(), fyne.Key0, mw.onFitAll),
		item("Zoom in", theme.ZoomInIcon(), fyne.KeyEqual, mw.onZoomIn),
		item("Zoom out", theme.ZoomOutIcon(), fyne.KeyMinus, mw.onZoomOut),
		fyne.NewMenuItemSeparator(),
		m.linear,
		hideUnsupported,
		m.dark,
	)
	redo := item("Redo", theme.ContentRedoIcon(), "", w.onRedo)
	redo.Shortcut = shiftShortcut(fyne.KeyZ)
	eventMenu := fyne.NewMenuItem("Selected event", nil)
	eventMenu.ChildMenu = fyne.NewMenu("", w.eventActions(w.selectedEvent)...)
	storylines := fyne.NewMenuItem("Storylines", nil)
	storylines.ChildMenu = fyne.NewMenu("",
		item("New storyline…", nil, "", w.onNewStoryline),
		item("Rename storyline…", nil, "", w.onRenameStoryline),
		item("Move storyline up…", nil, "", w.onStorylineUp),
		item("Hide storyline…", nil, "", w.onHideStoryline),
		item("Restore hidden storyline…", nil, "", w.onRestoreStoryline))
	edit := fyne.NewMenu("Edit",
		item("Undo", theme.ContentUndoIcon(), fyne.KeyZ, w.onUndo),
		redo,
		fyne.NewMenuItemSeparator(),
		eventMenu,
		item("New event…", theme.ContentAddIcon(), "", func() { w.onNewEvent(nil) }),
		item("Declare catalogue event…", nil, "", w.onDeclareEvent),
		item("Restore hidden event…", nil, "", w.onRestoreEvent),
		item("Find curated events…", theme.SearchIcon(), "", w.onFindCurated),
		storylines,
		fyne.NewMenuItemSeparator(),
		item("Preferences…", theme.SettingsIcon(), "", w.onPreferences),
	)
	help := fyne.NewMenu("Help", item("Keyboard shortcuts", theme.HelpIcon(), fyne.KeySlash, mw.onShortcuts), item("About Caravan", theme.InfoIcon(), "", mw.onAbout))
	m.main = fyne.NewMainMenu(file, edit, view, help)
	return m
}

// showToggles ticks the scale and theme items.
func (m *windowMenu) showToggles(linear, dark bool) {
	m.linear.Checked, m.dark.Checked = linear, dark
	m.main.Refresh()
}
