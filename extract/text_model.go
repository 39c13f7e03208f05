package extract

import (
	"math"
	"slices"
	"strings"
	"sync"
)

// The block model is a logistic regression and boosted trees over
// features of a block and its neighbours, on top of the heuristic body
// span (text_score.go): the span finds where the article is, the model
// decides block by block what in and around it belongs to the article.
// Its weights (textWeights) and trees (textTrees) are fitted on wcxb-dev
// flat pages by TestTextTrees (text_heldout_test.go), which writes them to
// text_fit.go: `go test ./extract -run 'TestTextTrees$' -train -v
// -texttrees text_fit.go` (the path is the test's, in extract/).

// textNumFeatures is the length of a block's feature vector.
const textNumFeatures = 38

// textWindow is how many blocks either side the context features read.
const textWindow = 5

// textProse reports whether a block reads as a paragraph of prose.
func textProse(b *textBlock) bool {
	return b.words >= textProseBlockWords && (b.sentEnd || b.marks > 0)
}

// textProseBlockWords is the fewest words of a prose paragraph.
const textProseBlockWords = 8

// textFeatures fills one feature vector per block; [first, last) is the
// heuristic body span.
func textFeatures(blocks []textBlock, first, last int) [][textNumFeatures]float64 {
	c := newTextContext(blocks, first, last)
	out := make([][textNumFeatures]float64, len(blocks))
	for i := range blocks {
		c.features(i, &out[i])
	}
	return out
}

// textContext holds what the context features of a page's blocks are
// read from, so one block's vector can be filled alone: the block model
// is asked about a fraction of a page's blocks (textClassify), and a
// vector for every block was a tenth of extracting a seed page.
type textContext struct {
	blocks      []textBlock
	first, last int
	endAfter    int   // first section cue at or after the span's end
	prose       []int // prefix counts of prose blocks
	proseW      []int // prefix counts of words in prose blocks
	short       []int // prefix counts of short blocks
	// asked keeps the blocks' questions to the model askedOf (its
	// slack aside; textModel.above): on flat pages 15 % of the questions ask
	// a block already asked at another bar (docs/quality.md, "Text speed,
	// fifteenth round"), whose features and log-odds are the same. The
	// text path hands it its scratch's, cleared (textScratch.askedFor).
	asked   []textAsked
	askedOf textModel
	// loaded is the room where textModel.above loads a block's features
	// for the trees (forestLoad), the scratch's: only its first
	// textNumFeatures are ever written, so the rest stay zero, as the
	// trees read them. A vector of forestFeatures zeroed at each question
	// and its copy were 2.7 M instructions of 100 wcxb-dev flat pages (docs/quality.md,
	// "Text speed, round twenty-four").
	loaded *[forestFeatures]float64
	// kept holds the loaded features of the blocks asked of askedOf,
	// textNumFeatures apart, block i's from i*textNumFeatures, with
	// forestFeatures-textNumFeatures more after the last block's so that
	// each is read as the trees' array (keptAt). A block's vector is
	// written at its first question (textAsked.run.at nil) and read at
	// the next ones: the features stand while the blocks do, and the
	// asked blocks' did not change between questions (TestTextContextSharedMatchesNew).
	// Built again at each of 3,082 later questions of the 100 long
	// wcxb-dev flat pages, the features were some 1.2 M instructions
	// (fifty-fifth session, docs/quality/text-extraction-5.md;
	// TestTextKeptFeaturesMatchFresh). The text path hands it its
	// scratch's (textScratch.keptFor).
	kept []float64
}

// textAsked is a block's question to the model so far: the regression's
// log-odds and the trees' run (run.at nil: not asked).
type textAsked struct {
	z   float64
	run forestRun
}

// askedFor is block i's textAsked under m, nil when m has no bounds or
// is not the model the context's questions were asked of. The models are
// compared field by field, slack aside (it moves the bar, not the
// log-odds; askedOf is kept without it): askedOf != m with m's slack
// zeroed was a call to the compiler's equality function for textModel
// at each of 31,737 questions of the 100 long wcxb-dev flat pages, and
// the call kept askedFor out of above's body (forty-seventh session,
// docs/quality/text-extraction-3.md; TestTextAskedForModels).
func (c *textContext) askedFor(m textModel, i int) *textAsked {
	if q := c.askedKept(m, i); q != nil {
		return q
	}
	return c.askedAnew(m, i)
}

