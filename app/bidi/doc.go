// Package bidi draws paragraphs that mix right-to-left and left-to-right
// text — Arabic with digits, Latin names and parentheses — in a Fyne
// window, in the order a browser shows them.
//
// Fyne shapes Arabic (it joins the letters of a right-to-left run) but
// neither reorders the runs of a mixed line nor aligns right-to-left text
// to the right. The ordering itself is pure code in charts/bidi, shared
// with the chart images and the PDF deck; this package re-exports it
// ([Layout], [Visual], [DetectRTL]) and adds [Paragraph], the widget that
// draws the result with the right font for each piece.
package bidi
