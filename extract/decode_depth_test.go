package extract

import (
	"strings"
	"testing"
)

// depthCases are pages whose nesting the byte scan and the tokenizer must
// count alike: attributes quoted, unquoted and bare, ">" inside values,
// self-closing tags and "<p a=/>", comments ending every way the
// tokenizer ends them, declarations, bogus comments, raw-text elements
// holding tags, end tags in either case, and pages that end inside each.
var depthCases = []string{
	"", "<", "<div", "<div>", "<div><span><a href=x>k</a></span></div>",
	"<div><div><div></div>", "</div></div><div>", "<DIV><Span></SPAN></div>",
	`<div title="a>b"><div title='c>d'><div data-x=e>f</div></div></div>`,
	`<div title="never closed><div><div>`, `<div a=b/><div/><div / ><br/><p a=/><span a="x"/>`,
	"<div disabled/><div = ><div ==x><div a = 'b'>", "<div\tclass=a\nid=b\fx\r>", "<div a=>",
	"<!-- <div> --><div><!--><div><!---><div><!-- a --!><div><!-- b --!-><div> --><div>",
	"<!--><div><div>", "<!---><div><div>", "<!-- x --!-><div><div>", "<!-- x --!--><div><div>", "<!----><div><!-- -- --><div><!-- x -><div>", "<!DOCTYPE html><div><!doctype><div><!x <div> ><div>",
	"<!><div><? xml <div> ?><div></><div></ div><div></9 x><div>", "<![CDATA[ <div> ]]><div>",
	"<script>var a = '<div>'; </div></script><div>", "<script>x</scriptx></script ><div>",
	"<SCRIPT>if (a</b) {}</Script\t><div>", "<style>p > div {}</style/><div>",
	"<title><div></title><div><textarea></div></textarea><div>", "<xmp><div></xmp><div>",
	"<iframe><div></iframe><noembed><div></noembed><noframes><div></noframes><noscript><div></noscript><div>",
	"<div><plaintext><div></div>", "<script/><div></script><div>", "<script><!-- <div> --></script><div>",
	"<script>a<!--b</script><div>", "<script>", "<style><div>", "<div><p><li><td><img><br><div>",
	"<div>a < b and c <3 d</div><div>", "<<div>><</div>", "<div\x00><div\xff>\xfe</div\x00>",
	"<div a=\"\x00\"><span a=b", "<div></div", "</", "<!", "<!-", "<!--", "<!-- x -", "<?", "</>",
	"<div/", "<div a", "<div a=", "<div a= ", "<div a='", "<div a=b", "<div a=b ", "<div ",
}

// depthPieces build random pages for TestMarkupDepthScan.
var depthPieces = []string{
	"<", ">", "/", "=", "\"", "'", " ", "\n", "!", "-", "?", "x", "a", "<div", "<DIV", "</div", "<span",
	"</span", "<p", "</p", "<br", "<script", "</script", "<SCRIPT", "<style", "</style", "<title",
	"</title", "<textarea", "</textarea", "<plaintext", "<!--", "-->", "--!>", "<!DOCTYPE", "<!", "</",
	"<?", "<a", "</a", "href=", "<xmp", "</xmp", "<noscript", "</noscript",
}

// TestMarkupDepthScan holds markupDepthScan to the tokenizer's count
// (markupDepthTokens) on invented pages, random runs of markup pieces and,
// when the shared data is present, every wcxb-dev page; where the scan
// declines (a script holding "<!--"), only that case may be the reason.
func TestMarkupDepthScan(t *testing.T) {
	for i, s := range depthCases {
		checkMarkupDepth(t, "case "+depthCases[i], s)
	}
	r := fastRand(28, 1204)
	for n := range 20000 {
		var b strings.Builder
		for range r.IntN(30) {
			b.WriteString(depthPieces[r.IntN(len(depthPieces))])
		}
		checkMarkupDepth(t, "random "+string(rune('0'+n%10)), b.String())
	}
	pages := wcxbHTMLPages(t, -1)
	declined := 0
	for _, p := range pages {
		if _, ok := markupDepthScan(string(p.raw), maxMarkupDepth); !ok {
			declined++
		}
		checkMarkupDepth(t, p.name, string(p.raw))
	}
	if len(pages) > 0 {
		t.Logf("%d wcxb-dev pages, %d left to the tokenizer", len(pages), declined)
	}
}

// FuzzMarkupDepth holds markupDepthScan to the tokenizer on any input,
// as TestMarkupDepthScan does on its cases and random pieces.
func FuzzMarkupDepth(f *testing.F) {
	for _, s := range depthCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkMarkupDepth(t, "fuzz", s)
	})
}

// checkMarkupDepth reports where markupDepthScan's count of s differs from
// the tokenizer's at three stops, or where it declines s for a reason other
// than a script holding "<!--".
func checkMarkupDepth(t *testing.T, name, s string) {
	t.Helper()
	for _, stop := range []int{1 << 30, 2, 0} {
		d, ok := markupDepthScan(s, stop)
		if !ok {
			if !strings.Contains(strings.ToLower(s), "<script") || !strings.Contains(s, "<!--") {
				t.Errorf("%s: markupDepthScan declined a page with no script comment", name)
			}
			continue
		}
		if want := markupDepthTokens(s, stop); d != want {
			t.Errorf("%s (stop %d): markupDepthScan = %d, tokenizer %d: %.200q", name, stop, d, want, s)
		}
	}
}