// askedKept is askedFor on its common way, nil off it: block i's
// textAsked when m is the model the context's questions were asked of.
// Without askedAnew's call it is small enough to be inlined into
// textModel.above, where askedFor, with the call, was not (the
// inliner's cost 104 over its budget of 80 once textModel had its page
// weights): a frame, the model's five words passed and above's values
// kept across the call at each of 31,763 questions of the 100 long
// wcxb-dev flat pages (fifty-seventh session,
// docs/quality/text-extraction-5.md; TestTextAskedForModels).
func (c *textContext) askedKept(m textModel, i int) *textAsked {
	if a := &c.askedOf; a.trees != nil && a.trees == m.trees && a.weights == m.weights && a.bounds == m.bounds && a.page == m.page {
		return &c.asked[i]
	}
	return nil
}

// askedAnew is askedFor off its common way: m without bounds or trees,
// the context's first question, or another model's.
//
//go:noinline
func (c *textContext) askedAnew(m textModel, i int) *textAsked {
	m.slack = 0 // it moves the bar, not the log-odds
	if m.bounds == nil || m.trees == nil || c.askedOf.trees != nil {
		return nil
	}
	c.askedOf = m
	if len(c.asked) != len(c.blocks) {
		c.asked = make([]textAsked, len(c.blocks))
	}
	if len(c.kept) != textKeptLen(len(c.blocks)) {
		c.kept = make([]float64, textKeptLen(len(c.blocks)))
	}
	return &c.asked[i]
}

// keptAt is block i's room in c.kept, as the trees read a loaded vector.
// The text trees split on the first textNumFeatures only
// (TestTextForestReadsTextFeatures), so what lies past a block's in the
// array, the next blocks' vectors, is never read.
func (c *textContext) keptAt(i int) *[forestFeatures]float64 {
	return (*[forestFeatures]float64)(c.kept[i*textNumFeatures:])
}

// textKeptLen is the length of textContext.kept for n blocks.
func textKeptLen(n int) int {
	return n*textNumFeatures + forestFeatures - textNumFeatures
}

// keptFor is s's room for the loaded features of n blocks
// (textContext.kept). It is not cleared: a block's vector is written
// before it is read.
func (s *textScratch) keptFor(n int) []float64 {
	s.kept = slices.Grow(s.kept[:0], textKeptLen(n))[:textKeptLen(n)]
	return s.kept
}

// newTextContext counts what the context features read; [first, last)
// is the heuristic body span.
func newTextContext(blocks []textBlock, first, last int) *textContext {
	return newTextContextIn(blocks, first, last, newTextScratch())
}

// newTextContextIn is newTextContext with its counts in s's room.
func newTextContextIn(blocks []textBlock, first, last int, s *textScratch) *textContext {
	n := len(blocks)
	counts := slices.Grow(s.counts[:0], 3*(n+1))[:3*(n+1)] // one list for the three prefix counts
	s.counts = counts
	clear(counts)
	c := &textContext{blocks: blocks, first: first, last: last, endAfter: n,
		prose: counts[:n+1], proseW: counts[n+1 : 2*(n+1)], short: counts[2*(n+1):], loaded: &s.loaded}
	// The counts' slices in locals, and a block's prose test read once
	// for two of them: through c, each count loaded its slice again, and
	// the test was made twice (1.46 -> 0.83 M instructions of the 100
	// long wcxb-dev flat pages, forty-seventh session,
	// docs/quality/text-extraction-3.md; TestTextContextCountsMatchPlain).
	prose, proseW, short := c.prose[:n+1], c.proseW[:n+1], c.short[:n+1]
	for i := range blocks {
		b := &blocks[i]
		p := textBool(textProse(b)) // read once for both counts
		prose[i+1] = prose[i] + p
		proseW[i+1] = proseW[i] + p*b.words
		short[i+1] = short[i] + textBool(b.words < 4)
	}
	for i := last; i < n; i++ {
		if blocks[i].cue == textCueEnd {
			c.endAfter = i
			break
		}
	}
	return c
}

