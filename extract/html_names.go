package extract

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// nameCues are the kinds of box that the class and id names (and a few
// tags) around a block say it sits in: one bit a kind.
type nameCues uint16

const (
	cueComment nameCues = 1 << iota
	cueRelated
	cueShare
	cueNewsletter
	cueFooter
	cueNav
	cueSidebar
	cueCaption
	cueByline
	cueBio
	cueAd
	cueBody // names that say article text: article, content, entry, story
	cueHeader
	cueTags
	numNameCues = iota // the kinds the block model reads (htmlOwnFeatures)

	// cueNotes marks footnotes and endnotes. The block model was fitted
	// without it; dropNotes reads it.
	cueNotes nameCues = 1 << numNameCues
	// numCueKinds counts every kind, cueNotes with the model's.
	numCueKinds = numNameCues + 1
)

// nameCueWords are the parts of class and id names that mark each kind,
// matched inside the lower-cased names ("post-comments", "relatedPosts").
// Short parts that occur inside other words ("ad" in "header") match only
// a whole part of the name: see nameCueParts.
var nameCueWords = [numCueKinds][]string{
	{"comment", "disqus", "respond"},
	{"related", "recommend", "readmore", "read-more", "more-stories", "popular", "trending", "teaser", "outbrain", "taboola"},
	{"share", "sharing", "social"},
	{"newsletter", "subscri", "signup", "sign-up", "optin", "paywall"},
	{"footer", "copyright"},
	{"breadcrumb", "menu", "pagination", "navbar", "navigation"},
	{"sidebar", "widget"},
	{"caption", "credit", "gallery"},
	{"byline", "author", "dateline", "timestamp", "posted"},
	{"author-bio", "authorbio", "about-author", "author-box", "authorbox"},
	{"advert", "sponsor", "promo", "banner"},
	{"article", "content", "entry", "story", "post-body", "prose"},
	{"header", "headline", "title", "hero"},
	{"tags", "categories", "topics", "keywords"},
	{"footnote", "endnote"},
}

// nameCueScan is nameCueWords laid out for namesCuesASCII: the words
// filed by their first two bytes, so that the names are read once, not
// once a word (67 searches an element were most of what the names
// cost).
var nameCueScan = newNameCueTable()

type nameCueEntry struct {
	word []byte
	cue  nameCues
}

type nameCueTable struct {
	bucket  [1 << 16]uint8 // two-byte opening → 1 + index into entries, 0 for none
	entries [][]nameCueEntry
}

func newNameCueTable() *nameCueTable {
	t := &nameCueTable{}
	for k, words := range nameCueWords {
		for _, w := range words {
			pair := uint16(w[0]) | uint16(w[1])<<8
			if t.bucket[pair] == 0 {
				t.entries = append(t.entries, nil)
				t.bucket[pair] = uint8(len(t.entries))
			}
			b := t.bucket[pair] - 1
			t.entries[b] = append(t.entries[b], nameCueEntry{[]byte(w), 1 << k})
		}
	}
	return t
}

// cues returns the kinds whose words names holds.
func (t *nameCueTable) cues(names []byte) nameCues {
	var c nameCues
	for i := 0; i+1 < len(names); i++ {
		b := t.bucket[uint16(names[i])|uint16(names[i+1])<<8]
		if b == 0 {
			continue
		}
		for _, e := range t.entries[b-1] {
			if c&e.cue == 0 && bytes.HasPrefix(names[i:], e.word) {
				c |= e.cue
			}
		}
	}
	return c
}

// nameCueParts are the short names that mark a kind only as a whole part
// of a class or id ("ad", "ads-box", "nav", "bio").
var nameCueParts = map[string]nameCues{
	"ad": cueAd, "ads": cueAd, "dfp": cueAd, "nav": cueNav, "bio": cueBio, "meta": cueByline,
	"date": cueByline, "aside": cueSidebar, "rail": cueSidebar, "tag": cueTags, "body": cueBody,
	"text": cueBody, "main": cueBody,
}

