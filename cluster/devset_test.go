package cluster

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"testing"
)

// devDoc is one document of a JSONL evaluation set, as the dev reports
// (TestSplitReport, TestAgeReport) read it.
type devDoc struct {
	ID, Title, Text, Event string
}

// readDevSet reads a JSONL set of id, title, text and event.
func readDevSet(t *testing.T, path string) []devDoc {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []devDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var d struct {
			ID, Text, Title string
			Event           any
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, devDoc{ID: d.ID, Title: d.Title, Text: d.Text, Event: fmt.Sprint(d.Event)})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return docs
}