// features fills block i's feature vector f, every feature of it, so
// that f need not be zero: textModel.above cleared its vector before
// each of 29 thousand questions on 100 wcxb-dev flat pages, some 33
// instructions each, where the eleven features set on some paths only
// are set to zero on the others for a few (docs/quality.md, "Text speed,
// round fifty"; TestTextFeaturesFillEvery).
//
// The block's own features are filled last, and the span's written out
// here: with textOwnFeatures' call first and textSpanFeatures' after it,
// the page's counts, the block's index and the vector were kept on the
// stack across both calls and read back after each, some 40 of the 160
// instructions of features' own at each of 29,020 vectors of the 100
// long wcxb-dev flat pages (fifty-second session,
// docs/quality/text-extraction-3.md; TestTextContextFeaturesMatchPlain).
func (c *textContext) features(i int, f *[textNumFeatures]float64) {
	blocks, first, last := c.blocks, c.first, c.last
	n := len(blocks)
	prose, proseW, short := c.prose, c.proseW, c.short
	lo, hi := max(0, i-textWindow), min(n, i+textWindow+1)
	f[17] = float64(prose[hi]-prose[lo]) / float64(hi-lo)
	f[18] = float64(short[hi]-short[lo]) / float64(hi-lo)
	f[13], f[15] = 0, 0
	if i > 0 {
		f[13] = textLog1p(blocks[i-1].words)
		f[15] = textBoolF(blocks[i-1].sentEnd)
	}
	f[14], f[16] = 0, 0
	if i+1 < n {
		f[14] = textLog1p(blocks[i+1].words)
		f[16] = textBoolF(blocks[i+1].sentEnd)
	}
	f[12] = float64(i) / float64(n)
	f[11], f[19], f[20], f[28], f[29], f[35], f[36] = 0, 0, 0, 0, 0, 0, 0
	switch {
	case i >= first && i < last:
		f[11] = 1
		f[19] = float64(i-first) / float64(last-first)
		f[28] = textBoolF(i == first)
		f[29] = textBoolF(i == last-1)
		// how much of the body's prose is still to come: end matter
		// (bios, disclaimers, promotions) follows the last of it.
		spanW := float64(max(proseW[last]-proseW[first], 1))
		f[35] = float64(proseW[last]-proseW[i+1]) / spanW
		f[36] = float64(proseW[i]-proseW[first]) / spanW
	case i < first:
		f[20] = textLog1p(first - i)
	default:
		f[20] = textLog1p(i - last + 1)
	}
	f[21] = textBoolF(i > c.endAfter)
	f[37] = textLog1p(proseW[min(n, i+1+2*textWindow)] - proseW[i+1])
	textOwnFeatures(&blocks[i], f)
}

// textOneBits is the bits of 1.0.
const textOneBits = 0x3ff0000000000000

// textLog1p is math.Log1p(float64(n)), read from a table for the counts
// most blocks have: the block model and the title candidates take the
// logarithm of word counts and distances six times a block asked about,
// and computing them was 2.5% of a seed page.
func textLog1p(n int) float64 {
	if uint(n) < uint(len(textLog1pTable)) {
		return textLog1pTable[n]
	}
	return math.Log1p(float64(n))
}

// textLog1pTable holds math.Log1p of 0 to 1023, computed by it.
var textLog1pTable = func() (t [1024]float64) {
	for n := range t {
		t[n] = math.Log1p(float64(n))
	}
	return t
}()

