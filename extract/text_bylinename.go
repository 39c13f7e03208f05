package extract

// Where textNameUnderHeadline finds the byline's name: the line past it
// may be a label before the date, and a standfirst may stand between the
// headline and the name.

// textDekWords is the fewest words of the standfirst textNameUnderDek
// reads between the headline and the name: a menu's entry or a label
// there ("More about Notion" over "Add Alternatives") is no standfirst.
const textDekWords = 8

// textNameUnderDek reports whether the line under the headline at at is a
// standfirst, and a name under it is read as the byline's ("How Rates
// Rose" / "A look at the year's loans, month by month" / "Ann Roe" /
// "March 3, 2025"). On wcxb-dev flat articles 3 more exact authors (odd
// page ids), none lost.
func textNameUnderDek(blocks []textBlock, at int) bool {
	return at+2 < len(blocks) && blocks[at+1].words >= textDekWords
}

// textDatePastLabel reports whether a date line follows the name at i,
// the next line in the direction step (1 down, -1 up), or, when label,
// the one past it with a label of at most textUnsureLabel words between
// ("Ann Roe" / "Marketing" / "August 26, 2025"; "Ann Roe, Editor" / "•" /
// "Friday, December 19, 2025"): a byline's section, a bullet or a
// tag set apart by flattening. The label was read on wcxb-dev flat
// articles for 4 more exact authors (3 on even page ids, 1 on odd), none
// lost; one forum thread with no author before took a quote's label.
func textDatePastLabel(blocks []textBlock, i, step int, label bool) bool {
	j := i + step
	if j < 0 || j >= len(blocks) {
		return false
	}
	if _, date := textDateLine(&blocks[j], textDateBylineWords); date {
		return true
	}
	k := j + step
	if !label || k < 0 || k >= len(blocks) || blocks[j].words > textUnsureLabel {
		return false
	}
	_, date := textDateLine(&blocks[k], textDateBylineWords)
	return date
}
