package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// embeddedTweetPage is a story that quotes a post as the network's embed
// code sets it: a <blockquote class="twitter-tweet"> whose text and
// signature line stand in until the network's script draws the post.
const embeddedTweetPage = `<html><head><title>Harbour wall to be rebuilt | Harbourton Gazette</title>
</head><body><article>
<h1>Harbour wall to be rebuilt</h1>
` + harbourWallParas + `<p>The harbour master welcomed the plans on social media on Tuesday evening.</p>
<blockquote class="twitter-tweet" data-width="550"><p lang="en" dir="ltr">Good news for everyone who works on the quay: the wall will be rebuilt higher and stronger, and the ferry keeps running all through the works. Thanks to all who wrote in.</p>&mdash; Harbourton Harbour Master (@HarbourtonHM) <a href="https://twitter.com/HarbourtonHM/status/1">March 4, 2025</a></blockquote>
<p>The harbour trust is expected to vote on its share of the cost at its meeting in April, before the council signs the contract with the builders.</p>
<p>The county has set aside money for the work in its budget for next year, a spokesman said, although the final sum will depend on the tender.</p>
</article></body></html>`

func TestHTMLSocialEmbedDropped(t *testing.T) {
	checkHTMLBody(t, "tweet", embeddedTweetPage,
		[]string{"eight months", "on social media on Tuesday", "vote on its share"},
		[]string{"Good news for everyone", "@HarbourtonHM"})
}

// TestRenderSocialEmbed: the renderer leaves a social network's embedded
// post out and keeps a quotation set in a plain <blockquote>.
func TestRenderSocialEmbed(t *testing.T) {
	for _, tc := range []struct {
		html string
		want string
	}{
		{`<blockquote class="twitter-tweet"><p>Gone.</p></blockquote><p>Kept.</p>`, "Kept."},
		{`<blockquote class="instagram-media" data-instgrm-version="14"><div><a>View this post on Instagram</a></div></blockquote><p>Kept.</p>`, "Kept."},
		{`<blockquote class="tiktok-embed" cite="x"><section>Gone.</section></blockquote><p>Kept.</p>`, "Kept."},
		{`<blockquote><p>Quoted.</p></blockquote><p>Kept.</p>`, "Quoted.|Kept."},
		{`<blockquote class="pull-quote twitter-share"><p>Quoted.</p></blockquote><p>Kept.</p>`, "Quoted.|Kept."},
		{`<div class="twitter-tweet"><p>A box named so.</p></div><p>Kept.</p>`, "A box named so.|Kept."},
	} {
		root, err := html.Parse(strings.NewReader("<body>" + tc.html + "</body>"))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, b := range renderBlocks(root) {
			got = append(got, b.text)
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%s: blocks %q, want %q", tc.html, got, tc.want)
		}
	}
}
