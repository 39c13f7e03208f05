package extract

// A catalogue's cards each set a lone byline label over their makers
// ("By:" / "Rose Potter , Betsy Arnold", "By:" / "Texas Coalition for
// Heritage Spanish", eleven such on wcxb-dev 4555, coerll.utexas.edu,
// gold none): no one of them is the page's writer, and the card's name
// line is the card's text, which the gold's body keeps. A page's own
// byline label is set once, or again over the same name (a byline
// repeated at the foot); a forum's search form sets "By:" over "Search"
// in each copy of the form (0513, 4311: one line under it). Over every
// wcxb-dev flat page a lone label stands over three different lines or
// more on 4555 and on pages no labelled name is read from (2908's
// books, 4369's shop, the forums 0544 and 0550, whose label is
// "Author"): measured with and without the URL, it moves 4555 alone, its
// name to none and its body 0.8694 → 0.9017 (the cards' name lines kept).

// textLabelCardsMin is how many different lines the same lone label
// must stand over for the page to be a list of cards.
const textLabelCardsMin = 3

// textLabelCards reports whether the label at block i stands alone over
// textLabelCardsMin different lines or more across the page.
func textLabelCards(blocks []textBlock, i int) bool {
	var seen [textLabelCardsMin]string
	n := 0
	label := blocks[i].text
	for j := 0; j+1 < len(blocks) && n < textLabelCardsMin; j++ {
		if blocks[j].text != label {
			continue
		}
		next := blocks[j+1].text
		k := 0
		for k < n && seen[k] != next {
			k++
		}
		if k == n {
			seen[n] = next
			n++
		}
	}
	return n >= textLabelCardsMin
}