// elementCues reads n's class, id and tag.
func elementCues(n *html.Node, tag atom.Atom) nameCues {
	var c nameCues
	switch tag {
	case atom.Aside:
		c |= cueSidebar
	case atom.Article, atom.Main:
		c |= cueBody
	case atom.Header:
		c |= cueHeader
	case atom.Figure:
		c |= cueCaption
	}
	class, id := classAndID(n)
	if class == "" && id == "" {
		return c
	}
	var buf [128]byte
	if lower, ok := lowerNamesASCII(buf[:0], class, id); ok {
		return c | namesCuesASCII(lower)
	}
	return c | namesCues(strings.ToLower(class+" "+id))
}

// classAndID returns n's class and id attributes (the first of each, as
// attr does) in one pass over them.
func classAndID(n *html.Node) (class, id string) {
	var haveClass, haveID bool
	for _, a := range n.Attr {
		switch {
		case a.Key == "class" && !haveClass:
			class, haveClass = a.Val, true
		case a.Key == "id" && !haveID:
			id, haveID = a.Val, true
		}
		if haveClass && haveID {
			break
		}
	}
	return class, id
}

// lowerNamesASCII appends class, a space and id, lower-cased, to dst,
// or reports false when they hold a byte that is not ASCII (whose lower
// case strings.ToLower gives).
func lowerNamesASCII(dst []byte, class, id string) ([]byte, bool) {
	for _, s := range [2]string{class, id} {
		for i := range len(s) {
			c := s[i]
			if c >= 0x80 {
				return nil, false
			}
			if c >= 'A' && c <= 'Z' {
				c |= 0x20
			}
			dst = append(dst, c)
		}
		dst = append(dst, ' ')
	}
	return dst[:len(dst)-1], true
}

// namesCuesASCII is namesCues for lower-cased ASCII names in a byte
// slice: every element of every page has its names read, and building
// the string, lowering it, searching it once a word and splitting it
// into parts were 2.8% of the HTML path.
func namesCuesASCII(names []byte) nameCues {
	c := nameCueScan.cues(names)
	for i := 0; i < len(names); {
		if names[i] < 'a' || names[i] > 'z' {
			i++
			continue
		}
		j := i + 1
		for j < len(names) && names[j] >= 'a' && names[j] <= 'z' {
			j++
		}
		c |= nameCueParts[string(names[i:j])]
		i = j
	}
	return c
}

// namesCues reads lower-cased class and id names.
func namesCues(names string) nameCues {
	var c nameCues
	for k, words := range nameCueWords {
		for _, w := range words {
			if strings.Contains(names, w) {
				c |= 1 << k
				break
			}
		}
	}
	for _, part := range strings.FieldsFunc(names, func(r rune) bool { return r < 'a' || r > 'z' }) {
		c |= nameCueParts[part]
	}
	return c
}

// namedRun is the run of blocks [start, end) that an element with
// name cues holds.
type namedRun struct {
	start, end int
	cues       nameCues
}

// namedMaxShare is the largest share of a page's text an element's names
// speak for: a wrapper named "content-with-sidebar" holding the whole
// page says nothing about its blocks (as in the class-name rules tried
// before, docs/quality.md).
const namedMaxShare = 0.25

// markNames gives each block the cues of the named elements around it
// that hold at most namedMaxShare of the text.
func (r *renderer) markNames() {
	if len(r.named) == 0 {
		return
	}
	ends := make([]int, len(r.blocks)+1) // prefix sums of text length
	for i, b := range r.blocks {
		ends[i+1] = ends[i] + len(b.text)
	}
	total := float64(max(ends[len(r.blocks)], 1))
	for _, run := range r.named {
		end := min(run.end, len(r.blocks))
		if run.start >= end || float64(ends[end]-ends[run.start]) > namedMaxShare*total {
			continue
		}
		for i := run.start; i < end; i++ {
			r.blocks[i].names |= run.cues
		}
	}
}
