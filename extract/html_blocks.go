package extract

import (
	"math"
	"strings"

	"golang.org/x/net/html"

	"github.com/storyfold/storyfold/textnorm"
)

// The HTML block model decides, block by block over the whole rendered
// page, what is the article. The two extractors' bodies are evidence, not
// the answer: whether each kept a block, where the block sits against the
// run they kept, what the class names around it say, and how it reads
// (the text model's log-odds, text_model.go). Its weights (htmlWeights,
// htmlTrees) are fitted on wcxb-dev by TestHTMLTrain (html_train_test.go,
// `go test ./extract -run TestHTMLTrain -htmltrain`), which prints them.

// htmlNumFeatures is the length of a block's feature vector: 0 a constant;
// 1-11 and 28-30, 45-47 what the extractors kept (htmlKeptFeatures);
// 12-27 the block itself (htmlOwnFeatures, 22 the text model's log-odds);
// 31-44 the class and id names around it; 48-51, 58-59 the container
// (htmlContainerFeatures); 52-57 the neighbours (htmlNeighbourFeatures).
const htmlNumFeatures = 60

// htmlModel is the block model: the mean of a logistic regression's and
// boosted trees' log-odds. The regression kept articles best, the trees
// the other page types (forums, listings, collections); their mean kept
// both (docs/quality.md).
type htmlModel struct {
	weights *[htmlNumFeatures]float64
	trees   *forest
	bar     float64 // the log-odds a block must pass: htmlKeepLogit or htmlArticleKeepLogit
	islands bool    // drop the blocks kept alone that the model is unsure of (dropIslands)
	// loaded is the page's scratch for the trees' features (htmlModelFor;
	// forest.aboveWith), nil for a fresh one a question.
	loaded *[forestFeatures]float64
}

// logit is the model's log-odds that a block is the article's.
func (m htmlModel) logit(f *[htmlNumFeatures]float64) float64 {
	return (htmlLogit(f, m.weights) + m.trees.logitWith(m.loaded, f[:])) / 2
}

// htmlForest is htmlTrees laid out for scoring.
var htmlForest = newForest(htmlTrees, forestCheck)

// htmlDefaultModel is the fitted model (html_weights.go).
func htmlDefaultModel() htmlModel {
	return htmlModel{weights: &htmlWeights, trees: htmlForest, bar: htmlKeepLogit}
}

// htmlModelFor is the fitted model m (htmlDefaultModel, or a held-out
// fold's in TestHTMLTrain) with the bar for the page: higher on a page
// that states it is an article, and a scratch of its own for the trees'
// features (every question's are htmlNumFeatures long, as aboveWith needs).
func htmlModelFor(m htmlModel, meta *pageMeta) htmlModel {
	if meta.statesArticle() {
		m.bar, m.islands = htmlArticleKeepLogit, true
	}
	m.loaded = new([forestFeatures]float64)
	return m
}

// A block is kept when its log-odds are above htmlKeepLogit, or above
// htmlKeepLogit-htmlChosenBonus when the chosen candidate kept it.
// 2-fold held out on wcxb-dev articles: bonus 0, 0.5 and 1 gave F1
// 0.9532, 0.9531 and 0.9525, and collections 0.547, 0.551 and 0.569.
const (
	htmlKeepLogit   = 0.0
	htmlChosenBonus = 0.5
)

// htmlArticleKeepLogit is the bar on a page that states it is an article
// (pageMeta.statesArticle): its body is the story alone, so a block the
// model is unsure of is more often a box beside it. 2-fold held out on
// wcxb-dev (TestHTMLTrain's models, the bar swept for stated articles
// only; means of the two halves) 0, 0.25, 0.5, 0.75 and 1 gave articles
// 0.9541, 0.9549, 0.9550, 0.9544 and 0.9533 (even and odd ids alike) and
// listings 0.644, 0.638, 0.631, 0.623, 0.620: 0.25. As shipped, eval
// extract --mode html: articles 0.95649 -> 0.95682 (even 0.95629 ->
// 0.95639, odd 0.95669 -> 0.95724), listings 0.6522 -> 0.6505, forums
// 0.6762 -> 0.6753.
const htmlArticleKeepLogit = 0.25

// htmlWindow is how many blocks either side the neighbourhood features read.
const htmlWindow = 3

