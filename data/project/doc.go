// Package project holds an analyst's work on a corpus: decisions as data.
//
// A Project is an ordered list of Decisions (rename an event, re-date it,
// merge two events, unlink a wrong passage, star, tag, note…), each with an
// id, a time and an author. Caravan computes a corpus from the articles;
// Apply replays the decisions over it and returns the curated corpus plus
// the decisions that no longer apply (the corpus changed under them). The
// computed corpus is never modified, so undo is "apply one decision
// fewer", the audit trail is the list itself, and two analysts' projects
// merge as a union of decisions by id, with conflicts listed. A Session
// keeps recent states and a checkpoint every 32 decisions, so that undo,
// redo and a new decision replay at most 31.
//
// Two ops declare catalogue knowledge (storyline.define, event.define, in
// a catalogue's keys): in the project beside a corpus folder they are read
// with the folder and link like catalogue.toml's events. The shipped
// seeds' catalogue is such a project (FromFS).
//
// A project is saved as a documented, human-readable TOML file (see
// Format), written atomically; a mistake in it is reported as file:line.
package project
