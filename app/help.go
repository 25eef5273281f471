package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// keyHelp is one line of the keyboard shortcut list.
type keyHelp struct {
	keys, action string
}

// keyGroup is a titled part of the list.
type keyGroup struct {
	title string
	keys  []keyHelp
}

// timelineKeys are the keys the timeline takes while it has the focus
// (Timeline.TypedKey and TypedRune); help_test.go presses each one.
var timelineKeys = []keyHelp{
	{"Right / Left", "select the next / previous event in time"},
	{"Tab / Shift+Tab", "the same, for keyboards without arrows"},
	{"Shift+Right / Shift+Left", "pan later / earlier"},
	{"Page Down / Page Up", "pan a screen later / earlier"},
	{"+ / −", "zoom in / out around the selection"},
	{"Home", "fit the whole corpus"},
	{"Enter", "open the selected event's first passage in its article"},
	{"Esc", "clear the selection, then the search"},
}

// otherKeys are the keys of the search box and of the presentation.
var otherKeys = []keyGroup{
	{"Search box", []keyHelp{{"Esc", "clear the search"}}},
	{"Slides dialog (Present)", []keyHelp{{"Enter", "present the ticked slides"}, {"Esc", "cancel"}}},
	{"Presentation", []keyHelp{
		{"Right / Space / Page Down / Down", "next slide"},
		{"Left / Page Up / Up / Backspace", "previous slide"},
		{"Home / End", "first / last slide"},
		{"N", "hide or show the speaker notes"},
		{"Esc", "leave the presentation"},
	}},
}

// onShortcuts lists every keyboard shortcut: the menus' (read from the
// menus themselves, so the list cannot fall behind them), then the keys of
// the timeline, the search box and the presentation.
func (mw *mainWindow) onShortcuts() {
	d := dialog.NewCustom("Keyboard shortcuts", "Close", container.NewVScroll(shortcutList(mw.menu.main)), mw.win)
	d.Resize(fyne.NewSize(560, min(640, mw.win.Canvas().Size().Height-40)))
	d.Show()
}

// shortcutGroups are the shortcut list's parts, the menus' first.
func shortcutGroups(menu *fyne.MainMenu) []keyGroup {
	var menuKeys []keyHelp
	var walk func(prefix string, items []*fyne.MenuItem)
	walk = func(prefix string, items []*fyne.MenuItem) {
		for _, it := range items {
			if it.ChildMenu != nil {
				walk(prefix+it.Label+" → ", it.ChildMenu.Items)
			}
			if it.Shortcut != nil {
				menuKeys = append(menuKeys, keyHelp{shortcutText(it.Shortcut), prefix + strings.TrimSuffix(it.Label, "…")})
			}
		}
	}
	if menu != nil {
		for _, m := range menu.Items {
			walk(m.Label+" → ", m.Items)
		}
	}
	groups := []keyGroup{{"Anywhere in the window", menuKeys}, {"Timeline (click it first)", timelineKeys}}
	return append(groups, otherKeys...)
}

// shortcutList lays the shortcut groups out as two columns.
func shortcutList(menu *fyne.MainMenu) fyne.CanvasObject {
	box := container.NewVBox()
	for _, g := range shortcutGroups(menu) {
		box.Add(widget.NewLabelWithStyle(g.title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		form := container.New(&keyColumns{})
		for _, k := range g.keys {
			form.Add(widget.NewLabelWithStyle(k.keys, fyne.TextAlignLeading, fyne.TextStyle{Monospace: true}))
			form.Add(wrapped(k.action))
		}
		box.Add(form)
	}
	return box
}

// shortcutText writes a shortcut as people read it: "Ctrl+Shift+S".
func shortcutText(s fyne.Shortcut) string {
	cs, ok := s.(*desktop.CustomShortcut)
	if !ok {
		return s.ShortcutName()
	}
	var parts []string
	mod := cs.Modifier
	if mod&fyne.KeyModifierShortcutDefault != 0 {
		parts = append(parts, modifierName(fyne.KeyModifierShortcutDefault))
	}
	if mod&fyne.KeyModifierShift != 0 {
		parts = append(parts, "Shift")
	}
	if mod&fyne.KeyModifierAlt != 0 {
		parts = append(parts, "Alt")
	}
	return strings.Join(append(parts, keyText(cs.KeyName)), "+")
}

// modifierName names the platform's shortcut modifier.
func modifierName(m fyne.KeyModifier) string {
	if m == fyne.KeyModifierSuper {
		return "Cmd"
	}
	return "Ctrl"
}

// keyText names a key as it is printed on keyboards.
func keyText(k fyne.KeyName) string {
	switch k {
	case fyne.KeyEqual:
		return "+"
	case fyne.KeyMinus:
		return "−"
	case fyne.KeySlash:
		return "/"
	}
	return string(k)
}

// keyColumns lays out pairs of objects (keys, action) as two columns, the
// first as wide as its widest key.
type keyColumns struct{}

func (keyColumns) widths(objects []fyne.CanvasObject) float32 {
	var w float32
	for i := 0; i < len(objects); i += 2 {
		w = max(w, objects[i].MinSize().Width)
	}
	return w
}

// Layout places each pair on a row of its taller object's height.
func (k keyColumns) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	kw := k.widths(objects)
	var y float32
	for i := 0; i+1 < len(objects); i += 2 {
		key, action := objects[i], objects[i+1]
		action.Resize(fyne.NewSize(size.Width-kw, action.MinSize().Height))
		h := max(key.MinSize().Height, action.MinSize().Height)
		key.Move(fyne.NewPos(0, y))
		key.Resize(fyne.NewSize(kw, h))
		action.Move(fyne.NewPos(kw, y))
		action.Resize(fyne.NewSize(size.Width-kw, h))
		y += h
	}
}

// MinSize is the key column and a narrow action column.
func (k keyColumns) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var h, aw float32
	for i := 0; i+1 < len(objects); i += 2 {
		h += max(objects[i].MinSize().Height, objects[i+1].MinSize().Height)
		aw = max(aw, 120)
	}
	return fyne.NewSize(k.widths(objects)+aw, h)
}