// textOwnFeatures fills the features of the block alone. The four that
// may take a call (a logarithm past its table, a list item's number, a
// web address not recorded) are read on their common way here and set
// again by textOwnFeaturesFar where they may not be.
func textOwnFeatures(b *textBlock, f *[textNumFeatures]float64) {
	w := float64(max(b.words, 1))
	f[0] = 1
	f[1] = textLog1pTable[b.words&(len(textLog1pTable)-1)] // past the table: textOwnFeaturesFar
	f[2] = float64(b.stop) / w
	f[3] = textBoolF(b.sentEnd)
	f[4] = textBoolF(b.marks > 0)
	f[5] = textBoolF(b.words < 4)
	f[6] = textCap(float64(b.caps)/w, 1)
	f[7] = textBoolF(b.dup > 0)
	if b.cue == 0 { // none of the blocks the model was asked about on the 100 long wcxb-dev flat pages
		f[8], f[9], f[10] = 0, 0, 0
	} else {
		*(*[3]float64)(f[8:11]) = textCueFeatures[b.cue] // a drop, a soft and an end cue
	}
	f[22] = textCap(float64(b.digits)/w, 1)
	f[23] = 0 // a list item: textOwnFeaturesFar
	f[24] = float64(b.long) / w
	v, ok := textSignedLog1pHalves(b.score) // inlined: most scores are whole or halves
	f[25] = v
	f[26] = textCap(float64(len(b.text))/w/10, 2)
	var end byte // the text's last byte, for the colon and the question mark
	if len(b.text) > 0 {
		end = b.text[len(b.text)-1]
	}
	f[27] = textBoolF(end == ':')
	// How the block addresses the reader: promotions, sign-up boxes and
	// bios say "you" and "we" and open with an imperative.
	f[30] = textCap(float64(b.you)/w*5, 1)
	f[31] = textCap(float64(b.we)/w*5, 1)
	f[32] = textBoolF(b.action)
	f[33] = textBoolF(end == '?')
	f[34] = textBoolF(b.web == textWebHeld) // unread: textOwnFeaturesFar
	if !ok || uint(b.words) >= uint(len(textLog1pTable)) || b.web == textWebUnread ||
		len(b.text) >= 2 && textListLeads[b.text[0]] {
		textOwnFeaturesFar(b, f)
	}
}

// textOwnFeaturesFar sets the four features of a block's own that may
// take a call, for textOwnFeatures, which asks it only of a block where
// one of them may: a word count past textLog1pTable, a score neither
// whole nor a half (338 of the 27,114 vectors of the 100 long wcxb-dev
// flat pages), a line opening as a list item may (1,286) or a block
// whose web addresses the reader did not record (none). Asked once, at
// textOwnFeatures' end, the call is the only one on its way, and no
// value of textOwnFeatures is kept on the stack across it: with the
// calls where their features are set, the block, the vector and the
// score's answer were stored at every vector (fifty-ninth session,
// docs/quality/text-extraction-6.md; TestTextOwnFeaturesMatchPlain).
//
//go:noinline
func textOwnFeaturesFar(b *textBlock, f *[textNumFeatures]float64) {
	f[1] = textLog1p(b.words)
	f[23] = textBoolF(textIsListItem(b.text))
	f[25] = textSignedLog1p(b.score)
	f[34] = textBoolF(textBlockWeb(b))
}

// textCueFeatures are a block's three cue features by its cue, a row
// each: f[8] a drop cue, f[9] a soft one, f[10] an end one. Read as one
// row of a table that a textCue indexes with no bounds check, they take
// a few loads and stores where three comparisons each made a float (some
// 18 instructions at each of 27,114 first questions of the 100 long
// wcxb-dev flat pages, 9 now: textOwnFeatures 5.85 -> 5.55 M; fifty-sixth
// session, docs/quality/text-extraction-5.md;
// TestTextOwnFeaturesMatchPlain).
var textCueFeatures = [256][3]float64{
	textCueDrop: {1, 0, 0},
	textCueSoft: {0, 1, 0},
	textCueEnd:  {0, 0, 1},
}

