package extract

// editionTail reports whether the folded words after a headline's
// separator are a month and year ("– March 2026"): the edition of a
// list or round-up that is updated each month, which belongs to the
// title as the page shows it, where a label or site name after the
// separator is cut. On wcxb-dev the gold kept the month on the one page
// whose <h1> has such a tail (a collection, odd ids), and no gold title
// of the 1,497 cuts one.
func editionTail(w []string) bool {
	return len(w) == 2 && isMonth(w[0]) && textTitleYearTail(" "+w[1])
}
