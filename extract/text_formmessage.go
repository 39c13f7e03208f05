package extract

import "strings"

// A web form's own messages, flattened with the page: the text a sign-up,
// cart or wish-list widget shows only when it fails or succeeds ("There
// was a problem subscribing you to this newsletter.", "Sorry, there was a
// problem.", "Hmm, something went wrong.", "Please enter a valid email
// address.", "Thank you for signing up.", "Awesome, you're subscribed!")
// and its field's placeholder ("Enter email address"). The page's scraper
// keeps the hidden states as text; they say nothing of the page. Over the
// 1,497 wcxb-dev flat pages the flat body keeps such a line on 13 pages of
// ten sites (articles 0030, 0043, 0101, 4171; products 0613, 0614,
// 0616, 0617, 2947, 3017; listings 4204, 4361; a collection, 4394) and the
// gold keeps none: its "try again" lines name no failure ("Refresh your
// browser window to try again.", 0614) or stand inside prose (a manual's
// "Sorry, try again. message", 0682), and a forum post's "Sorry, I
// missed the bit …" states no failure.

// textFormMessageMaxWords bounds a form's message: the longest seen is 19
// words (4361's "Something went wrong while talking to the server. Please
// try again or contact …").
const textFormMessageMaxWords = 24

// textFormFailures are the phrases a widget's failure message states,
// lower case.
var textFormFailures = []string{
	"there was a problem", "there was an error", "there was an issue", "something went wrong",
	"an error occurred", "unable to ", "having trouble connecting",
}

// textFormFailureOpeners open a widget's failure message ("Sorry, there
// was a problem.", "Oops! Looks like we're having trouble connecting").
var textFormFailureOpeners = []string{"sorry, ", "oops", "whoops", "hmm, ", "unfortunately", "uh oh"}

// textFormRetries ask the reader to try again, as a failed widget does.
// "try again" alone is no such ask: "Refresh your browser window to try
// again." stays in the gold (0614).
var textFormRetries = []string{"please try again", "try again.", "try again later", "try your request again", "subscribing you"}

// textFormThanks open a form's success message, compared on the line's
// start, that formMessageRE (the confirmations both paths read) does not
// read; "thanks for joining in" in a forum reply (0557) is no opening.
// The thanks for signing up and for subscribing are formMessageRE's. A
// prefix set, the form the flat path reads every opening list in
// (textPrefixSet), so that the shipped sets' tests hold it too.
var textFormThanks = newTextPrefixSet("thanks for joining.", "thank you for joining.", "thank you! please check your inbox")

// textFormWholeLines are a form's lines compared whole, lower case and
// without the closing mark: a field's placeholder, its check's message.
var textFormWholeLines = map[string]bool{
	"enter email address": true, "enter your email address": true, "enter your email": true,
	"please enter a valid email address": true, "please enter a valid email": true,
}

// textIsFormMessage reports whether b is one line of a widget's failure or
// success message or a field's placeholder (the comment above). A thanks
// for signing up or subscribing is read by isFormMessage (html_promos.go),
// the form's confirmations both paths ask among the promo lines
// (textIsPromoLine); this step adds the failures, the placeholders and the
// thanks that expression leaves. The promo lines do not ask for these:
// asked there, they moved two wcxb-dev flat bodies (4171, 4770), a body
// change of its own (docs/quality/text-extraction-3.md, forty-eighth
// session). Each test is asked only of lines whose first byte can open it:
// the whole lines open on "enter" or "please", the thanks on "thank" (so
// the expression runs on a few lines a page, not on the some 7,000 staying
// lines of the long wcxb-dev flat pages it is asked of, nearly all prose;
// asked behind the promo lines' leads it cost 0.7 M more over the 100
// long pages). TestTextFormMessageMatchesPlain holds it to the plain form.
func textIsFormMessage(b *textBlock) bool {
	if b.lines || b.words == 0 || b.words > textFormMessageMaxWords || len(b.low) != len(b.text) {
		return false
	}
	low := b.low
	switch low[0] {
	case 'e', 'p':
		if textFormWholeLines[strings.TrimRight(low, ".!:* ")] {
			return true
		}
	case 't':
		if strings.HasPrefix(low, "thank") {
			if isFormMessage(b.text, b.words) || textFormThanks.opens(low) {
				return true
			}
		}
	}
	if b.words <= 6 && textStatesSubscribed(low) {
		return true
	}
	return textStatesFormFailure(low)
}

