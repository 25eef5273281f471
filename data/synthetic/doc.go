// Package synthetic writes generated corpora: news-like articles in the
// seed languages and styles, about the seeds' stories, with their people,
// places, weekdays and dates (GenerateCorpus into a folder for `caravan
// generate`, GenerateFS in memory for tests and benchmarks). The same seed
// always gives the same files.
//
// It is a package of its own because it imports nothing of Caravan's and
// nothing in package data's code uses it: only commands, tests and
// benchmarks do.
package synthetic
