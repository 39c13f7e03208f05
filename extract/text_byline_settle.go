package extract

// The author's last checks run after the body has been assembled: the
// body leaves out the byline's line by the name it was read from, so a
// name dropped earlier would keep its line in the body (tauth60,
// fifty-first session). An article and a page skipped as no article
// settle their author alike, so a listing's or a forum's author is
// cleaned as an article's is: before the fifty-fourth session the
// skipped path (textSkippedMeta) ran only the control, editor and phpBB
// checks, and kept the "!" and the full stop the article path drops.

// textSettleAuthor is the page's author once its body is read: the
// byline's name (author) without a share button's "!" message, a date
// label's full stop or a forum control, else the name over a bio
// (boxAuthor) checked alike; a question's editor and a listing card's
// writer (text_byline_listcards.go) name nobody; and a page left without
// a name takes a phpBB post's writer.
func textSettleAuthor(blocks []textBlock, author, boxAuthor string) string {
	name := textNoControlName(textNoFullStop(textNoExclaimedName(author)))
	if name == "" {
		name = textNoControlName(textNoFullStop(textNoExclaimedName(boxAuthor)))
	}
	name = textNoListCardName(blocks, textNoEditorName(blocks, name))
	if name == "" {
		name = textPostByName(blocks)
	}
	return name
}
