package extract

// textTitleCandidates is what the title's after-rules read besides the
// line taken: the page's blocks, the title model's candidate lines
// (cands, block indexes in order) and their feature vectors (vecs, one a
// candidate), the body's first block, whether the body is clean, the
// page's URL ("" when read without one) and its slug's keys
// (textSlugKeys), and the weights the line taken was chosen with (w:
// textTitleWeights, or textTitleTextWeights without the URL).
type textTitleCandidates struct {
	blocks []textBlock
	cands  []int
	vecs   [][textTitleFeatures]float64
	first  int
	clean  bool
	url    string
	slug   []string
	w      *[textTitleFeatures]float64
	marks  *textMarkBound // the page's "©" reading, nil when not known (textNamesOwnerMarked)
}

// textTitleAfter returns the block whose text names the page: the line
// taken, at, as the rules that may move it off the line the title model
// took leave it, in their order. Each rule is given the line so far and
// returns it or another block, and says in its own file which pages it
// is for and what it must leave alone. Only the title's text follows
// them; the body, byline and date are read around the model's line. The
// order matters: each rule reads the line the rules above it left (a
// rule that asks whether the line is a site's name or a field asks it of
// the headline a trail's end gave way to), and each was added under
// those above it and measured on their output (docs/quality/
// text-extraction-2.md, the sections naming each rule). Moving one is a
// change to measure, not a refactor. The rules on the title's text that
// follow these, and why they follow, are listed over textFindMeta.
//
// The rules are called by name, not through a list of functions: a call
// through a function value lets c escape, and the candidates were one
// heap allocation a page (docs/quality/text-extraction-2.md, "Text
// speed, the block's line flag everywhere", forty-third session).
func textTitleAfter(c *textTitleCandidates, at int) int {
	at = textTitleNextToCrumbs(c, at)     // text_title_crumb.go
	at = textTitleDoubledOver(c, at)      // text_title_twice.go
	at = textTitleHeadOverDek(c, at)      // text_title_dek.go
	at = textTitleNotHost(c, at)          // text_title_host.go
	at = textTitleNotOwner(c, at)         // text_title_owner.go
	at = textTitleNotField(c, at)         // text_title_field.go
	at = textTitleOffSlug(c, at)          // text_title_slug.go
	at = textTitleAtOpening(c, at)        // text_title_atopening.go
	at = textTitleMenuOverHeadline(c, at) // text_title_menu.go
	at = textTitleUnderItsDate(c, at)     // text_title_dateover.go
	at = textTitleMenuOffSlug(c, at)      // text_title_menuslug.go
	at = textTitleMenuOverSigned(c, at)   // text_title_menusigned.go
	at = textTitleStatedOverDek(c, at)    // text_title_twicedek.go
	at = textTitleHeadOverTwinDek(c, at)  // text_title_twindek.go
	at = textTitleUnderPreheader(c, at)   // text_title_preheader.go
	at = textTitleTwinNearBody(c, at)     // text_title_twinnear.go
	at = textTitleDatedHeadAbove(c, at)   // text_title_datedhead.go
	at = textTitleUnderGluedTrail(c, at)  // text_title_gluedtrail.go
	at = textTitleNotBadges(c, at)        // text_title_badges.go
	at = textTitleNotGluedMenu(c, at)     // text_title_gluedmenu.go
	at = textTitleOverThreadMark(c, at)   // text_title_thread.go
	at = textTitleFirstPermalink(c, at)   // text_title_permalink.go
	at = textTitleNotGluedBanner(c, at)   // text_title_gluedbanner.go
	return at
}