// textIsListItem reports whether s starts like a list item: a bullet or
// a number with a dot or bracket. Each form is told by its first byte
// ('-', '*', the bullet's first byte, a digit), read before any prefix
// is compared: most blocks open with a letter, and the three prefixes
// and the number's loop were some 45 instructions a question of the
// block model's 29 thousand on 100 wcxb-dev flat pages
// (docs/quality/text-extraction-2.md, "Text speed, the block model's
// log-odds written out"; TestTextIsListItemMatchesPlain).
//
// The first byte is looked up here (textListLeads), in the callers'
// bodies, and only a line that opens with one of them is read further
// (textIsListItemFrom): textOwnFeatures called this at each of 29,178
// questions of the 100 long wcxb-dev flat pages, and the call was some
// 20 instructions of each (forty-seventh session,
// docs/quality/text-extraction-3.md).
func textIsListItem(s string) bool {
	return len(s) >= 2 && textListLeads[s[0]] && textIsListItemFrom(s) // every form is two bytes or more
}

// textListLeads marks the bytes a list item can open with: '-', '*', the
// bullet's first byte and the digits.
var textListLeads = func() (t [256]bool) {
	for _, c := range []byte("-*0123456789") {
		t[c] = true
	}
	t["•"[0]] = true
	return t
}()

// textIsListItemFrom is textIsListItem for s of two bytes or more.
func textIsListItemFrom(s string) bool {
	switch c := s[0]; {
	case c == '-' || c == '*':
		return s[1] == ' '
	case c == "•"[0]:
		return strings.HasPrefix(s, "• ")
	case c >= '0' && c <= '9':
		_, mark := textLeadNumber(s, 3)
		return mark > 0
	}
	return false
}

// textLeadNumber reads the number s opens with, of at most digits ASCII
// digits, and the list mark right after it, '.' or ')': the number and
// the mark's index, or 0 and -1 when s does not open so.
func textLeadNumber(s string, digits int) (n, mark int) {
	i := 0
	for ; i < len(s) && i < digits && s[i] >= '0' && s[i] <= '9'; i++ {
		n = n*10 + int(s[i]-'0')
	}
	if i == 0 || i >= len(s) || s[i] != '.' && s[i] != ')' {
		return 0, -1
	}
	return n, i
}

func textBool(b bool) int {
	if b {
		return 1
	}
	return 0
}

// textBoolF is 1 where b holds and 0 where it does not, its bits chosen
// by a conditional move and stored as they are: set from the
// comparison's flag, widened and converted into a cleared register
// (float64(textBool(b))), it took two instructions more at each of the
// block model's, the title model's and the HTML blocks' flags
// (textOwnFeatures 5.55 -> 4.62 M with it and the other steps of
// text-extraction-6.md's "the block's own features take no call",
// fifty-ninth session; TestTextBoolFMatchesConversion).
func textBoolF(b bool) float64 {
	var bits uint64
	if b {
		bits = textOneBits
	}
	return math.Float64frombits(bits)
}

// textCap is min(x, hi) for hi above zero, NaN and both zeros as min
// gives them: x when x > hi is false. Go's min of two floats keeps to
// IEEE's rules for NaN and -0 with two MINSDs, two moves and an OR
// where hi > 0 needs one comparison; textOwnFeatures caps five ratios
// at each of the 29,178 feature vectors of the 100 long wcxb-dev flat
// pages (forty-ninth session, docs/quality/text-extraction-3.md;
// TestTextCapMatchesMin, TestTextOwnFeaturesMatchPlain).
func textCap(x, hi float64) float64 {
	if x > hi {
		return hi
	}
	return x
}

