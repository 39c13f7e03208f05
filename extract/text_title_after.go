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
}

// textTitleAfterRules are the rules that may move the line that names
// the page off the line the title model took: each is given the line so
// far and returns it or another block, and says in its own file which
// pages it is for and what it must leave alone. Only the title's text
// follows them; the body, byline and date are read around the model's
// line. The order matters: each rule reads the line the rules above it
// left (a rule that asks whether the line is a site's name or a field
// asks it of the headline a trail's end gave way to), and each was added
// under those above it and measured on their output (docs/quality/
// text-extraction-2.md, the sections naming each rule). Moving one is a
// change to measure, not a refactor.
var textTitleAfterRules = []func(c *textTitleCandidates, at int) int{
	textTitleNextToCrumbs,     // text_title_crumb.go
	textTitleDoubledOver,      // text_title_twice.go
	textTitleHeadOverDek,      // text_title_dek.go
	textTitleNotHost,          // text_title_host.go
	textTitleNotField,         // text_title_field.go
	textTitleOffSlug,          // text_title_slug.go
	textTitleAtOpening,        // text_title_atopening.go
	textTitleMenuOverHeadline, // text_title_menu.go
	textTitleUnderItsDate,     // text_title_dateover.go
	textTitleMenuOffSlug,      // text_title_menuslug.go
	textTitleMenuOverSigned,   // text_title_menusigned.go
}

// textTitleAfter returns the block whose text names the page: the line
// taken, at, as textTitleAfterRules leave it in their order.
func textTitleAfter(c *textTitleCandidates, at int) int {
	for _, rule := range textTitleAfterRules {
		at = rule(c, at)
	}
	return at
}
