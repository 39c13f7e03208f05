package extract

// A link row is a short <div> that is mostly link text: a byline's
// "Follow" links, a share bar, a breadcrumb, a "Related:" pointer set
// between a story's paragraphs. On a page that states an article the
// wcxb-dev gold leaves the ones above the body's last long paragraph out;
// after it they are as often the story's own end links (docs/quality.md).

// linkRowMaxWords is the most words of a link row; longer link <div>s
// are as often a linked sentence of the story as a box beside it.
const linkRowMaxWords = 8

// linkRowMinShare is the least share of a link row's text inside links.
const linkRowMinShare = 0.5

// linkRowLongWords and linkRowLongLinks say what the body's long
// paragraph is: linkRowLongWords words or more, under linkRowLongLinks
// of them in links, not a heading.
const (
	linkRowLongWords = 25
	linkRowLongLinks = 0.2
)

// linkRowMaxShare bounds the share of the kept words the rows hold: a
// stated listing or service whose body is made of such rows (tiles, link
// lists) keeps them in its gold. Set on wcxb-dev's pages, and saying so:
// without it a listing and a service lost (0.1 of a page each), 0.02 was
// the one bound run.
const linkRowMaxShare = 0.02

// dropLinkRows returns keep without the kept link rows above the body's
// last long paragraph, when the page states an article (stated).
func dropLinkRows(page []block, words [][]string, keep []bool, stated bool) []bool {
	if !stated {
		return keep
	}
	last, total := -1, 0
	for i := range page {
		if !keep[i] {
			continue
		}
		total += len(words[i])
		if !page[i].heading && page[i].links < linkRowLongLinks && len(words[i]) >= linkRowLongWords {
			last = i
		}
	}
	var rows []int
	inRows := 0
	for i := 0; i < last; i++ {
		if keep[i] && isLinkRow(page[i], words[i]) {
			rows = append(rows, i)
			inRows += len(words[i])
		}
	}
	if len(rows) == 0 || float64(inRows) >= linkRowMaxShare*float64(total) {
		return keep
	}
	out := append([]bool(nil), keep...)
	for _, i := range rows {
		out[i] = false
	}
	return out
}

// isLinkRow reports whether b, with its words w, is a link row: a <div>
// of its own, not a heading, short and mostly link text.
func isLinkRow(b block, w []string) bool {
	return b.node != nil && b.node.Data == "div" && !b.heading &&
		b.links >= linkRowMinShare && len(w) <= linkRowMaxWords
}
