package extract

import (
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
	numNameCues = iota
)

// nameCueWords are the parts of class and id names that mark each kind,
// matched inside the lower-cased names ("post-comments", "relatedPosts").
// Short parts that occur inside other words ("ad" in "header") match only
// a whole part of the name: see nameCueParts.
var nameCueWords = [numNameCues][]string{
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
	names := attr(n, "class") + " " + attr(n, "id")
	if len(names) == 1 {
		return c
	}
	names = strings.ToLower(names)
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