// classifyBody returns the page's blocks the model keeps, in page order,
// or the chosen candidate when it keeps none.
func classifyBody(page []block, c candidates, m htmlModel) []block {
	words := blockWords(page)
	feats := htmlFeatures(page, words, c)
	keep := make([]bool, len(page))
	for i := range page {
		keep[i] = htmlKeep(&feats[i], m)
	}
	model := append([]bool(nil), keep...) // the model's own verdicts
	if m.islands {
		keep = dropIslands(keep, feats, m)
	}
	keep = dropStrays(page, words, keep)
	keep = dropCommentThreads(page, words, keep)
	keep = dropTeaserTail(page, words, keep, m.islands)
	keep = voteLists(page, words, keep)
	keep = voteTemplates(page, words, keep)
	keep = restoreSubheads(page, words, keep)
	keep = dropCounters(page, words, keep, m.islands)
	keep = dropFormBlocks(page, words, keep, m.islands)
	keep = dropAsideBlocks(page, words, keep)
	keep = dropPopupBlocks(page, words, keep)
	keep = dropCallsToAction(page, words, keep, m.islands)
	keep = dropSourceLists(page, words, keep)
	keep = dropCaptionBlocks(page, words, keep, m.islands)
	keep = dropLinkCards(page, words, keep, m.islands)
	keep = dropLinkRows(page, words, keep, m.islands)
	keep = restoreIntro(page, words, keep, c)
	keep = restoreLabelLines(page, words, keep, model, m.islands)
	keep = dropAnchorContents(page, words, keep, m.islands)
	keep = restoreFAQ(page, words, keep, m.islands)
	var out []block
	for i := range page {
		if keep[i] {
			b := page[i]
			b.sure = b.heading && m.logit(&feats[i]) >= htmlSureHeadingLogit
			if m.islands {
				b.feats = &feats[i] // dropApartTail scores the few it asks
			}
			b.words, b.at = words[i], i+1
			out = append(out, b)
		}
	}
	if len(out) == 0 {
		return chooseBody(c)
	}
	return out
}

// htmlSureHeadingLogit is the log-odds above which a kept heading is the
// article's own subhead even when it opens like a box's ("Popular
// Furniture Styles: An Overview", "Recommended courses:", "Latest
// Industry Trends in 2027"): dropFurniture does not cut the box under it.
// On wcxb-dev articles, of the kept headings opening with a box cue, 25 of
// the 27 at 2.5 or more are in the gold, 7 of the 53 under it.
const htmlSureHeadingLogit = 2.5

// htmlIslandLogit is the log-odds under which a block kept alone, its
// neighbours on both sides dropped, is dropped too on a page that states
// it is an article (dropIslands). On wcxb-dev articles (bodies re-scored
// with the islands removed) 0.25, 0.5 and 0.75 gained 0.00030, 0.00034
// and 0.00024 F1; as it runs (eval extract --mode html) 0.5 took articles
// 0.95682 -> 0.95715 (even ids 0.95639 -> 0.95691, odd 0.95724 ->
// 0.95739), collections 0.5607 -> 0.5594 and listings 0.6505 -> 0.6490
// (pages that state article and are lists of links).
const htmlIslandLogit = 0.5

// dropIslands returns keep without the islands: blocks kept while the
// blocks just before and after them were not, at log-odds under
// htmlIslandLogit. An article's text comes in runs; what the model keeps
// alone and barely is most often a promotion, a caption or a note set
// between boxes.
func dropIslands(keep []bool, feats [][htmlNumFeatures]float64, m htmlModel) []bool {
	out := append([]bool(nil), keep...)
	for i, k := range keep {
		alone := (i == 0 || !keep[i-1]) && (i == len(keep)-1 || !keep[i+1]) && len(keep) > 1
		if k && alone && m.logit(&feats[i]) < htmlIslandLogit {
			out[i] = false
		}
	}
	return out
}

// A stray is a block the model keeps inside an element whose other text
// it mostly drops: a teaser left in a sidebar, the one sentence of a
// promotion box or a form's blurb that reads like prose. What the model
// decided for the element's other blocks is evidence the block alone
// does not carry. The element must hold strayMinWords words, under
// strayKeptShare of them kept, and at most strayBodyShare of the words
// kept on the page (so the page's wrappers around the article, whose
// other text is dropped furniture, never count). On wcxb-dev (bodies
// re-scored with the strays removed, every page type) kept shares 0.2,
// 0.25, 0.3 gave articles +0.00049, +0.00052, +0.00062 and services
// -0.00045, +0.00004, -0.00127 (listings -0.0022 at 0.3); 20, 30 and 45
// words gave articles +0.00055, +0.00052, +0.00048 with no type down;
// body shares 0.15, 0.2, 0.3 the same for articles.
const (
	strayMinWords  = 30
	strayKeptShare = 0.25
	strayBodyShare = 0.2
)

