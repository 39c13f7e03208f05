package extract

import (
	"strings"
	"testing"
)

// textIsFormMessagePlain is textIsFormMessage as it was merged (the
// forty-seventh session's tprec64), before its tests went behind the line's
// first byte and the failure's interjection or ask was looked for first,
// with its thanks for signing up and subscribing read by the confirmations
// both paths share (formMessageRE) since the forty-eighth session.
func textIsFormMessagePlain(b *textBlock) bool {
	if b.lines || b.words == 0 || b.words > textFormMessageMaxWords || len(b.low) != len(b.text) {
		return false
	}
	low := b.low
	if textFormWholeLines[strings.TrimRight(low, ".!:* ")] || strings.HasPrefix(low, "thank") && isFormMessage(b.text, b.words) {
		return true
	}
	if textHasAnyPrefixPlain(low, textFormThanks.list...) {
		return true
	}
	if b.words <= 6 && (strings.Contains(low, "you're subscribed") || strings.Contains(low, "you’re subscribed")) {
		return true
	}
	failed := false
	for _, p := range textFormFailures {
		if strings.Contains(low, p) {
			failed = true
			break
		}
	}
	if !failed {
		return false
	}
	for _, p := range textFormFailureOpeners {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	for _, p := range textFormRetries {
		if strings.Contains(low, p) {
			return true
		}
	}
	return false
}

// TestTextFormAskMarks holds textFormAskMarks to the two searches it
// stands for on lines with the marks at the line's start and end, twice,
// cut short and glued to other words.
func TestTextFormAskMarks(t *testing.T) {
	for _, a := range []string{"", "y", "try", "try ", "tr", "subscribing you", "subscribing yo", "ubscribing you", "yy", "entry y"} {
		for _, c := range []string{"", " ", "y", "try ", "subscribing you", "pay "} {
			for _, line := range []string{a + c, c + a, a + " now " + c, a + a + c} {
				try, subscribing := textFormAskMarks(line)
				if try != strings.Contains(line, "try ") || subscribing != strings.Contains(line, "subscribing you") {
					t.Errorf("textFormAskMarks(%q) = %v, %v", line, try, subscribing)
				}
			}
		}
	}
}

// TestTextFormMessageMatchesPlain holds textIsFormMessage to the plain form
// on every line built from the lists' own pieces (each opener, failure and
// ask alone, in pairs and in threes, with and without prose around them,
// each whole line and thanks with a closing mark) and on every block of
// the seeds and, with the shared data, of the wcxb-dev flat pages. The
// fast form's gates rest on the lists' shapes, checked first: a list grown
// with a piece outside its gate fails here before it is missed.
func TestTextFormMessageMatchesPlain(t *testing.T) {
	for line := range textFormWholeLines {
		if line[0] != 'e' && line[0] != 'p' {
			t.Errorf("whole line %q opens on neither 'e' nor 'p', which textIsFormMessage's gate lets through", line)
		}
	}
	for _, p := range textFormThanks.list {
		if !strings.HasPrefix(p, "thank") {
			t.Errorf("thanks %q does not open on \"thank\", which textIsFormMessage's gate lets through", p)
		}
	}
	for _, p := range textFormFailureOpeners {
		if !strings.Contains(textFormOpenerLeads, p[:1]) {
			t.Errorf("opener %q's first byte is not in textFormOpenerLeads", p)
		}
	}
	for _, p := range textFormRetries {
		if p != "subscribing you" && !strings.Contains(p, "try ") {
			t.Errorf("ask %q holds no \"try \", which textStatesFormFailure's gate looks for", p)
		}
	}
	var pieces []string
	for line := range textFormWholeLines {
		pieces = append(pieces, line)
	}
	pieces = append(pieces, textFormThanks.list...)
	pieces = append(pieces, textFormFailureOpeners...)
	pieces = append(pieces, textFormFailures...)
	pieces = append(pieces, textFormRetries...)
	// formMessageRE's own openings, and its thanks as tprec64's list had them.
	pieces = append(pieces, "you're subscribed", "you’re subscribed", "you are all signed up", "your message has been sent",
		"if you do not receive a confirmation", "please check your inbox", "scroll right to", "thank you for signing up",
		"thanks for subscribing", "thank for signing up", "\"thanks for your message", "the ferry left", "")
	check := func(line string) bool {
		b := textNewBlock(line)
		want := textIsFormMessagePlain(&b)
		if got := textIsFormMessage(&b); got != want {
			t.Errorf("textIsFormMessage(%q) = %v, the plain form %v", line, got, want)
		}
		return want
	}
	taken := 0
	for _, a := range pieces {
		for _, c := range pieces {
			for _, end := range []string{"", ".", "!", " now."} {
				for _, line := range []string{a + " " + c + end, strings.ToUpper(a[:min(1, len(a))]) + a[min(1, len(a)):] + end, a + c + end} {
					if check(line) {
						taken++
					}
				}
			}
			for _, e := range textFormRetries {
				if check(a + " " + c + " " + e) {
					taken++
				}
			}
		}
	}
	if taken < 500 {
		t.Fatalf("the plain form took only %d built lines: the test reaches too little", taken)
	}
	blocks := 0
	for _, p := range textSpeedPages(t) {
		for _, line := range strings.Split(string(p.Content), "\n") {
			check(line)
			blocks++
		}
	}
	if blocks < 100 {
		t.Fatalf("only %d page lines read", blocks)
	}
}

// TestTextFormOpenerLeadMatchesSearch holds textFormOpenerLead to the
// search of textFormOpenerLeads it stands for, at every byte value.
func TestTextFormOpenerLeadMatchesSearch(t *testing.T) {
	for c := range 256 {
		if got, want := textFormOpenerLead(byte(c)), strings.IndexByte(textFormOpenerLeads, byte(c)) >= 0; got != want {
			t.Errorf("textFormOpenerLead(%q) = %v, the search %v", byte(c), got, want)
		}
	}
}
