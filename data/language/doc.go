// Package language tells which language a text is written in, from the
// text alone: the script first, then the letters each language adds to its
// script, then frequent short words ("function words"). Detect returns an
// ISO 639-1 code, or "" when a text is too short or too mixed to say; Name
// gives a code's English name.
//
// The function-word lists also tell writing from mojibake: text read with
// the wrong code page has few of them (FunctionWordShare, IsFunctionWord),
// which is how package data chooses between readings of a file that is not
// UTF-8.
//
// The package knows nothing of articles or corpora and imports nothing of
// Caravan's.
package language