// dropStrays returns keep without the strays: kept blocks with an
// element around them (short of one holding strayBodyShare of the kept
// words) of strayMinWords words or more, under strayKeptShare of them
// kept. words are the blocks' (blockWords).
func dropStrays(page []block, words [][]string, keep []bool) []bool {
	held, kept := map[*html.Node]int{}, map[*html.Node]int{}
	total := 0
	for i, b := range page {
		w := len(words[i])
		if keep[i] {
			total += w
		}
		for n := b.node; n != nil; n = n.Parent {
			held[n] += w
			if keep[i] {
				kept[n] += w
			}
		}
	}
	out := append([]bool(nil), keep...)
	for i, b := range page {
		if keep[i] && strayIn(b.node, held, kept, total) {
			out[i] = false
		}
	}
	return out
}

// strayIn reports whether an element around n, below the ones holding
// strayBodyShare of the total kept words, holds strayMinWords words and
// under strayKeptShare of them kept.
func strayIn(n *html.Node, held, kept map[*html.Node]int, total int) bool {
	for ; n != nil; n = n.Parent {
		if float64(kept[n]) > strayBodyShare*float64(total) {
			return false
		}
		if held[n] >= strayMinWords && float64(kept[n]) < strayKeptShare*float64(held[n]) {
			return true
		}
	}
	return false
}

// htmlKeep reports whether the model keeps a block.
func htmlKeep(f *[htmlNumFeatures]float64, m htmlModel) bool {
	return m.trees.aboveWith(m.loaded, f[:], htmlLogit(f, m.weights), m.bar-htmlChosenBonus*f[3])
}

func htmlLogit(f, w *[htmlNumFeatures]float64) float64 {
	z := 0.0
	for k := range f {
		z += f[k] * w[k]
	}
	return z
}

// keptBy marks the page blocks that a candidate holds: most of a block's
// word 4-grams are in the candidate, or, for blocks of under four words,
// a candidate block has the same words. shingles are the page blocks'
// word 4-grams (pageShingles), read once for both candidates; known are
// the page blocks' indexes by their text: most candidate blocks repeat a
// page block, whose words and 4-grams are then taken as read.
func keptBy(page [][]string, shingles [][]uint64, known map[string]int, cand []block) []bool {
	var keys map[string]bool
	candShingles := make([][]uint64, len(cand))
	size := 0
	for i, b := range cand {
		var words []string
		if j, ok := known[b.text]; ok {
			words, candShingles[i] = page[j], shingles[j]
		} else {
			words = textnorm.Words(b.text)
			candShingles[i] = textnorm.Shingles(words, 4)
		}
		size += len(candShingles[i])
		// Only a candidate block of under four words can have the same
		// words as a page block that short.
		if len(words) > 0 && len(words) < 4 {
			if keys == nil {
				keys = make(map[string]bool)
			}
			keys[strings.Join(words, " ")] = true
		}
	}
	bag := make(map[uint64]bool, size)
	for _, sh := range candShingles {
		for _, h := range sh {
			bag[h] = true
		}
	}
	out := make([]bool, len(page))
	for i, words := range page {
		if len(words) < 4 {
			out[i] = len(words) > 0 && keys != nil && keys[strings.Join(words, " ")]
			continue
		}
		out[i] = shinglesMostlyIn(shingles[i], bag)
	}
	return out
}

// pageShingles is each page block's word 4-grams (one shingle of all its
// words for a block of under four words, as textnorm.Shingles gives).
func pageShingles(page [][]string) [][]uint64 {
	out := make([][]uint64, len(page))
	for i, words := range page {
		out[i] = textnorm.Shingles(words, 4)
	}
	return out
}

// mostlyIn reports whether at least half of the word 4-grams of words are
// in bag: the test by which a block is in a body, both for what an
// extractor kept and, in training, for the gold.
func mostlyIn(words []string, bag map[uint64]bool) bool {
	return shinglesMostlyIn(textnorm.Shingles(words, 4), bag)
}

// shinglesMostlyIn is mostlyIn for a block's word 4-grams.
func shinglesMostlyIn(sh []uint64, bag map[uint64]bool) bool {
	hit := 0
	for _, h := range sh {
		if bag[h] {
			hit++
		}
	}
	return 2*hit >= len(sh)
}

// htmlKept is which page blocks each extractor kept.
type htmlKept struct {
	read, traf, chosen []bool
	chosenTraf         bool
	agree              float64 // words both kept over words either kept
}

