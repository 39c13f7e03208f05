package extract

// A bare name under the block that states the page's title, where the
// title model chose no headline: the title's after-rules found the title
// ("The Hottest Real Estate Markets in the U.S.", a research firm's
// report, under a breadcrumb that glues it to "HomeResearch"), and
// textNameUnderHeadline read no block, since it is asked only at the
// model's headline. The name is read as textNameUnderHeadline reads it
// (a date follows it: "Jonathan Jones" / "Last Updated Nov 6, 2025"),
// and none of its words may be one the page writes in lower case
// (textMenuWords: "View Webcam", a camera page's button). Where the
// model chose a headline elsewhere it is not read: a heading under the
// title is then as often a section's ("Foundational Fitness Protocol",
// "Mobile App Development") as a name.

// textNameUnderTitleBlock is textNameUnderHeadline's name under the
// block that states the title (textBlockStating) on a page with no
// headline (at is -1); or "".
func textNameUnderTitleBlock(blocks []textBlock, at, _ int, title string) string {
	if title == "" || at >= 0 {
		return ""
	}
	k := textBlockStating(blocks, title)
	if k < 0 {
		return ""
	}
	if name := textNameUnderHeadline(blocks, k); !textMenuWords(name, blocks) {
		return name
	}
	return ""
}
