package ingest

import (
	"encoding/json"
	"unicode/utf16"
	"unicode/utf8"
)

// decodeRecord is json.Unmarshal(line, rec) for the lines ingest mostly
// reads: one flat object whose keys are jsonRecord's own, in lower case,
// with string or null values (and an id that is a string). It reports
// false, having set nothing the caller may keep, for anything else —
// other keys (json matches them case-insensitively or drops them), other
// value types, a surrogate \u escape, invalid UTF-8, bad JSON — and the
// caller decodes the line with json.Unmarshal. encoding/json scans a line
// twice (checkValid, then the decoding) and goes through reflection for
// each field: 3% of the instructions of a 5k bench ingest from JSONL.
// TestDecodeRecordMatchesJSON holds it to json.Unmarshal.
func decodeRecord(line []byte, rec *jsonRecord) bool {
	d := recordDecoder{s: line}
	var r jsonRecord
	d.space()
	if !d.byte('{') {
		return false
	}
	d.space()
	if d.byte('}') {
		return d.end(rec, r)
	}
	for {
		key, ok := d.key()
		if !ok {
			return false
		}
		d.space()
		if !d.byte(':') {
			return false
		}
		d.space()
		var raw []byte
		var val string
		null := d.null()
		if !null {
			start := d.i
			if val, ok = d.str(); !ok {
				return false
			}
			raw = d.s[start:d.i]
		}
		switch string(key) { // compared, not kept: no string is made
		case "id":
			if null {
				r.ID = json.RawMessage("null")
			} else {
				r.ID = append(json.RawMessage(nil), raw...) // line is the reader's buffer
			}
		case "url":
			setString(&r.URL, val, null)
		case "title":
			setString(&r.Title, val, null)
		case "text":
			r.Text = strPtr(val, null)
		case "html":
			r.HTML = strPtr(val, null)
		case "published":
			setString(&r.Published, val, null)
		case "fetched":
			setString(&r.Fetched, val, null)
		case "source":
			setString(&r.Source, val, null)
		default:
			return false
		}
		d.space()
		if d.byte('}') {
			return d.end(rec, r)
		}
		if !d.byte(',') {
			return false
		}
		d.space()
	}
}

// setString sets a string field as json.Unmarshal does: a null leaves it
// as it was (a key given twice, the second time null).
func setString(dst *string, s string, null bool) {
	if !null {
		*dst = s
	}
}

func strPtr(s string, null bool) *string {
	if null {
		return nil
	}
	return &s
}

type recordDecoder struct {
	s []byte
	i int
}

// end accepts the object just closed if only white space follows it.
func (d *recordDecoder) end(rec *jsonRecord, r jsonRecord) bool {
	d.space()
	if d.i != len(d.s) {
		return false
	}
	*rec = r
	return true
}

// space skips JSON white space.
func (d *recordDecoder) space() {
	for d.i < len(d.s) {
		switch d.s[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

// byte consumes c if it comes next.
func (d *recordDecoder) byte(c byte) bool {
	if d.i < len(d.s) && d.s[d.i] == c {
		d.i++
		return true
	}
	return false
}

// null consumes a null if one comes next.
func (d *recordDecoder) null() bool {
	if len(d.s)-d.i >= 4 && string(d.s[d.i:d.i+4]) == "null" {
		d.i += 4
		return true
	}
	return false
}

// key reads an object key of plain ASCII with no escapes, the only keys
// the fast path knows.
func (d *recordDecoder) key() ([]byte, bool) {
	if !d.byte('"') {
		return nil, false
	}
	start := d.i
	for d.i < len(d.s) {
		c := d.s[d.i]
		switch {
		case c == '"':
			k := d.s[start:d.i]
			d.i++
			return k, true
		case c == '\\' || c < 0x20 || c >= utf8.RuneSelf:
			return nil, false
		}
		d.i++
	}
	return nil, false
}

// str reads a JSON string: control characters are refused, as JSON
// refuses them, and so are invalid UTF-8 (json replaces each bad byte)
// and surrogate escapes (json pairs them); the caller decodes those lines
// the slow way.
func (d *recordDecoder) str() (string, bool) {
	if !d.byte('"') {
		return "", false
	}
	start := d.i
	ascii := true
	for d.i < len(d.s) {
		c := d.s[d.i]
		switch {
		case c == '"':
			v := d.s[start:d.i]
			d.i++
			if !ascii && !utf8.Valid(v) {
				return "", false
			}
			return string(v), true
		case c == '\\':
			return d.unescape(start, ascii)
		case c < 0x20:
			return "", false
		case c >= utf8.RuneSelf:
			ascii = false
		}
		d.i++
	}
	return "", false
}

// unescape finishes a string holding escapes: d.i is at the first
// backslash of the string begun at start.
func (d *recordDecoder) unescape(start int, ascii bool) (string, bool) {
	b := make([]byte, 0, len(d.s)-start)
	b = append(b, d.s[start:d.i]...)
	for d.i < len(d.s) {
		// The run of plain bytes up to the next quote, backslash or
		// control character, copied at once.
		j := d.i
		for j < len(d.s) && d.s[j] != '"' && d.s[j] != '\\' && d.s[j] >= 0x20 {
			if d.s[j] >= utf8.RuneSelf {
				ascii = false
			}
			j++
		}
		b = append(b, d.s[d.i:j]...)
		if d.i = j; j == len(d.s) {
			break
		}
		c := d.s[d.i]
		switch {
		case c == '"':
			d.i++
			if !ascii && !utf8.Valid(b) {
				return "", false
			}
			return string(b), true
		case c < 0x20:
			return "", false
		case c == '\\':
			if d.i+1 >= len(d.s) {
				return "", false
			}
			d.i += 2
			switch e := d.s[d.i-1]; e {
			case '"', '\\', '/':
				b = append(b, e)
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			case 'u':
				r, ok := hex4(d.s[d.i:])
				if !ok || utf16.IsSurrogate(r) {
					return "", false
				}
				d.i += 4
				b = utf8.AppendRune(b, r)
			default:
				return "", false
			}
		}
	}
	return "", false
}

// hex4 reads the four hex digits of a \u escape.
func hex4(s []byte) (rune, bool) {
	if len(s) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range s[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}
