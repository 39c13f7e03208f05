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

// shortcodePage is a story whose content system left two shortcodes
// unexpanded between its paragraphs: the plugins that drew a sign-up box
// and a call to action are gone, and their markup shows as text.
const shortcodePage = `<html><head><title>Harbour wall to be rebuilt | Harbourton Gazette</title>
</head><body><article>
<h1>Harbour wall to be rebuilt</h1>
<p>The harbour wall on Keel Street will be rebuilt next spring, the Harbourton council said on Tuesday, after the winter storms opened a crack along its length.</p>
<p>Work is expected to take eight months and to close the quay to traffic, although the ferry to the islands will keep running from the temporary pier by Mill Lane.</p>
<p>[convertkit form=1630175]</p>
<p>Fishermen who moor inside the wall have been offered berths at the marina for the same fee, and the council will pay for moving their boats before the work starts.</p>
<p>The engineer in charge said the new wall would be a metre higher than the old one, which was built in 1887 and last repaired after the flood of 1953.</p>
<p>[CTA_MODULE]</p>
<p>Residents of the houses facing the quay will be able to see the plans at the library on Mill Lane from next week and to comment on them until the end of the month.</p>
<p>A public meeting on the plans will be held in the town hall on the first Thursday of next month, when the engineer will answer questions from residents and traders.</p>
</article></body></html>`

func TestHTMLShortcodeDropped(t *testing.T) {
	checkHTMLBody(t, "shortcode", shortcodePage,
		[]string{"eight months", "metre higher", "first Thursday"},
		[]string{"convertkit", "CTA_MODULE"})
}

func TestIsShortcode(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"[CTA_MODULE]", true},
		{"[convertkit form=1630175]", true},
		{`[adthrive-in-post-video-player video-id="hra2qewb" upload-date="2019-02-27T02:33:35.000Z"]`, true},
		{"[quote quote=312679]", true},
		{"[/related-posts]", true},
		{"[Conclusion]", false},
		{"[Methods]", false},
		{"[citation needed]", false},
		{"[1]", false},
		{"[ Also read Remote work: 3 cultural benefits – and potential risks. ]", false},
		{"[New York Times]", false},
		{"The form [convertkit form=1] is gone.", false},
	} {
		if got := isShortcode(tc.text); got != tc.want {
			t.Errorf("isShortcode(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// mediaFallbackPage is a podcast's story whose player sets the episode's
// address as its fallback link inside <audio>.
const mediaFallbackPage = `<html><head><title>Harbour wall to be rebuilt | Harbourton Gazette</title>
</head><body><article>
<h1>Harbour wall to be rebuilt</h1>
<p>The harbour wall on Keel Street will be rebuilt next spring, the Harbourton council said on Tuesday, after the winter storms opened a crack along its length.</p>
<p>Work is expected to take eight months and to close the quay to traffic, although the ferry to the islands will keep running from the temporary pier by Mill Lane.</p>
<p>In this week's episode our reporter walks the length of the wall with the engineer in charge and the chair of the fishermen's association.</p>
<audio controls preload="none"><source type="audio/mpeg" src="https://media.harbourton-gazette.example/podcast/episode-48-harbour-wall.mp3?_=1"><a href="https://media.harbourton-gazette.example/podcast/episode-48-harbour-wall.mp3">https://media.harbourton-gazette.example/podcast/episode-48-harbour-wall.mp3</a></audio>
<p>Fishermen who moor inside the wall have been offered berths at the marina for the same fee, and the council will pay for moving their boats before the work starts.</p>
<p>The engineer in charge said the new wall would be a metre higher than the old one, which was built in 1887 and last repaired after the flood of 1953.</p>
<p>A public meeting on the plans will be held in the town hall on the first Thursday of next month, when the engineer will answer questions from residents and traders.</p>
</article></body></html>`

func TestHTMLMediaFallbackDropped(t *testing.T) {
	checkHTMLBody(t, "media", mediaFallbackPage,
		[]string{"eight months", "first Thursday"},
		[]string{"episode-48"})
}

func TestIsMediaLink(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"https://media.example.com/p/uploads/2021/08/NF-EP-248-Keeping-it-Clean.mp3", true},
		{"https://cdn.example.edu/uploads/2020/06/1591111294.MP4?_=1", true},
		{" http://example.org/talk.webm#t=30 ", true},
		{"https://github.com/rust-lang/rustc_codegen_gcc/actions/runs/20039113246", false},
		{"Listen: https://media.example.com/episode.mp3", false},
		{"episode.mp3", false},
	} {
		if got := isMediaLink(tc.text); got != tc.want {
			t.Errorf("isMediaLink(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// foldSwitchPage is a story whose standfirst folds open, with the fold's
// switch ("Read less") and a jump link set as paragraphs in the article.
const foldSwitchPage = `<html><head><title>Harbour wall to be rebuilt | Harbourton Gazette</title>
</head><body><article>
<h1>Harbour wall to be rebuilt</h1>
<p>The harbour wall on Keel Street will be rebuilt next spring, the Harbourton council said on Tuesday, after the winter storms opened a crack along its length.</p>
<p>Work is expected to take eight months and to close the quay to traffic, although the ferry to the islands will keep running from the temporary pier by Mill Lane.</p>
<p>Read less ▲</p>
<p>Fishermen who moor inside the wall have been offered berths at the marina for the same fee, and the council will pay for moving their boats before the work starts.</p>
<p>The engineer in charge said the new wall would be a metre higher than the old one, which was built in 1887 and last repaired after the flood of 1953.</p>
<p>↑ Back to top</p>
<p>A public meeting on the plans will be held in the town hall on the first Thursday of next month, when the engineer will answer questions from residents and traders.</p>
</article></body></html>`

// TestHTMLControlLabelDropped checks that the labels of a page's controls
// leave the HTML body as they leave the flat one (isControlLabel).
func TestHTMLControlLabelDropped(t *testing.T) {
	checkHTMLBody(t, "fold switch", foldSwitchPage,
		[]string{"eight months", "Fishermen", "first Thursday"},
		[]string{"Read less", "Back to top"})
}

func TestIsControlLabel(t *testing.T) {
	for _, tc := range []struct {
		low  string
		want bool
	}{
		{"read less ▲", true}, {"« show less", true}, {"expand all", true}, {"jump to review", true},
		{"↑ back to top", true}, {"toggle", true},
		{"next", false}, {"show more", false}, {"read less about the quay", false}, {"close", false},
	} {
		if got := isControlLabel(tc.low); got != tc.want {
			t.Errorf("isControlLabel(%q) = %v, want %v", tc.low, got, tc.want)
		}
	}
}
