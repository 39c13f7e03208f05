package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestIsFoldToggle(t *testing.T) {
	cases := []struct {
		html string
		want bool
	}{
		{`<button aria-expanded="false" aria-controls="a1">Is the slipway open during the works?</button>`, true},
		{`<button aria-expanded="true"><h3>Who pays for moving the boats?</h3><span class="icon-plus"></span></button>`, true},
		{`<button aria-expanded="false">Find a berth</button>`, false},                    // a menu
		{`<button>Is the newsletter free?</button>`, false},                               // opens nothing
		{`<button aria-expanded="false"><span class="icon-menu"></span></button>`, false}, // no label
	}
	for _, c := range cases {
		root, err := html.Parse(strings.NewReader(c.html))
		if err != nil {
			t.Fatal(err)
		}
		var b *html.Node
		var find func(*html.Node)
		find = func(n *html.Node) {
			if n.Type == html.ElementNode && n.Data == "button" && b == nil {
				b = n
			}
			for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
				find(ch)
			}
		}
		find(root)
		if got := isFoldToggle(b); got != c.want {
			t.Errorf("isFoldToggle(%s) = %v, want %v", c.html, got, c.want)
		}
	}
}

// faqPage is an invented story that ends with questions and answers in
// an accordion whose questions are buttons.
const faqPage = `<html><head><title>Keel Street harbour wall to be rebuilt | Harbourton Gazette</title>
</head><body>
<header><button aria-expanded="false" class="menu-toggle">Find a berth</button></header>
<article>
<h1>Keel Street harbour wall to be rebuilt</h1>
` + harbourWallParas + `<h2>Questions from residents</h2>
<div class="faq">
<div class="faq-item"><button aria-expanded="true" aria-controls="q1">Will the slipway stay open during the works?</button>
<div id="q1"><p>The harbour trust said the slipway would stay open to small boats for most of the year, closing only while the cranes are on the quay.</p></div></div>
<div class="faq-item"><button aria-expanded="false" aria-controls="q2">Who pays for moving the boats to the marina?</button>
<div id="q2"><p>The council will pay for moving every boat moored inside the wall, and the berths at the marina will cost owners the same fee as before.</p></div></div>
</div>
<p><button class="subscribe">Sign up for the Harbourton Gazette newsletter?</button></p>
</article></body></html>`

func TestHTMLFAQQuestionButtonsKept(t *testing.T) {
	checkHTMLBody(t, "faq", faqPage,
		[]string{"Will the slipway stay open during the works?", "Who pays for moving the boats to the marina?", "same fee as before"},
		[]string{"Find a berth", "Sign up for the Harbourton"})
}