// textStatesFormFailure reports whether low states a failure the way a
// widget does: a failure phrase with an interjection before it or an ask
// to try again. The interjection and the ask are looked for first, and
// the seven failure phrases only on the few lines that have one: a line of
// prose seldom opens on an interjection, and every ask but "subscribing
// you" holds "try " (textFormAskMarks finds both by their "y").
func textStatesFormFailure(low string) bool {
	asked := false
	if textFormOpenerLead(low[0]) {
		for _, p := range textFormFailureOpeners {
			if strings.HasPrefix(low, p) {
				asked = true
				break
			}
		}
	}
	if !asked {
		try, subscribing := textFormAskMarks(low)
		asked = subscribing
		for _, p := range textFormRetries {
			if asked || !try {
				break
			}
			asked = strings.Contains(low, p)
		}
	}
	if !asked {
		return false
	}
	for _, p := range textFormFailures {
		if strings.Contains(low, p) {
			return true
		}
	}
	return false
}

// textFormOpenerLeads are the first bytes of textFormFailureOpeners.
const textFormOpenerLeads = "sowhu"

// textFormOpenerLead is strings.IndexByte(textFormOpenerLeads, c) >= 0,
// by a switch: the search's call and setup over five bytes cost some 24
// instructions, at each of the 4,366 lines textStatesFormFailure read on
// the 100 long wcxb-dev flat pages (fiftieth session,
// docs/quality/text-extraction-3.md; TestTextFormOpenerLeadMatchesSearch).
func textFormOpenerLead(c byte) bool {
	switch c {
	case 's', 'o', 'w', 'h', 'u':
		return true
	}
	return false
}

// textFormAskMarks reports whether low holds "try " and whether it holds
// "subscribing you", read at each "y", a rarer byte than any other of
// theirs: one pass where two searches each read the whole line.
func textFormAskMarks(low string) (try, subscribing bool) {
	for i := strings.IndexByte(low, 'y'); i >= 0; {
		if i >= 2 && i+2 <= len(low) && low[i-2:i+2] == "try " {
			try = true
		}
		if i >= 12 && i+3 <= len(low) && low[i-12:i+3] == "subscribing you" {
			subscribing = true
		}
		j := strings.IndexByte(low[i+1:], 'y')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return try, subscribing
}

// textStatesSubscribed is strings.Contains(low, "you're subscribed") ||
// strings.Contains(low, "you’re subscribed"), sought by the b's of low: a
// short line seldom holds one, and the byte before and after each tells
// most apart. The two searches compared the seventeen bytes at every
// place of the 3,600 short lines of the 100 long wcxb-dev flat pages
// asked, 0.51 M of their 321 M instructions (fifty-fifth session);
// TestTextFormMessageMatchesPlain holds it to the searches.
func textStatesSubscribed(low string) bool {
	const (
		before = len("re su")    // the bytes both hold before their 'b'
		after  = len("bscribed") // their bytes from it
	)
	for i := strings.IndexByte(low, 'b'); i >= 0; {
		if i >= before && i+after <= len(low) && low[i-before:i+after] == "re subscribed" {
			if you := low[:i-before]; strings.HasSuffix(you, "you'") || strings.HasSuffix(you, "you’") {
				return true
			}
		}
		k := strings.IndexByte(low[i+1:], 'b')
		if k < 0 {
			return false
		}
		i += k + 1
	}
	return false
}
