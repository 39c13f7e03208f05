package extract

import "strings"

// depthScan is markupDepth's count read straight off the page's bytes,
// for the same answer without the tokenizer: x/net/html's tokenizer
// reads every byte through a buffered reader and a function call, and its
// run was 3.5% of the HTML path's instructions on the benchmark pages
// (the one cost of storyfold's own layer that large). The scan follows
// the tokenizer's reading of tags, attributes, comments, declarations and
// raw text step for step (golang.org/x/net/html, token.go: Next,
// readStartTag, readTag, readTagAttrKey, readTagAttrVal, readComment,
// readMarkupDeclaration, readRawOrRCDATA), except for one case it does
// not follow: a script whose text holds "<!--" before its end tag, where
// the tokenizer's escape states may hide the end tag. ok is false there
// and the caller runs the tokenizer.
type depthScan struct {
	s      string
	i      int    // the next byte to read
	rawTag string // lower-case name of the raw-text element just opened
}

// markupDepthScan returns markupDepth(s, stop), or ok false where the
// scan cannot tell (above).
func markupDepthScan(s string, stop int) (deepest int, ok bool) {
	z := depthScan{s: s}
	depth := 0
	for {
		if z.rawTag != "" {
			if !z.skipRaw() {
				return deepest, false
			}
		}
		kind, name, more := z.next()
		if !more {
			return deepest, true
		}
		switch kind {
		case depthStart:
			if !optionalEnd(name) {
				depth++
				deepest = max(deepest, depth)
				if deepest > stop {
					return deepest, true
				}
			}
		case depthEnd:
			if !optionalEnd(name) && depth > 0 {
				depth--
			}
		}
	}
}

// The tokens markupDepthScan tells apart.
const (
	depthOther = iota // text, comments, declarations, self-closing tags
	depthStart
	depthEnd
)

// next reads up to and through the next tag, comment or declaration, as
// the tokenizer's Next does, and returns a tag's kind and lower-case name;
// more is false at the end of the page, or where the page ends inside a
// tag (the tokenizer's error token, which counts nothing).
func (z *depthScan) next() (kind int, name string, more bool) {
	for {
		j := strings.IndexByte(z.s[z.i:], '<')
		if j < 0 || z.i+j+1 >= len(z.s) {
			return depthOther, "", false
		}
		z.i += j + 2
		c := z.s[z.i-1]
		switch {
		case isASCIILetter(c):
			return z.startTag()
		case c == '/':
			return z.endTag()
		case c == '!':
			z.declaration()
			return depthOther, "", true
		case c == '?':
			z.untilCloseAngle()
			return depthOther, "", true
		}
		z.i-- // not markup: the byte is read again as text
	}
}

// startTag reads a start tag after its "<" and first letter.
func (z *depthScan) startTag() (int, string, bool) {
	name, selfClosing, ok := z.tag()
	if !ok {
		return depthOther, "", false
	}
	switch name {
	case "iframe", "noembed", "noframes", "noscript", "plaintext", "script", "style", "textarea", "title", "xmp":
		z.rawTag = name
	}
	if selfClosing {
		return depthOther, name, true
	}
	return depthStart, name, true
}

// endTag reads what follows "</": an end tag, "</>" (nothing) or a bogus
// comment.
func (z *depthScan) endTag() (int, string, bool) {
	if z.i >= len(z.s) {
		return depthOther, "", false
	}
	c := z.s[z.i]
	if c == '>' {
		z.i++
		return depthOther, "", true
	}
	if isASCIILetter(c) {
		z.i++
		name, _, ok := z.tag()
		if !ok {
			return depthOther, "", false
		}
		return depthEnd, name, true
	}
	z.untilCloseAngle()
	return depthOther, "", true
}

// tag reads a tag's name and attributes up to its ">", the first letter of
// the name already read (the tokenizer's readTag and the self-closing test
// of readStartTag). ok is false where the page ends first.
func (z *depthScan) tag() (name string, selfClosing, ok bool) {
	start := z.i - 1
	for {
		if z.i >= len(z.s) {
			return "", false, false
		}
		c := z.s[z.i]
		if isASCIISpace(c) {
			name = z.s[start:z.i]
			z.i++
			break
		}
		if c == '/' || c == '>' {
			name = z.s[start:z.i]
			break
		}
		z.i++
	}
	name = lowerASCII(name)
	lastValEnd := -1 // end of the last attribute value with a key, as the tokenizer marks it
	if !z.skipSpace() {
		return "", false, false
	}
	for {
		if z.i >= len(z.s) {
			return "", false, false
		}
		if z.s[z.i] == '>' {
			z.i++
			break
		}
		keyStart := z.i
		if !z.attrKey() {
			return "", false, false
		}
		hasKey := z.i > keyStart
		valEnd, ok := z.attrVal()
		if !ok {
			return "", false, false
		}
		if hasKey {
			lastValEnd = valEnd
		}
		if !z.skipSpace() {
			return "", false, false
		}
	}
	// z.i-1 is the ">"; the tokenizer's raw.end-2 is the byte before it.
	selfClosing = z.s[z.i-2] == '/' && (lastValEnd < 0 || z.i-2 != lastValEnd-1)
	return name, selfClosing, true
}

