package pipeline

import (
	"bufio"
	"bytes"
	"encoding/json"
	"testing"
	"time"
)

// TestWriteCorpus checks that each JSONL record is the article the
// generator makes at that place in the stream, spread included.
func TestWriteCorpus(t *testing.T) {
	o := BenchOptions{Seed: 3, Spread: 4}
	var b bytes.Buffer
	if err := WriteCorpus(&b, 40, o); err != nil {
		t.Fatal(err)
	}
	gen := newSynth(o.Seed)
	gen.spread = o.Spread
	sc := bufio.NewScanner(&b)
	sc.Buffer(nil, 1<<20)
	i := 0
	for ; sc.Scan(); i++ {
		var rec corpusRecord
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("record %d: %v", i, err)
		}
		want := gen.page(i)
		published, err := time.Parse(time.RFC3339, rec.Published)
		if err != nil {
			t.Fatalf("record %d: published %q: %v", i, rec.Published, err)
		}
		if rec.ID != want.InputID || rec.Title != want.Title || rec.Text != string(want.Content) || !published.Equal(want.Published) {
			t.Fatalf("record %d is not the generator's article %d:\n got %+v\nwant %s %q %s", i, i, rec, want.InputID, want.Title, want.Published)
		}
	}
	if i != 40 {
		t.Fatalf("%d records, want 40", i)
	}
}