// textLogitGo is the model's log-odds that a block belongs to the
// article: textLogit in Go, which is textLogit on other architectures
// and the plain form the assembly's is held to (textlogit_amd64.s).
//
// The terms are added in order, written out one by one: the loop of two
// terms a step over slices of the arrays (docs/quality.md, "Text speed,
// round twenty-nine") took 9 instructions a step, its count, test and
// branch among them; written out, a term is a load, a product and a
// sum, and the arrays' indexes are constants under their length, so
// they need no check. The sum is the plain loop's to the bit
// (TestTextLogitMatchesPlain): 29 thousand questions on 100 wcxb-dev
// flat pages (docs/quality/text-extraction-2.md, "Text speed, the block
// model's log-odds written out"). textLogitTerms holds it to
// textNumFeatures.
func textLogitGo(f *[textNumFeatures]float64, w *[textNumFeatures]float64) float64 {
	z := 0.0
	z += f[0] * w[0]
	z += f[1] * w[1]
	z += f[2] * w[2]
	z += f[3] * w[3]
	z += f[4] * w[4]
	z += f[5] * w[5]
	z += f[6] * w[6]
	z += f[7] * w[7]
	z += f[8] * w[8]
	z += f[9] * w[9]
	z += f[10] * w[10]
	z += f[11] * w[11]
	z += f[12] * w[12]
	z += f[13] * w[13]
	z += f[14] * w[14]
	z += f[15] * w[15]
	z += f[16] * w[16]
	z += f[17] * w[17]
	z += f[18] * w[18]
	z += f[19] * w[19]
	z += f[20] * w[20]
	z += f[21] * w[21]
	z += f[22] * w[22]
	z += f[23] * w[23]
	z += f[24] * w[24]
	z += f[25] * w[25]
	z += f[26] * w[26]
	z += f[27] * w[27]
	z += f[28] * w[28]
	z += f[29] * w[29]
	z += f[30] * w[30]
	z += f[31] * w[31]
	z += f[32] * w[32]
	z += f[33] * w[33]
	z += f[34] * w[34]
	z += f[35] * w[35]
	z += f[36] * w[36]
	z += f[37] * w[37]
	return z
}

// textLogitTerms is how many terms textLogitGo and textlogit_amd64.s
// write out: a build with textNumFeatures changed fails here, where
// they would leave the new features out.
const textLogitTerms = 38

var (
	_ [textNumFeatures - textLogitTerms]struct{}
	_ [textLogitTerms - textNumFeatures]struct{}
)

// textModel is the block model: a logistic regression, and, when trees
// is set, the mean of its log-odds and boosted trees' (trees.go). 2-fold
// held out on wcxb-dev the mean scored articles 0.9184 against the
// regression's 0.9151 (docs/quality.md). The HTML model reads the
// regression's log-odds alone (htmlOwnFeatures).
type textModel struct {
	weights *[textNumFeatures]float64
	trees   *forest
	// bounds, when set, are laid out over trees (forest.aboveIn).
	bounds *forestBounds
	// slack lowers the bar a block's log-odds must pass below
	// textKeepLogit: textDoubtSlack on pages that read as no article.
	slack float64
	// page, when set, are the page model's weights read with this block
	// model (textCheckArticle); unset, textPageWeights. The 2-fold
	// held-out check fits both on one half (TestTextTrees).
	page *[textPageFeatures]float64
}

// pageWeights are the page model's weights the text path reads with m.
func (m textModel) pageWeights() *[textPageFeatures]float64 {
	if m.page != nil {
		return m.page
	}
	return &textPageWeights
}

// textForest is textTrees laid out for scoring.
var textForest = newForest(textTrees, textForestCheck)

// textForestBounds are textBoundSplits laid out over textForest, summed
// when the first Extractor is made (some 11 M instructions, 3 ms): the
// commands that extract nothing do not pay for them.
var textForestBounds = sync.OnceValue(func() *forestBounds { return newForestBounds(textForest, textBoundSplits) })

// textDefaultModel is the fitted model (text_fit.go).
func textDefaultModel() textModel {
	return textModel{weights: &textWeights, trees: textForest, bounds: textForestBounds()}
}

// keeps reports whether the model's log-odds for block i of c are above
// textKeepLogit, as logit(f) > textKeepLogit, often without every tree
// (forest.above).
func (m textModel) keeps(c *textContext, i int) bool {
	return m.above(c, i, textKeepLogit-m.slack)
}