func htmlKeptBlocks(page []block, words [][]string, c candidates) htmlKept {
	sh := pageShingles(words)
	known := make(map[string]int, len(page))
	for i, b := range page {
		known[b.text] = i
	}
	k := htmlKept{read: keptBy(words, sh, known, c.read), traf: keptBy(words, sh, known, c.traf), chosenTraf: chooseTraf(c)}
	k.chosen = k.read
	if k.chosenTraf {
		k.chosen = k.traf
	}
	both, either := 0, 0
	for i := range page {
		if k.read[i] && k.traf[i] {
			both += len(words[i])
		}
		if k.read[i] || k.traf[i] {
			either += len(words[i])
		}
	}
	k.agree = float64(both) / float64(max(either, 1))
	return k
}

// htmlSpan is the first and last block that keep reports, or -1, -1.
func htmlSpan(keep func(i int) bool, n int) (first, last int) {
	first, last = -1, -1
	for i := range n {
		if keep(i) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}

func htmlIn(i, first, last int) float64 {
	return textBoolF(first >= 0 && i >= first && i <= last)
}

// blockWords returns each block's words: read once a page, by the
// features and by dropStrays.
func blockWords(page []block) [][]string {
	words := make([][]string, len(page))
	for i, b := range page {
		words[i] = textnorm.Words(b.text)
	}
	return words
}

// htmlFeatures fills one feature vector per page block; words are the
// blocks' (blockWords).
func htmlFeatures(page []block, words [][]string, c candidates) [][htmlNumFeatures]float64 {
	n := len(page)
	tb := htmlTextBlocks(page)
	tf, tl := textBestSpan(tb)
	text := textFeatures(tb, tf, tl)
	k := htmlKeptBlocks(page, words, c)
	out := make([][htmlNumFeatures]float64, n)
	for i := range page {
		f := &out[i]
		htmlOwnFeatures(&page[i], &tb[i], f)
		f[22] = max(min(textLogit(&text[i], &htmlTextWeights), 6), -6)
		f[26] = float64(i) / float64(n)
	}
	htmlKeptFeatures(k, out)
	htmlNeighbourFeatures(page, k, out)
	htmlContainerFeatures(page, words, k, out)
	return out
}

// htmlNeighbourFeatures fills what the blocks just before and after say.
func htmlNeighbourFeatures(page []block, k htmlKept, out [][htmlNumFeatures]float64) {
	for i := range out {
		f := &out[i]
		if i > 0 {
			f[52] = out[i-1][22] / 6
			f[54] = textBoolF(k.chosen[i-1])
			f[56] = page[i-1].links
		}
		if i+1 < len(out) {
			f[53] = out[i+1][22] / 6
			f[55] = textBoolF(k.chosen[i+1])
			f[57] = page[i+1].links
		}
	}
}

// htmlContainerFeatures places each block against the elements that hold
// what the extractors kept: the article's container.
func htmlContainerFeatures(page []block, words [][]string, k htmlKept, out [][htmlNumFeatures]float64) {
	both := make([]bool, len(page))
	for i := range both {
		both[i] = k.read[i] && k.traf[i]
	}
	cb := htmlContainer(page, words, both)
	if cb == nil {
		cb = htmlContainer(page, words, k.chosen)
	}
	cc := htmlContainer(page, words, k.chosen)
	cr := htmlContainer(page, words, k.read)
	ct := htmlContainer(page, words, k.traf)
	inB := make([]bool, len(page))
	total, inside := 0, 0
	for i, b := range page {
		d := htmlDepthBelow(b.node, cb)
		inB[i] = d >= 0
		f := &out[i]
		f[48] = textBoolF(d >= 0)
		f[50] = math.Log1p(float64(max(d, 0)))
		f[49] = textBoolF(htmlDepthBelow(b.node, cc) >= 0)
		f[58] = textBoolF(htmlDepthBelow(b.node, cr) >= 0)
		f[59] = textBoolF(htmlDepthBelow(b.node, ct) >= 0)
		total += len(words[i])
		inside += textBool(inB[i]) * len(words[i])
	}
	for i := range out {
		out[i][51] = float64(inside) / float64(max(total, 1))
	}
}

// htmlContainerShare is the share of the kept words the container holds:
// not all, so that one stray kept block (a headline in the page header)
// does not lift it to the whole page.
const htmlContainerShare = 0.9

// htmlContainer is the deepest element that holds htmlContainerShare of
// the words of the blocks keep marks, or nil.
func htmlContainer(page []block, words [][]string, keep []bool) *html.Node {
	held := map[*html.Node]int{}
	total := 0
	for i, b := range page {
		if !keep[i] {
			continue
		}
		total += len(words[i])
		for n := b.node; n != nil; n = n.Parent {
			held[n] += len(words[i])
		}
	}
	if total == 0 {
		return nil
	}
	return deepestHolding(held, total, htmlContainerShare)
}

// deepestHolding returns the deepest element whose count in held (a
// block's weight added to each of its ancestors) reaches share of
// total, or nil. With share over a half those elements lie on one line
// of ancestors, so the deepest is the one.
func deepestHolding(held map[*html.Node]int, total int, share float64) *html.Node {
	var best *html.Node
	bestDepth := -1
	for n, w := range held {
		if float64(w) < share*float64(total) {
			continue
		}
		if d := htmlDepthBelow(n, nil); d > bestDepth {
			best, bestDepth = n, d
		}
	}
	return best
}

// htmlDepthBelow is how many levels n is below c, or -1 when it is not
// inside c; c nil is above the root.
func htmlDepthBelow(n, c *html.Node) int {
	if n == nil {
		return -1
	}
	d := 0
	for ; n != nil; n = n.Parent {
		if n == c {
			return d
		}
		d++
	}
	if c == nil {
		return d
	}
	return -1
}

// htmlOwnFeatures fills the features of the block alone.
func htmlOwnFeatures(b *block, t *textBlock, f *[htmlNumFeatures]float64) {
	w := float64(max(t.words, 1))
	f[0] = 1
	f[12] = textBoolF(b.heading)
	f[13] = textBoolF(b.item)
	f[14] = textBoolF(b.link)
	f[15] = b.links
	f[16] = math.Log1p(float64(t.words))
	f[17] = float64(t.stop) / w
	f[18] = textBoolF(t.sentEnd)
	f[19] = textBoolF(t.marks > 0)
	f[20] = textBoolF(t.words < 4)
	f[21] = textBoolF(t.dup > 0)
	f[23] = math.Copysign(math.Log1p(math.Abs(t.score)), t.score)
	f[24] = textBoolF(t.cue == textCueDrop)
	f[25] = textBoolF(t.cue == textCueSoft || t.cue == textCueEnd)
	f[27] = textBoolF(strings.Contains(b.text, "\t"))
	for k := range numNameCues {
		f[31+k] = textBoolF(b.names&(1<<k) != 0)
	}
}

// htmlKeptFeatures fills what the extractors kept around each block.
func htmlKeptFeatures(k htmlKept, out [][htmlNumFeatures]float64) {
	n := len(out)
	bf, bl := htmlSpan(func(i int) bool { return k.read[i] && k.traf[i] }, n)
	cf, cl := htmlSpan(func(i int) bool { return k.chosen[i] }, n)
	uf, ul := htmlSpan(func(i int) bool { return k.read[i] || k.traf[i] }, n)
	kept := make([]int, n+1) // prefix counts of chosen blocks
	for i := range n {
		kept[i+1] = kept[i] + textBool(k.chosen[i])
	}
	dist := htmlDistances(k.chosen)
	for i := range out {
		f := &out[i]
		f[1] = textBoolF(k.read[i])
		f[2] = textBoolF(k.traf[i])
		f[3] = textBoolF(k.chosen[i])
		f[4] = textBoolF(k.read[i] && k.traf[i])
		f[5] = htmlIn(i, bf, bl)
		f[6] = htmlIn(i, cf, cl)
		f[7] = htmlIn(i, uf, ul)
		f[8] = math.Log1p(float64(dist[i]))
		lo, hi := max(0, i-htmlWindow), min(n, i+htmlWindow+1)
		f[9] = float64(kept[hi]-kept[lo]-textBool(k.chosen[i])) / float64(max(hi-lo-1, 1))
		f[10] = textBoolF(cf >= 0 && i < cf)
		f[11] = textBoolF(cf >= 0 && i > cl)
		f[28] = textBoolF(k.chosenTraf)
		f[29] = f[3] * k.agree
		f[30] = k.agree
		f[45] = textBoolF(k.read[i] && !k.traf[i])
		f[46] = textBoolF(k.traf[i] && !k.read[i])
		f[47] = f[3] * f[22] / 6
	}
}

// htmlDistances is, for each block, how many blocks away the nearest
// kept one is (0 for a kept block, len(keep) when none is).
func htmlDistances(keep []bool) []int {
	n := len(keep)
	d := make([]int, n)
	last := -1
	for i := range n {
		if keep[i] {
			last = i
		}
		d[i] = n
		if last >= 0 {
			d[i] = i - last
		}
	}
	last = -1
	for i := n - 1; i >= 0; i-- {
		if keep[i] {
			last = i
		}
		if last >= 0 {
			d[i] = min(d[i], last-i)
		}
	}
	return d
}