// skipSpace skips white space; false where the page ends.
func (z *depthScan) skipSpace() bool {
	for z.i < len(z.s) && isASCIISpace(z.s[z.i]) {
		z.i++
	}
	return z.i < len(z.s)
}

// attrKey reads an attribute's name (readTagAttrKey); false where the
// page ends.
func (z *depthScan) attrKey() bool {
	start := z.i
	for z.i < len(z.s) {
		c := z.s[z.i]
		z.i++
		switch c {
		case '=':
			if start+1 == z.i {
				continue // an "=" opening the name is part of it
			}
			z.i--
			return true
		case ' ', '\n', '\r', '\t', '\f', '/', '>':
			z.i--
			return true
		}
	}
	return false
}

// attrVal reads an attribute's value if it has one (readTagAttrVal) and
// returns where the tokenizer marks the value's end; ok is false where
// the page ends.
func (z *depthScan) attrVal() (end int, ok bool) {
	end = z.i
	if !z.skipSpace() {
		return 0, false
	}
	c := z.s[z.i]
	z.i++
	if c == '/' {
		return end, true
	}
	if c != '=' {
		z.i--
		return end, true
	}
	if !z.skipSpace() {
		return 0, false
	}
	quote := z.s[z.i]
	z.i++
	switch quote {
	case '>':
		z.i--
		return end, true
	case '\'', '"':
		j := strings.IndexByte(z.s[z.i:], quote)
		if j < 0 {
			return 0, false
		}
		z.i += j + 1
		return z.i - 1, true
	}
	for z.i < len(z.s) {
		c := z.s[z.i]
		z.i++
		if isASCIISpace(c) {
			return z.i - 1, true
		}
		if c == '>' {
			z.i--
			return z.i, true
		}
	}
	return 0, false
}

// declaration reads what follows "<!": a comment, or a doctype or bogus
// comment up to the next ">" (readMarkupDeclaration; CDATA sections are
// bogus comments to a tokenizer that does not allow them, as markupDepth's
// does not).
func (z *depthScan) declaration() {
	if z.i+2 > len(z.s) {
		z.i = len(z.s)
		return
	}
	if z.s[z.i] == '-' && z.s[z.i+1] == '-' {
		z.i += 2
		z.comment()
		return
	}
	z.untilCloseAngle()
}

// comment reads a comment's text and its end after "<!--"
// (readComment: "-->", "--!>", and "<!-->" or "<!--->" at once).
func (z *depthScan) comment() {
	dashes, beginning := 0, true
	for z.i < len(z.s) {
		c := z.s[z.i]
		z.i++
		switch c {
		case '-':
			dashes++
			continue
		case '>':
			if dashes >= 2 || beginning {
				return
			}
		case '!':
			if dashes >= 2 {
				if z.i >= len(z.s) {
					return
				}
				c = z.s[z.i]
				z.i++
				if c == '>' {
					return
				}
				if c == '-' {
					dashes, beginning = 1, false
					continue
				}
			}
		}
		dashes, beginning = 0, false
	}
}

// untilCloseAngle reads through the next ">", or to the page's end.
func (z *depthScan) untilCloseAngle() {
	j := strings.IndexByte(z.s[z.i:], '>')
	if j < 0 {
		z.i = len(z.s)
		return
	}
	z.i += j + 1
}

// skipRaw reads a raw-text element's text up to its end tag, which it
// leaves to be read as a tag (readRawOrRCDATA); false for a script whose
// text holds "<!--" first (see depthScan).
func (z *depthScan) skipRaw() bool {
	tag := z.rawTag
	z.rawTag = ""
	if tag == "plaintext" {
		z.i = len(z.s)
		return true
	}
	end := rawEndTag(z.s, z.i, tag)
	if tag == "script" && strings.Contains(z.s[z.i:end], "<!--") {
		return false
	}
	z.i = end
	return true
}

// rawEndTag returns where from i on the first "</tag" followed by white
// space, "/" or ">" starts (the tag's letters in either case), or the
// page's length when there is none.
func rawEndTag(s string, i int, tag string) int {
	for {
		j := strings.Index(s[i:], "</")
		if j < 0 {
			return len(s)
		}
		p := i + j
		k := p + 2 + len(tag)
		if k < len(s) && equalFoldASCII(s[p+2:k], tag) {
			switch s[k] {
			case ' ', '\n', '\r', '\t', '\f', '/', '>':
				return p
			}
		}
		i = p + 2
	}
}

// lowerASCII lower-cases ASCII letters only, as the tokenizer's TagName
// does; a name already in lower case is returned as it is.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