// above reports whether the model's log-odds for block i of c are above
// t, often without every tree (forest.above).
func (m textModel) above(c *textContext, i int, t float64) bool {
	q := c.askedKept(m, i) // inlined; askedFor with its call is not
	if q == nil {
		q = c.askedAnew(m, i)
	}
	if q != nil && q.run.at != nil {
		if above, settled := m.trees.settle(&q.run, nil, q.z, t); settled {
			return above
		}
		// A run begun at another bar holds the block's log-odds and its
		// loaded features already: the same features under the same
		// weights.
		return m.trees.aboveRun(m.bounds, &q.run, c.keptAt(i), q.z, t)
	}
	if q != nil { // askedFor gives a question only of a model with trees and bounds
		g := c.keptAt(i)
		f := (*[textNumFeatures]float64)(g[:textNumFeatures])
		c.features(i, f) // every feature set: the room need not be cleared
		z := textLogit(f, m.weights)
		q.z = z
		textLoadLogged(f, z) // loads g in place (forestLoad)
		return m.trees.startAbove(m.bounds, &q.run, g, z, t)
	}
	g := c.loaded
	f := (*[textNumFeatures]float64)(g[:textNumFeatures])
	c.features(i, f) // every feature set: the last question's need not be cleared
	z := textLogit(f, m.weights)
	switch {
	case m.trees == nil:
		return z > t
	case m.bounds != nil:
		return m.trees.aboveIn(m.bounds, f[:], z, t)
	}
	return m.trees.above(f[:], z, t)
}

// logit is the model's log-odds for block i of c, as above reads them:
// the regression's, or their mean with the trees'. A block already asked
// of the model (textIsUnsure asks above first) has its regression's
// log-odds and its loaded features kept (textAsked.z, keptAt), which the
// trees read as forest.logit reads the vector it loads: building the
// features again and zeroing a vector of forestFeatures for the load were
// most of the call (fifty-fifth session, docs/quality/text-extraction-5.md;
// TestTextModelLogitKeptMatchesPlain).
func (m textModel) logit(c *textContext, i int) float64 {
	if q := c.askedFor(m, i); q != nil && q.run.at != nil {
		return (q.z + forestSum(m.trees.walk, c.keptAt(i), 0)) / 2
	}
	return m.logitAfresh(c, i)
}

// logitAfresh is logit from block i's features built anew.
func (m textModel) logitAfresh(c *textContext, i int) float64 {
	var f [textNumFeatures]float64
	c.features(i, &f)
	z := textLogit(&f, m.weights)
	if m.trees == nil {
		return z
	}
	return (z + m.trees.logit(f[:])) / 2
}

// textClassify marks the blocks the model keeps; [first, last) is the
// heuristic span. The model is not asked about the blocks kept whatever
// it says, nor about cue lines, which neither the body (textAssemble) nor
// the page model (textCountPage) takes: its trees cost about 1.5 µs a
// block.
func textClassify(blocks []textBlock, first, last int, m textModel) []bool {
	return textClassifyIn(newTextContext(blocks, first, last), m)
}

// textClassifyIn is textClassify with the page's context counted; the
// text path counts it once for this and textDropDoubtedIn.
func textClassifyIn(c *textContext, m textModel) []bool {
	blocks, first, last := c.blocks, c.first, c.last
	keep := make([]bool, len(blocks))
	for i := range blocks {
		b := &blocks[i]
		keep[i] = i >= first && i < last && textIsProseSentence(b) || textIsRepeatedLead(blocks, i) ||
			b.cue == textCueNone && m.keeps(c, i)
	}
	return keep
}

// textDropDoubted clears the span's prose sentences that the block model
// rejects. textClassify keeps them whatever the model says, and the page
// model (textCheckArticle) was fitted on its verdicts so; but a sentence
// the model rejects is mostly the site's (a promotion inside the span, a
// company's blurb under the article, a form's fine print), so the body
// leaves it, after the not-article check. Two guards, as
// textLeaveOutTail's: textTailMinChars of body must stay (on listings and
// product pages the doubted sentences were most of it, and 8 wcxb-dev
// pages fell under Options.MinBodyChars), and textTailFooterBlocks lines
// must follow what stays, a site's template: a corpus text ends with its
// report's own lines ("Call Jane Roe at 555-0100.", GVC), which the model
// doubts. On the wcxb-dev flat articles F1 0.92501 -> 0.92689, even and
// odd ids alike (docs/quality.md, fifth session).
func textDropDoubted(blocks []textBlock, first, last int, keep []bool, m textModel) {
	textDropDoubtedIn(newTextContext(blocks, first, last), keep, m)
}

// textDropDoubtedIn is textDropDoubted with the page's context counted
// (newTextContext, which textClassifyIn read): counting it again was 1%
// of a seed page.
func textDropDoubtedIn(c *textContext, keep []bool, m textModel) {
	if textDoubtFooterBound(c, keep) {
		return
	}
	blocks, first, last := c.blocks, c.first, c.last
	var doubted []int
	for i := max(first, 0); i < min(last, len(blocks)); i++ {
		if !keep[i] || !textIsProseSentence(&blocks[i]) || textIsRepeatedLead(blocks, i) {
			continue
		}
		if !m.keeps(c, i) {
			doubted = append(doubted, i)
		}
	}
	for _, i := range doubted {
		keep[i] = false
	}
	if len(doubted) > 0 && (textKeptChars(blocks, keep) < textTailMinChars || !textHasFooter(blocks, keep)) {
		for _, i := range doubted {
			keep[i] = true // a short body or a corpus text: as it was
		}
	}
}

// textDoubtFooterBound reports whether textDropDoubtedIn can change no
// block of c: a kept block the pass asks nothing of (not a prose sentence
// of the span, or a repeated lead) stands fewer than textTailFooterBlocks
// lines from the page's end. The pass never unkeeps it, so whatever the
// model doubts, the last kept block is at it or after it, textHasFooter
// fails and every doubted sentence is restored. Only the last
// textTailFooterBlocks blocks are read. On the wcxb-dev flat pages with
// the URL, 1,252 of the pass's 56,062 questions (32 pages) were asked on
// pages so bound (forty-ninth session, tspeed122's count;
// docs/quality/text-extraction-3.md, fiftieth session;
// TestTextDoubtFooterBoundMatchesPlain).
func textDoubtFooterBound(c *textContext, keep []bool) bool {
	blocks, first, last := c.blocks, max(c.first, 0), min(c.last, len(c.blocks))
	for i := len(blocks) - 1; i >= 0 && len(blocks)-1-i < textTailFooterBlocks; i-- {
		if keep[i] && (i < first || i >= last || !textIsProseSentence(&blocks[i]) || textIsRepeatedLead(blocks, i)) {
			return true
		}
	}
	return false
}

// textKeptChars is the length of the kept blocks the body would hold.
func textKeptChars(blocks []textBlock, keep []bool) int {
	n := 0
	for i := range blocks {
		if keep[i] && blocks[i].cue == textCueNone && blocks[i].url == "" {
			n += len(blocks[i].text)
		}
	}
	return n
}

// textHasFooter reports whether textTailFooterBlocks lines or more follow
// the last kept block: a site's template, not a corpus text, which ends
// where its report does.
func textHasFooter(blocks []textBlock, keep []bool) bool {
	last := len(blocks) - 1
	for last >= 0 && !keep[last] {
		last--
	}
	return len(blocks)-1-last >= textTailFooterBlocks
}

// textIsRepeatedLead reports whether block i is a sentence that the next
// block repeats, as reports that restate their lead paragraphs under a
// summary do (GVC). Repeated, and often before the span, such a pair
// reads as furniture to the trees, which dropped both copies of three
// GVC leads; the first copy is kept.
func textIsRepeatedLead(blocks []textBlock, i int) bool {
	b := &blocks[i]
	return i+1 < len(blocks) && blocks[i+1].text == b.text && textIsPlainSentence(b)
}

// textKeepLogit is the log-odds above which the model keeps a block;
// on wcxb-dev flat articles -0.5 gives F1 0.912, 0 gives 0.914, 0.5 0.904.
const textKeepLogit = 0.0

// textIsProseSentence reports whether a block is a plain sentence of
// prose, which the body span never loses: ECB+ and GVC bodies with a
// stray cue line must keep every sentence.
func textIsProseSentence(b *textBlock) bool {
	return textIsPlainSentence(b) && b.dup == 0
}

// textIsPlainSentence reports whether a block reads as a sentence: ended like
// one, a few words, some of them stopwords, and no cue.
func textIsPlainSentence(b *textBlock) bool {
	return b.sentEnd && b.words >= 3 && b.stop > 0 && b.cue == textCueNone
}
